// Time per pipeline stage over every cluster of a JSONL file (default: the
// DUC 2006 set in ../shared/data). Usage:
//   stages_bench [CLUSTERS.jsonl] [--words N] [--repeat R]
// Prints one row per stage: total seconds and milliseconds per cluster.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "chorus/chorus.h"
#include "summarizer_internal.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = "../shared/data/duc2006/clusters.jsonl";
  size_t words = 250;
  int repeat = 3;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--words" && i + 1 < argc) words = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--repeat" && i + 1 < argc) repeat = std::atoi(argv[++i]);
    else path = a;
  }
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "stages_bench: cannot read %s\n", path.c_str());
    return 1;
  }
  auto t0 = std::chrono::steady_clock::now();
  std::vector<chorus::Cluster> clusters;
  size_t bytes = 0, line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    chorus::Cluster c;
    std::vector<std::string> warnings;
    chorus::Status s = chorus::ParseClusterJson(line, path + ":" + std::to_string(line_no), {},
                                                &c, &warnings);
    if (!s.ok()) {
      std::fprintf(stderr, "stages_bench: %s\n", s.message().c_str());
      return 1;
    }
    for (const auto& d : c.docs) bytes += d.text.size();
    clusters.push_back(std::move(c));
  }
  const double load = Seconds(t0);

  chorus::SummarizerOptions options;
  options.budget = words;
  std::unique_ptr<chorus::Summarizer> summarizer;
  if (chorus::Status s = chorus::Summarizer::Create(options, &summarizer); !s.ok()) {
    std::fprintf(stderr, "stages_bench: %s\n", s.message().c_str());
    return 1;
  }
  chorus::internal::StageTimes times;
  size_t sentences = 0;
  t0 = std::chrono::steady_clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (const auto& c : clusters) {
      chorus::Digest digest;
      chorus::Status s = chorus::internal::SummarizeTimed(*summarizer, c, &digest, &times);
      if (!s.ok()) std::fprintf(stderr, "stages_bench: %s\n", s.message().c_str());
      if (r == 0) sentences += digest.stats.sentences;
    }
  }
  const double total = Seconds(t0) / repeat;
  const double n = static_cast<double>(clusters.size());
  std::printf("input: %s: %zu clusters, %.2f MB of article text, %zu sentences\n", path.c_str(),
              clusters.size(), bytes / 1e6, sentences);
  std::printf("load (JSON parse + UTF-8 check): %.3f s\n", load);
  std::printf("summarize, mean of %d runs, --words %zu:\n", repeat, words);
  std::printf("  %-14s %10s %14s\n", "stage", "total s", "ms/cluster");
  for (size_t i = 0; i < chorus::internal::kNumStages; ++i) {
    const double sec = times.seconds[i] / repeat;
    std::printf("  %-14s %10.4f %14.3f\n", std::string(chorus::internal::kStageNames[i]).c_str(),
                sec, 1000 * sec / n);
  }
  std::printf("  %-14s %10.4f %14.3f   (%.1f MB/s)\n", "all", total, 1000 * total / n,
              bytes / 1e6 / total);
  return 0;
}
