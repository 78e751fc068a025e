// Copyright (c) chorus developers.
//
// Rendering an EvalReport (one table of formats, as formatter.cc):
//
// text: values ×100 with 2 decimals, as papers print ROUGE:
//   ROUGE-1.5.5 -n 2 -2 4 -u -m -l 100 -c 95 -r 1000 -f A -p 0.5 -t 0, 30 clusters
//   mean over clusters ×100 (ROUGE's bootstrap average) [95% confidence interval]
//
//   metric     system  recall                precision             F
//   ROUGE-1    chorus  35.12 [33.80, 36.41]  ...
//   ROUGE-1    lead    ...
//                                             (a blank line between metrics)
// json: one object on one line, then "\n"; keys in a fixed order:
//   {"rouge": {"options", "clusters", "stem", "remove_stopwords",
//              "limit_words", "limit_bytes", "alpha", "skip_distance",
//              "confidence", "resamples"},
//    "systems": {"<name>": {"ROUGE-1": {"recall", "precision", "f",
//                "ci": {"recall": [lo, hi], "precision": [..], "f": [..]}},
//                ...}},
//    "clusters": [{"cluster", "system", "ROUGE-1": {"recall", "precision",
//                  "f"}, ...}]}          system by system, clusters in input order
// Values in 0..1 as ROUGE prints them (5 decimals; JSON numbers print the
// shortest form, so 0.41130 reads 0.4113). Invalid UTF-8 in names is
// replaced by U+FFFD.
//
// Tests: tests/evaluation_test.cc, tests/cli_eval_test.cc.

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "chorus/evaluation.h"
#include "format_internal.h"

namespace chorus {

namespace {

using Json = nlohmann::ordered_json;

// The ROUGE-1.5.5.pl options that give the same figures.
std::string RougeCommand(const EvalOptions& o) {
  const RougeOptions& r = o.rouge;
  std::string cmd = "ROUGE-1.5.5 -n 2 -2 " + std::to_string(r.skip_distance) + " -u";
  if (r.stem) cmd += " -m";
  if (r.remove_stopwords) cmd += r.stopword_file.empty() ? " -s (chorus's stopword list)" : " -s";
  if (r.limit_words > 0) cmd += " -l " + std::to_string(r.limit_words);
  if (r.limit_bytes > 0) cmd += " -b " + std::to_string(r.limit_bytes);
  char tail[96];
  std::snprintf(tail, sizeof tail, " -c %g -r %d -f A -p %g -t 0", o.bootstrap.confidence,
                o.bootstrap.resamples, r.alpha);
  return cmd + tail;
}

std::string Percent(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v * 100.0);
  return buf;
}

std::string Cell(const RougeBootstrapResult& r) {
  return Percent(r.mean) + " [" + Percent(r.ci_lower) + ", " + Percent(r.ci_upper) + "]";
}

std::string Pad(const std::string& s, size_t width) {
  return s.size() >= width ? s + " " : s + std::string(width - s.size(), ' ');
}

Status FormatText(const EvalReport& report, std::string* out) {
  char conf[32];
  std::snprintf(conf, sizeof conf, "%g%%", report.options.bootstrap.confidence);
  const size_t n = report.clusters.size();
  *out = RougeCommand(report.options) + ", " + std::to_string(n) + (n == 1 ? " cluster" : " clusters") +
         "\nmean over clusters \u00d7100 (ROUGE's bootstrap average) [" + conf +
         " confidence interval]\n";
  size_t width = 6;
  for (const SystemResult& s : report.systems) width = std::max(width, s.name.size());
  constexpr size_t kCell = 22;
  for (RougeMetric metric : kAllRougeMetrics) {
    *out += "\n" + Pad("metric", 10) + Pad("system", width + 1) + Pad("recall", kCell) +
            Pad("precision", kCell) + "F\n";
    for (const SystemResult& s : report.systems) {
      const MetricSummary& m = s.metrics[static_cast<size_t>(metric)];
      *out += Pad(RougeMetricName(metric), 10) + Pad(s.name, width + 1) + Pad(Cell(m.recall), kCell) +
              Pad(Cell(m.precision), kCell) + Cell(m.f) + "\n";
    }
  }
  return Status::OK();
}

Json Interval(const RougeBootstrapResult& r) { return Json::array({r.ci_lower, r.ci_upper}); }

Json Options(const EvalReport& report) {
  const RougeOptions& r = report.options.rouge;
  return Json{{"options", RougeCommand(report.options)},
              {"clusters", report.clusters.size()},
              {"stem", r.stem},
              {"remove_stopwords", r.remove_stopwords},
              {"limit_words", r.limit_words},
              {"limit_bytes", r.limit_bytes},
              {"alpha", r.alpha},
              {"skip_distance", r.skip_distance},
              {"confidence", report.options.bootstrap.confidence},
              {"resamples", report.options.bootstrap.resamples}};
}

Json SystemJson(const SystemResult& s) {
  Json metrics = Json::object();
  for (RougeMetric metric : kAllRougeMetrics) {
    const MetricSummary& m = s.metrics[static_cast<size_t>(metric)];
    metrics[RougeMetricName(metric)] = Json{
        {"recall", m.recall.mean},
        {"precision", m.precision.mean},
        {"f", m.f.mean},
        {"ci", Json{{"recall", Interval(m.recall)},
                    {"precision", Interval(m.precision)},
                    {"f", Interval(m.f)}}}};
  }
  return metrics;
}

Json ClusterJson(const EvalReport& report, const SystemResult& s, size_t k) {
  Json row{{"cluster", report.clusters[k]}, {"system", s.name}};
  for (RougeMetric metric : kAllRougeMetrics) {
    const RougeScore& v = s.clusters[k][metric];
    row[RougeMetricName(metric)] =
        Json{{"recall", v.recall}, {"precision", v.precision}, {"f", v.f}};
  }
  return row;
}

Status FormatJson(const EvalReport& report, std::string* out) {
  Json systems = Json::object();
  Json clusters = Json::array();
  for (const SystemResult& s : report.systems) {
    systems[s.name] = SystemJson(s);
    for (size_t k = 0; k < report.clusters.size(); ++k)
      clusters.push_back(ClusterJson(report, s, k));
  }
  const Json root{{"rouge", Options(report)}, {"systems", std::move(systems)},
                  {"clusters", std::move(clusters)}};
  const std::string dumped = root.dump(-1, ' ', false, Json::error_handler_t::replace);
  *out = internal::TerminalSafeJson(dumped) + "\n";
  return Status::OK();
}

struct ReportFormat {
  const char* name;
  Status (*format)(const EvalReport&, std::string*);
};

// The one list of formats; EvalReportFormats() and its order come from here.
constexpr ReportFormat kFormats[] = {{"text", FormatText}, {"json", FormatJson}};

}  // namespace

std::vector<std::string> EvalReportFormats() {
  std::vector<std::string> names;
  for (const ReportFormat& f : kFormats) names.push_back(f.name);
  return names;
}

Status FormatEvalReport(const EvalReport& report, std::string_view format, std::string* out) {
  for (const ReportFormat& f : kFormats)
    if (format == f.name) return f.format(report, out);
  return Status::InvalidArgument("unknown report format '" + std::string(format) +
                                 "' (expected text or json)");
}

}  // namespace chorus
