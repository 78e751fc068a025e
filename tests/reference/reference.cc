// Reference implementations; see reference.h. Written for obviousness, not
// speed: dense matrices, loops straight from the documented formulas.

#include "reference/reference.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace chorus {
namespace reference {

std::vector<std::vector<std::string>> RandomSentenceTerms(std::mt19937* rng, int n,
                                                          int alphabet, int max_len) {
  static const std::vector<std::string> kWords = {
      "talk",  "truce",  "moscow", "kyiv",    "ceasefir", "a1",     "talks",  "tal",
      "café",  "cafe",   "Ärger",  "zebra",   "2,000",    "summit", "sign",   "signal",
      "wave",  "border", "aid",    "élection", "vote",    "x",      "xy",     "xyz"};
  alphabet = std::clamp(alphabet, 1, static_cast<int>(kWords.size()));
  std::uniform_int_distribution<int> word(0, alphabet - 1);
  std::uniform_int_distribution<int> len(0, max_len);
  std::vector<std::vector<std::string>> out(n);
  for (auto& sentence : out) {
    const int k = len(*rng);
    for (int i = 0; i < k; ++i) sentence.push_back(kWords[word(*rng)]);
  }
  return out;
}

NaiveTermMatrix BuildNaiveTermMatrix(const std::vector<std::vector<std::string>>& sentence_terms) {
  NaiveTermMatrix m;
  std::set<std::string> all;
  for (const auto& terms : sentence_terms) all.insert(terms.begin(), terms.end());
  m.vocabulary.assign(all.begin(), all.end());
  const size_t n = sentence_terms.size();
  const size_t v = m.vocabulary.size();

  // Document frequency: in how many sentences each term occurs.
  for (size_t t = 0; t < v; ++t) {
    int df = 0;
    for (const auto& terms : sentence_terms)
      if (std::find(terms.begin(), terms.end(), m.vocabulary[t]) != terms.end()) ++df;
    m.idf.push_back(std::log(static_cast<double>(n + 1) / df));
  }

  m.rows.assign(n, std::vector<double>(v, 0.0));
  for (size_t s = 0; s < n; ++s) {
    for (size_t t = 0; t < v; ++t) {
      const auto tf = std::count(sentence_terms[s].begin(), sentence_terms[s].end(),
                                 m.vocabulary[t]);
      m.rows[s][t] = static_cast<double>(tf) * m.idf[t];
    }
    const double norm = std::sqrt(Dot(m.rows[s], m.rows[s]));
    if (norm > 0)
      for (double& x : m.rows[s]) x /= norm;
  }
  return m;
}

double Dot(const std::vector<double>& a, const std::vector<double>& b) {
  double sum = 0;
  for (size_t k = 0; k < a.size(); ++k) sum += a[k] * b[k];
  return sum;
}

Dense DenseSimilarityGraph(const Dense& x, double threshold) {
  const size_t n = x.size();
  Dense w(n, std::vector<double>(n, 0.0));
  for (size_t i = 0; i < n; ++i)
    for (size_t j = 0; j < n; ++j) {
      if (i == j) continue;
      const double c = Dot(x[i], x[j]);
      if (c != 0 && c >= threshold) w[i][j] = c;
    }
  return w;
}

DenseLexRankResult DenseLexRank(const Dense& w, const std::vector<double>& personalization,
                                double damping, double tolerance, int max_iterations) {
  const size_t n = w.size();
  DenseLexRankResult r;
  if (n == 0) {
    r.converged = true;
    return r;
  }
  std::vector<double> v(n, 1.0 / static_cast<double>(n));
  if (!personalization.empty()) {
    double total = 0;
    for (double x : personalization) total += x;
    for (size_t i = 0; i < n; ++i) v[i] = personalization[i] / total;
  }
  // The Google matrix: row i is where the walker at i goes next.
  Dense g(n, std::vector<double>(n, 0.0));
  for (size_t i = 0; i < n; ++i) {
    double degree = 0;
    for (size_t j = 0; j < n; ++j) degree += w[i][j];
    for (size_t j = 0; j < n; ++j) {
      const double walk = degree > 0 ? w[i][j] / degree : v[j];
      g[i][j] = (1 - damping) * v[j] + damping * walk;
    }
  }
  std::vector<double> p = v;
  for (int it = 1; it <= max_iterations; ++it) {
    std::vector<double> next(n, 0.0);
    for (size_t j = 0; j < n; ++j)
      for (size_t i = 0; i < n; ++i) next[j] += g[i][j] * p[i];
    double change = 0;
    for (size_t i = 0; i < n; ++i) change += std::fabs(next[i] - p[i]);
    p = next;
    r.iterations = it;
    if (change < tolerance) {
      r.converged = true;
      break;
    }
  }
  r.scores = p;
  return r;
}

namespace {

std::string RedundantNote(double cosine) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "redundant (cosine %.2f with a chosen sentence)", cosine);
  return buf;
}

}  // namespace

ReferenceSelection GreedyMmr(const Dense& sim, const std::vector<Item>& items,
                             const SelectionParams& params) {
  const size_t n = items.size();
  ReferenceSelection r;
  r.notes.assign(n, "");
  double max_relevance = 0;
  for (const auto& item : items) max_relevance = std::max(max_relevance, item.relevance);

  std::vector<bool> chosen(n, false);
  size_t used = 0;
  auto max_sim_with_chosen = [&](size_t i) {
    double m = 0;
    for (size_t c = 0; c < n; ++c)
      if (chosen[c]) m = std::max(m, sim[c][i]);
    return m;
  };
  auto is_candidate = [&](size_t i) {
    return items[i].eligible && !chosen[i] && used + items[i].cost <= params.budget &&
           max_sim_with_chosen(i) < params.redundancy_threshold;
  };

  std::vector<bool> was_candidate(n);
  for (size_t i = 0; i < n; ++i) was_candidate[i] = items[i].eligible;
  int last_pick = -1;
  while (true) {
    // Notes for the items the last pick (or the budget) just excluded.
    for (size_t i = 0; i < n; ++i) {
      const bool now = is_candidate(i);
      if (was_candidate[i] && !now && !chosen[i]) {
        const bool redundant =
            last_pick >= 0 && sim[last_pick][i] >= params.redundancy_threshold;
        r.notes[i] = redundant ? RedundantNote(sim[last_pick][i]) : "does not fit the budget";
      }
      was_candidate[i] = now;
    }
    int best = -1;
    double best_gain = 0;
    for (size_t i = 0; i < n; ++i) {
      if (!was_candidate[i]) continue;
      const double rel = max_relevance > 0 ? items[i].relevance / max_relevance : 0;
      const double gain = params.lambda * rel - (1 - params.lambda) * max_sim_with_chosen(i);
      bool better = best < 0 || gain > best_gain;
      if (!better && gain == best_gain) {
        const auto& a = items[i];
        const auto& b = items[best];
        better = a.doc != b.doc ? a.doc < b.doc : a.sentence < b.sentence;
      }
      if (better) {
        best = static_cast<int>(i);
        best_gain = gain;
      }
    }
    if (best < 0) break;
    chosen[best] = true;
    used += items[best].cost;
    r.chosen.push_back(best);
    last_pick = best;
  }
  return r;
}

}  // namespace reference
}  // namespace chorus
