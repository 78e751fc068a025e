// Copyright (c) chorus developers.
//
// Evaluate: every system × cluster scored by one RougeScorer (in parallel,
// each pair writing its own slot), then each system's per-cluster values
// averaged the way ROUGE-1.5.5 prints them (RougeBootstrap, -t 0), so the
// figures are the official script's (Lin 2004; behaviour described in
// shared/data/rouge-vectors/README.md §6).
//
// Tests: tests/evaluation_test.cc, tests/eval_vectors_test.cc.

#include <omp.h>

#include <algorithm>
#include <numeric>
#include <set>

#include "chorus/evaluation.h"

namespace chorus {

namespace {

int Threads(int threads) { return threads > 0 ? threads : omp_get_max_threads(); }

Status CheckSystems(const std::vector<EvalCluster>& clusters,
                    const std::vector<SystemSummaries>& systems) {
  std::set<std::string> names;
  for (const SystemSummaries& system : systems) {
    if (!names.insert(system.name).second)
      return Status::InvalidArgument("two systems are named '" + system.name + "'");
    if (system.summaries.size() != clusters.size())
      return Status::InvalidArgument("system '" + system.name + "': " +
                                     std::to_string(system.summaries.size()) +
                                     " summaries for " + std::to_string(clusters.size()) +
                                     " clusters");
  }
  return Status::OK();
}

// Cluster indices in the order ROUGE feeds its bootstrap: its test ids
// "<cluster>.<system>" sorted byte-wise (the system part is the same for
// every id of one system, so "<cluster>." decides).
std::vector<size_t> RougeOrder(const std::vector<EvalCluster>& clusters) {
  std::vector<std::string> keys;
  for (const EvalCluster& c : clusters) keys.push_back(c.cluster.id + ".");
  std::vector<size_t> order(clusters.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&keys](size_t a, size_t b) { return keys[a] < keys[b]; });
  return order;
}

// Scores all pairs into results[s].clusters[k].
Status ScoreAll(const std::vector<EvalCluster>& clusters,
                const std::vector<SystemSummaries>& systems, const RougeScorer& scorer,
                int threads, std::vector<SystemResult>* results) {
  const size_t k_count = clusters.size();
  const long pairs = static_cast<long>(systems.size() * k_count);
  std::vector<Status> status(static_cast<size_t>(pairs));
#pragma omp parallel for num_threads(threads) schedule(dynamic, 4)
  for (long p = 0; p < pairs; ++p) {
    const size_t s = static_cast<size_t>(p) / k_count, k = static_cast<size_t>(p) % k_count;
    status[p] = scorer.Score(systems[s].summaries[k], clusters[k].references,
                             &(*results)[s].clusters[k]);
  }
  for (size_t p = 0; p < status.size(); ++p)
    if (!status[p].ok())
      return status[p].WithContext("system '" + systems[p / k_count].name + "': cluster '" +
                                   clusters[p % k_count].cluster.id + "'");
  return Status::OK();
}

// One of R, P, F of one metric, as its per-cluster values in `order`.
std::vector<double> Column(const SystemResult& result, size_t metric, int field,
                           const std::vector<size_t>& order) {
  std::vector<double> values;
  values.reserve(order.size());
  for (size_t k : order) {
    const RougeScore& score = result.clusters[k].rounded[metric];
    values.push_back(field == 0 ? score.recall : field == 1 ? score.precision : score.f);
  }
  return values;
}

// Bootstrap of every system × metric × {R, P, F}.
Status Summarize(const std::vector<size_t>& order, const RougeBootstrapOptions& options,
                 int threads, std::vector<SystemResult>* results) {
  const int tasks = static_cast<int>(results->size() * kRougeMetricCount * 3);
  std::vector<Status> status(static_cast<size_t>(tasks));
#pragma omp parallel for num_threads(threads) schedule(dynamic)
  for (int t = 0; t < tasks; ++t) {
    SystemResult& result = (*results)[t / (kRougeMetricCount * 3)];
    const size_t metric = (t / 3) % kRougeMetricCount;
    const int field = t % 3;
    MetricSummary& m = result.metrics[metric];
    RougeBootstrapResult* out = field == 0 ? &m.recall : field == 1 ? &m.precision : &m.f;
    status[t] = RougeBootstrap(Column(result, metric, field, order), options, out);
  }
  for (const Status& s : status) CHORUS_RETURN_IF_ERROR(s);
  return Status::OK();
}

}  // namespace

Status Evaluate(const std::vector<EvalCluster>& clusters,
                const std::vector<SystemSummaries>& systems, const EvalOptions& options,
                EvalReport* out) {
  CHORUS_RETURN_IF_ERROR(CheckThreads(options.threads));
  RougeBootstrapResult unused;
  CHORUS_RETURN_IF_ERROR(RougeBootstrap({}, options.bootstrap, &unused));
  CHORUS_RETURN_IF_ERROR(CheckSystems(clusters, systems));
  std::unique_ptr<RougeScorer> scorer;
  CHORUS_RETURN_IF_ERROR(RougeScorer::Create(options.rouge, &scorer));
  const int threads = Threads(options.threads);

  EvalReport report;
  report.options = options;
  for (const EvalCluster& c : clusters) report.clusters.push_back(c.cluster.id);
  report.systems.resize(systems.size());
  for (size_t s = 0; s < systems.size(); ++s) {
    report.systems[s].name = systems[s].name;
    report.systems[s].clusters.resize(clusters.size());
  }
  CHORUS_RETURN_IF_ERROR(ScoreAll(clusters, systems, *scorer, threads, &report.systems));
  CHORUS_RETURN_IF_ERROR(Summarize(RougeOrder(clusters), options.bootstrap, threads, &report.systems));
  *out = std::move(report);
  return Status::OK();
}

}  // namespace chorus
