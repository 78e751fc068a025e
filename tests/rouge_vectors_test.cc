// The official ROUGE-1.5.5 test vectors (shared/data/rouge-vectors, licensed
// data read in place, never copied): every row of duc2006.tsv, duc2003.tsv
// and edge/*/expected.tsv, cluster rows and ALL rows, must be reproduced as
// printf("%.5f") strings of R, P and F. ALL rows are recomputed from our own
// cluster values with RougeBootstrapMean.

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "chorus/rouge.h"
#include "test_util.h"

namespace chorus {
namespace {

namespace fs = std::filesystem;

std::string VectorsDir() { return test::SharedDir() + "/data/rouge-vectors"; }

std::vector<std::string> ReadLines(const std::string& path) {
  return RougeSplitLines(test::ReadFileOrDie(path));
}

// All *.txt of a folder, in name order (the order does not change -f A).
std::vector<std::vector<std::string>> ReadSummaries(const std::string& dir) {
  std::vector<std::string> paths;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") paths.push_back(e.path().string());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::vector<std::string>> out;
  for (const auto& p : paths) out.push_back(ReadLines(p));
  return out;
}

// TSV rows without the header, split on tabs.
std::vector<std::vector<std::string>> ReadTsv(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  const std::vector<std::string> lines = ReadLines(path);
  for (size_t i = 1; i < lines.size(); ++i) {
    std::vector<std::string> fields;
    std::stringstream ss(lines[i]);
    for (std::string f; std::getline(ss, f, '\t');) fields.push_back(f);
    rows.push_back(fields);
  }
  return rows;
}

std::string Triple(const RougeScore& s) {
  return FormatRougeValue(s.recall) + " " + FormatRougeValue(s.precision) + " " +
         FormatRougeValue(s.f);
}

// Counts mismatches and keeps the first few messages.
struct Mismatches {
  size_t count = 0;
  std::string first;
  void Check(const std::string& where, const std::string& want, const std::string& got) {
    if (want == got) return;
    if (++count <= 10) first += "  " + where + ": want " + want + ", got " + got + "\n";
  }
};

std::unique_ptr<RougeScorer> MakeScorer(size_t limit_words) {
  RougeOptions options;
  options.limit_words = limit_words;
  std::unique_ptr<RougeScorer> scorer;
  Status s = RougeScorer::Create(options, &scorer);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return scorer;
}

// Checks <corpus>.tsv (system, cluster, metric, R, P, F) with peers in
// <corpus>-peers/<system>/<cluster>.txt and references in
// <corpus>-refs/<cluster>/. Returns the number of rows checked.
size_t CheckCorpus(const std::string& corpus, size_t limit_words, Mismatches* bad) {
  const std::string dir = VectorsDir();
  const auto rows = ReadTsv(dir + "/" + corpus + ".tsv");
  auto scorer = MakeScorer(limit_words);
  std::map<std::string, std::vector<std::vector<std::string>>> refs;
  std::map<std::pair<std::string, std::string>, RougeScores> scores;
  const auto start = std::chrono::steady_clock::now();
  for (const auto& row : rows) {
    REQUIRE(row.size() == 6);
    const std::string &system = row[0], &cluster = row[1];
    if (cluster == "ALL" || scores.count({system, cluster})) continue;
    if (!refs.count(cluster)) refs[cluster] = ReadSummaries(dir + "/" + corpus + "-refs/" + cluster);
    const auto peer = ReadLines(dir + "/" + corpus + "-peers/" + system + "/" + cluster + ".txt");
    Status s = scorer->Score(peer, refs[cluster], &scores[{system, cluster}]);
    REQUIRE(s.ok());
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "%s: scored %zu peers in %.2f s\n", corpus.c_str(), scores.size(), seconds);

  // Cluster values per (system, metric), in row order, for the ALL rows.
  std::map<std::pair<std::string, std::string>, std::vector<RougeScore>> columns;
  for (const auto& row : rows) {
    const std::string &system = row[0], &cluster = row[1], &metric_name = row[2];
    RougeMetric metric;
    REQUIRE(ParseRougeMetric(metric_name, &metric));
    const std::string want = row[3] + " " + row[4] + " " + row[5];
    auto& column = columns[{system, metric_name}];
    RougeScore got;
    if (cluster == "ALL") {
      std::vector<double> r, p, f;
      for (const RougeScore& v : column) r.push_back(v.recall), p.push_back(v.precision), f.push_back(v.f);
      got = {RougeBootstrapMean(r), RougeBootstrapMean(p), RougeBootstrapMean(f)};
    } else {
      got = scores.at({system, cluster})[metric];
      column.push_back(got);
    }
    bad->Check(corpus + " system " + system + " " + cluster + " " + metric_name, want,
               Triple(got));
  }
  return rows.size();
}

TEST_CASE("ROUGE reproduces the DUC 2006 vectors (35 systems, -l 250)", "[rouge]") {
  Mismatches bad;
  const size_t rows = CheckCorpus("duc2006", 250, &bad);
  CHECK(rows == 7140);
  INFO(bad.count << " of " << rows << " rows differ; first ones:\n" << bad.first);
  CHECK(bad.count == 0);
}

TEST_CASE("ROUGE reproduces the DUC 2003 vectors (LeadRebuilt, -l 100)", "[rouge]") {
  Mismatches bad;
  const size_t rows = CheckCorpus("duc2003", 100, &bad);
  CHECK(rows == 124);
  INFO(bad.count << " of " << rows << " rows differ; first ones:\n" << bad.first);
  CHECK(bad.count == 0);
}

TEST_CASE("ROUGE reproduces the edge-case vectors (no limit and -l 5)", "[rouge]") {
  const std::string dir = VectorsDir() + "/edge";
  std::vector<std::string> cases;
  for (const auto& e : fs::directory_iterator(dir)) cases.push_back(e.path().filename().string());
  std::sort(cases.begin(), cases.end());
  CHECK(cases.size() == 5);
  auto unlimited = MakeScorer(0), limited = MakeScorer(5);
  Mismatches bad;
  size_t rows = 0;
  for (const std::string& name : cases) {
    const auto peer = ReadLines(dir + "/" + name + "/peer.txt");
    const auto refs = ReadSummaries(dir + "/" + name + "/refs");
    REQUIRE(refs.size() == 2);
    RougeScores none, five;
    REQUIRE(unlimited->Score(peer, refs, &none).ok());
    REQUIRE(limited->Score(peer, refs, &five).ok());
    for (const auto& row : ReadTsv(dir + "/" + name + "/expected.tsv")) {
      REQUIRE(row.size() == 5);
      RougeMetric metric;
      REQUIRE(ParseRougeMetric(row[1], &metric));
      REQUIRE((row[0] == "none" || row[0] == "5"));
      const RougeScore got = (row[0] == "none" ? none : five)[metric];
      const std::string where = name + " -l " + row[0] + " " + row[1];
      const std::string want = row[2] + " " + row[3] + " " + row[4];
      bad.Check(where, want, Triple(got));
      // One cluster: the bootstrap ALL value is the cluster value.
      bad.Check(where + " (ALL)", want,
                Triple({RougeBootstrapMean({got.recall}), RougeBootstrapMean({got.precision}),
                        RougeBootstrapMean({got.f})}));
      ++rows;
    }
  }
  CHECK(rows == 40);
  INFO(bad.count << " mismatches; first ones:\n" << bad.first);
  CHECK(bad.count == 0);
}

}  // namespace
}  // namespace chorus
