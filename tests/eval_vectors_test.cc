// `chorus eval` against the official ROUGE-1.5.5 figures (shared data, read
// in place, never copied): scoring the 35 DUC 2006 systems' summaries with
// DATA's references must reproduce every ALL row of
// rouge-vectors/duc2006.tsv (R, P and F as printf("%.5f") strings) (its
// speed is measured in bench/RESULTS.md, never here); the DUC 2003 lead summaries given with --summaries must give
// duc2003.tsv's ALL rows; and chorus's own lead baseline on DUC 2003 at 100
// words must be NIST's (the same words as LeadRebuilt).

#include <catch2/catch.hpp>

#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace chorus {
namespace test {
namespace {

using Json = nlohmann::json;

std::string DataDir() { return SharedDir() + "/data"; }

std::string Format5(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.5f", v);
  return buf;
}

// (system, metric) → "R P F" of the ALL rows of a TSV.
std::map<std::pair<std::string, std::string>, std::string> AllRows(const std::string& path) {
  std::map<std::pair<std::string, std::string>, std::string> rows;
  std::stringstream in(ReadFileOrDie(path));
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string field; std::getline(ss, field, '\t');) f.push_back(field);
    if (f.size() == 6 && f[1] == "ALL") rows[{f[0], f[2]}] = f[3] + " " + f[4] + " " + f[5];
  }
  return rows;
}

std::string Triple(const Json& metric) {
  return Format5(metric["recall"].get<double>()) + " " +
         Format5(metric["precision"].get<double>()) + " " + Format5(metric["f"].get<double>());
}

Json RunEvalJson(const std::vector<std::string>& args) {
  CommandResult r = RunCli(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return Json::parse(r.out);
}

}  // namespace

TEST_CASE("eval --systems reproduces the official DUC 2006 averages", "[eval]") {
  const Json root = RunEvalJson({"eval", DataDir() + "/duc2006/clusters.jsonl", "--systems",
                                 DataDir() + "/rouge-vectors/duc2006-peers", "--limit-words",
                                 "250", "--format", "json"});
  const auto want = AllRows(DataDir() + "/rouge-vectors/duc2006.tsv");
  REQUIRE(want.size() == 35 * 4);
  size_t mismatches = 0;
  for (const auto& [key, triple] : want) {
    const auto& [system, metric] = key;
    INFO(system << " " << metric);
    REQUIRE(root["systems"].contains(system));
    const std::string got = Triple(root["systems"][system][metric]);
    CHECK(got == triple);
    mismatches += got != triple;
  }
  CHECK(mismatches == 0);
  CHECK(root["systems"].contains("lead"));
  CHECK(root["systems"].contains("random"));
}

TEST_CASE("eval --summaries reproduces the official DUC 2003 lead", "[eval]") {
  const Json root = RunEvalJson(
      {"eval", DataDir() + "/duc2003/clusters.jsonl", "--summaries",
       DataDir() + "/rouge-vectors/duc2003-peers/LeadRebuilt", "-l", "100", "--format", "json"});
  const auto want = AllRows(DataDir() + "/rouge-vectors/duc2003.tsv");
  for (const char* metric : {"ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4"}) {
    INFO(metric);
    CHECK(Triple(root["systems"]["LeadRebuilt"][metric]) == want.at({"LeadRebuilt", metric}));
  }
}

TEST_CASE("the lead baseline is NIST's on DUC 2003 at 100 words", "[eval]") {
  const Json root = RunEvalJson({"eval", DataDir() + "/duc2003/clusters.jsonl", "--words", "100",
                                 "--limit-words", "100", "--format", "json"});
  const auto want = AllRows(DataDir() + "/rouge-vectors/duc2003.tsv");
  // ROUGE-1, -2 and -SU4 see the same words; ROUGE-L also sees sentence
  // boundaries, which chorus's segmenter draws a little differently.
  for (const char* metric : {"ROUGE-1", "ROUGE-2", "ROUGE-SU4"}) {
    INFO(metric);
    CHECK(Triple(root["systems"]["lead"][metric]) == want.at({"LeadRebuilt", metric}));
  }
  const double l = root["systems"]["lead"]["ROUGE-L"]["recall"].get<double>();
  CHECK(l == Approx(std::stod(want.at({"LeadRebuilt", "ROUGE-L"}))).margin(0.002));
}

}  // namespace test
}  // namespace chorus
