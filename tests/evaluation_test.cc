// Tests of the evaluation library (include/chorus/evaluation.h) on invented
// text: the JSONL set and its errors, summary folders, the lead and random
// baselines, Evaluate and the report formats. The CLI: cli_eval_test.cc;
// the official figures: eval_vectors_test.cc.

#include "chorus/evaluation.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "eval_internal.h"
#include "test_util.h"
#include "text_util.h"

namespace chorus {
namespace {

using Json = nlohmann::json;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// One JSONL line: a cluster of `docs` ({id, date, text}) and references.
std::string Line(const std::string& id, const std::vector<std::vector<std::string>>& docs,
                 const std::vector<std::string>& refs) {
  Json j{{"cluster", id}, {"docs", Json::array()}, {"references", refs}};
  for (const auto& d : docs) j["docs"].push_back({{"id", d[0]}, {"date", d[1]}, {"text", d[2]}});
  return j.dump() + "\n";
}

const std::vector<std::vector<std::string>> kDocs = {
    {"old", "2021-03-01",
     "The council approved the new tram line on Monday. Work starts in May.\n\n"
     "Residents asked for quieter trams."},
    {"new", "2021-03-04",
     "Construction of the tram line will begin in May. It will take two years. "
     "The line has twelve stops. Critics say it costs too much."},
};
const std::vector<std::string> kRefs = {"The council approved a tram line.\nWork begins in May.\n",
                                        "A new tram line was approved.\n"};

std::vector<EvalCluster> ParseOk(const std::string& jsonl) {
  std::vector<EvalCluster> data;
  Status s = ParseEvalJsonl(jsonl, "set.jsonl", &data, nullptr);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return data;
}

TEST_CASE("ParseEvalJsonl reads clusters and references", "[eval]") {
  Json j = Json::parse(Line("c1", kDocs, kRefs));
  j["reference_ids"] = {"R.A", "R.B"};
  const std::vector<EvalCluster> data =
      ParseOk(j.dump() + "\n\n   \n" + Line("c2", kDocs, {"Only one.\n"}));
  REQUIRE(data.size() == 2);
  CHECK(data[0].cluster.id == "c1");
  CHECK(data[0].cluster.docs.size() == 2);
  CHECK(data[0].references ==
        std::vector<std::vector<std::string>>{
            {"The council approved a tram line.", "Work begins in May."},
            {"A new tram line was approved."}});
  CHECK(data[0].reference_ids == std::vector<std::string>{"R.A", "R.B"});
  CHECK(data[1].cluster.id == "c2");
  CHECK(data[1].reference_ids.empty());
}

TEST_CASE("ParseEvalJsonl errors name the file, the line and the cluster", "[eval]") {
  const std::string good = Line("c1", kDocs, kRefs);
  Json no_refs = Json::parse(Line("c9", kDocs, kRefs));
  no_refs.erase("references");
  Json no_id = Json::parse(good);
  no_id.erase("cluster");
  Json bad_ids = Json::parse(Line("c9", kDocs, kRefs));
  bad_ids["reference_ids"] = {"only one"};
  struct Case {
    const char* name;
    std::string second_line;
    std::vector<std::string> expected;  // substrings of the message
  };
  const Case cases[] = {
      {"malformed JSON", "{\"cluster\": \"c9\", \"docs\": [}\n", {"set.jsonl:3:", "malformed JSON"}},
      {"invalid UTF-8", "{\"cluster\": \"c\xff\"}\n", {"set.jsonl:3:", "invalid UTF-8"}},
      {"no references", no_refs.dump(), {"set.jsonl:3", "cluster 'c9'", "no references"}},
      {"empty references", Line("c9", kDocs, {}), {"set.jsonl:3", "cluster 'c9'", "no references"}},
      {"blank reference", Line("c9", kDocs, {"ok\n", "  \n"}),
       {"set.jsonl:3", "cluster 'c9'", "references[1]: empty reference"}},
      {"reference not a string", R"({"cluster":"c9","docs":[{"id":"a","text":"x"}],"references":[3]})",
       {"set.jsonl:3", "cluster 'c9'", "references[0]: expected a string"}},
      {"no cluster id", no_id.dump(), {"set.jsonl:3", "cluster id"}},
      {"repeated cluster", good, {"set.jsonl:3", "cluster 'c1' already given on line 1"}},
      {"no articles", Line("c9", {}, kRefs), {"set.jsonl:3", "cluster 'c9'", "no articles"}},
      {"bad document", R"({"cluster":"c9","docs":[{"id":"a"}],"references":["r"]})",
       {"set.jsonl:3", "docs[0].text: missing"}},
      {"reference_ids length", bad_ids.dump(), {"set.jsonl:3", "reference_ids"}},
      {"not an object", "[1, 2]", {"set.jsonl:3", "expected a"}},
  };
  for (const Case& c : cases) {
    SECTION(c.name) {
      std::vector<EvalCluster> data;
      Status s = ParseEvalJsonl(good + "\n" + c.second_line, "set.jsonl", &data, nullptr);
      INFO(s.ToString());
      CHECK(s.code() == Status::Code::kInvalidInput);
      for (const std::string& e : c.expected) CHECK(Contains(s.message(), e));
      CHECK(data.empty());
    }
  }
  SECTION("no line at all") {
    std::vector<EvalCluster> data;
    Status s = ParseEvalJsonl("\n  \n", "set.jsonl", &data, nullptr);
    CHECK(s.code() == Status::Code::kInvalidInput);
    CHECK(Contains(s.message(), "set.jsonl: no clusters"));
  }
}

TEST_CASE("LoadEvalJsonl names a missing file", "[eval]") {
  std::vector<EvalCluster> data;
  Status s = LoadEvalJsonl(test::TempDir() + "/none.jsonl", &data, nullptr);
  CHECK(s.code() == Status::Code::kNotFound);
  CHECK(Contains(s.message(), "none.jsonl"));
}

std::unique_ptr<Baselines> MakeBaselines(size_t words, bool fill = false) {
  BaselineOptions options;
  options.budget = words;
  options.fill = fill;
  std::unique_ptr<Baselines> baselines;
  Status s = Baselines::Create(options, &baselines);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return baselines;
}

size_t Words(const std::vector<std::string>& lines) {
  size_t n = 0;
  for (const auto& line : lines) n += internal::CountWords(line);
  return n;
}

TEST_CASE("lead takes the opening sentences of the most recent article", "[eval]") {
  const EvalCluster c = ParseOk(Line("c1", kDocs, kRefs))[0];
  std::vector<std::string> lines;
  MakeBaselines(16)->Lead(c.cluster, &lines);  // 9 + 5 words fit, the next 5 do not
  CHECK(lines == std::vector<std::string>{"Construction of the tram line will begin in May.",
                                          "It will take two years."});
  SECTION("fill takes the sentence that reaches the budget") {
    MakeBaselines(16, true)->Lead(c.cluster, &lines);
    CHECK(lines.size() == 3);
    CHECK(lines[2] == "The line has twelve stops.");
  }
  SECTION("the latest date wins over list order; undated articles are passed over") {
    Cluster reordered = c.cluster;
    std::swap(reordered.docs[0], reordered.docs[1]);
    reordered.docs.push_back({"undated", "", "", "", "", "An undated article.", 0});
    MakeBaselines(16)->Lead(reordered, &lines);
    CHECK(lines.front() == "Construction of the tram line will begin in May.");
  }
  SECTION("ties and undated clusters take the later article") {
    Cluster undated = c.cluster;
    for (Document& d : undated.docs) d.date.clear();
    std::swap(undated.docs[0], undated.docs[1]);
    MakeBaselines(16)->Lead(undated, &lines);
    CHECK(lines.front() == "The council approved the new tram line on Monday.");
  }
  SECTION("a first sentence over the budget gives an empty lead, and a warning") {
    MakeBaselines(3)->Lead(c.cluster, &lines);
    CHECK(lines.empty());
    std::vector<SystemSummaries> systems;
    std::vector<std::string> warnings;
    BaselineOptions options;
    options.budget = 3;
    REQUIRE(BaselineSummaries(options, {c}, &systems, &warnings).ok());
    REQUIRE(!warnings.empty());
    CHECK(Contains(warnings[0], "cluster 'c1'"));
    CHECK(Contains(warnings[0], "lead"));
  }
}

TEST_CASE("random is deterministic, within the budget, and varies by cluster", "[eval]") {
  const EvalCluster c = ParseOk(Line("c1", kDocs, kRefs))[0];
  auto baselines = MakeBaselines(20);
  std::vector<std::string> a, b, other;
  baselines->Random(c.cluster, 0, &a);
  MakeBaselines(20)->Random(c.cluster, 0, &b);
  CHECK(a == b);
  CHECK(!a.empty());
  CHECK(Words(a) <= 20);
  const std::vector<std::string> all = {
      "The council approved the new tram line on Monday.", "Work starts in May.",
      "Residents asked for quieter trams.", "Construction of the tram line will begin in May.",
      "It will take two years.", "The line has twelve stops.", "Critics say it costs too much."};
  for (const auto& line : a) CHECK(std::find(all.begin(), all.end(), line) != all.end());
  bool differs = false;
  for (size_t k = 1; k < 8 && !differs; ++k) {
    baselines->Random(c.cluster, k, &other);
    differs = other != a;
  }
  CHECK(differs);
  SECTION("fill lets the last sentence pass the budget") {
    MakeBaselines(20, true)->Random(c.cluster, 0, &b);
    CHECK(Words(b) >= 20);
  }
}

TEST_CASE("Baselines::Create rejects a language the summarizer does not know", "[eval]") {
  BaselineOptions options;
  options.language = "klingon";
  std::unique_ptr<Baselines> baselines;
  const Status s = Baselines::Create(options, &baselines);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(s.message().find("unknown language 'klingon'") != std::string::npos);
  options.language = "german";
  CHECK(Baselines::Create(options, &baselines).ok());
}

TEST_CASE("Baselines::Create rejects a zero budget", "[eval]") {
  BaselineOptions options;
  options.budget = 0;
  std::unique_ptr<Baselines> baselines;
  CHECK(Baselines::Create(options, &baselines).code() == Status::Code::kInvalidArgument);
}

// A thread count far past any machine made OpenMP alloca a start record per
// thread on the caller's stack: threads = 100000 crashed (SIGSEGV in
// GOMP_parallel) in Summarize, BaselineSummaries and Evaluate alike. Each
// options struct now bounds it by kMaxThreads.
TEST_CASE("thread counts past kMaxThreads are usage errors, not crashes", "[eval]") {
  const std::vector<EvalCluster> data = ParseOk(Line("c1", kDocs, kRefs));
  SummarizerOptions summarizer;
  summarizer.threads = 100000;
  SystemSummaries chorus;
  Status s = SummarizeClusters(summarizer, data, &chorus, nullptr);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(Contains(s.message(), "threads: 100000 is out of range 0..1024"));
  summarizer.threads = kMaxThreads;
  CHECK(summarizer.Validate().ok());

  BaselineOptions baseline;
  std::vector<SystemSummaries> systems;
  for (int threads : {-1, 100000}) {
    baseline.threads = threads;
    std::unique_ptr<Baselines> baselines;
    s = Baselines::Create(baseline, &baselines);
    CHECK(s.code() == Status::Code::kInvalidArgument);
    CHECK(Contains(s.message(), "threads"));
    CHECK(BaselineSummaries(baseline, data, &systems, nullptr).code() ==
          Status::Code::kInvalidArgument);
  }
  baseline.threads = 1;
  REQUIRE(BaselineSummaries(baseline, data, &systems, nullptr).ok());

  EvalOptions eval;
  EvalReport unused;
  for (int threads : {-1, 100000}) {
    eval.threads = threads;
    s = Evaluate(data, systems, eval, &unused);
    CHECK(s.code() == Status::Code::kInvalidArgument);
    CHECK(Contains(s.message(), "threads"));
  }
}

TEST_CASE("summary folders: missing files name the cluster", "[eval]") {
  const std::vector<EvalCluster> data =
      ParseOk(Line("c1", kDocs, kRefs) + Line("c2", kDocs, kRefs));
  const std::string dir = test::TempDir();
  test::WriteFile(dir + "/10/c1.txt", "The council approved a tram line.\n");
  test::WriteFile(dir + "/10/c2.txt", "");
  test::WriteFile(dir + "/2/c1.txt", "Work begins in May.\n");
  test::WriteFile(dir + "/2/c2.txt", "A tram line.\nTwo years.\n");
  test::WriteFile(dir + "/.hidden/c1.txt", "x\n");
  test::WriteFile(dir + "/notes.txt", "not a system\n");

  std::vector<SystemSummaries> systems;
  std::vector<std::string> warnings;
  Status s = ReadSystemFolders(dir, data, &systems, &warnings);
  INFO(s.ToString());
  REQUIRE(s.ok());
  REQUIRE(systems.size() == 2);
  CHECK(systems[0].name == "2");  // natural order
  CHECK(systems[1].name == "10");
  CHECK(systems[0].summaries[1] == std::vector<std::string>{"A tram line.", "Two years."});
  REQUIRE(warnings.size() == 1);  // 10/c2.txt is empty: scored 0, but said
  CHECK(Contains(warnings[0], "system '10'"));
  CHECK(Contains(warnings[0], "cluster 'c2'"));

  SECTION("a missing summary is an error naming the cluster and the file") {
    std::remove((dir + "/2/c2.txt").c_str());
    SystemSummaries one;
    s = ReadSummaryFolder(dir + "/2", "mine", data, &one, nullptr);
    CHECK(s.code() == Status::Code::kNotFound);
    CHECK(Contains(s.message(), "cluster 'c2'"));
    CHECK(Contains(s.message(), "c2.txt"));
  }
  SECTION("a missing folder is named") {
    SystemSummaries one;
    s = ReadSummaryFolder(dir + "/nope", "nope", data, &one, nullptr);
    CHECK(s.code() == Status::Code::kNotFound);
    CHECK(Contains(s.message(), dir + "/nope"));
  }
  SECTION("a folder without subfolders is an error") {
    systems.clear();
    s = ReadSystemFolders(dir + "/2", data, &systems, nullptr);
    CHECK(s.code() == Status::Code::kInvalidInput);
    CHECK(Contains(s.message(), "no system folders"));
  }
}

TEST_CASE("NaturalLess orders digit runs by value", "[eval]") {
  const std::vector<std::string> sorted = {"", "1", "01", "2", "9", "10", "10a", "11", "a2", "a10", "b"};
  for (size_t i = 0; i < sorted.size(); ++i)
    for (size_t j = 0; j < sorted.size(); ++j) {
      INFO(sorted[i] << " vs " << sorted[j]);
      CHECK(internal::NaturalLess(sorted[i], sorted[j]) == (i < j));
    }
}

EvalReport EvaluateOk(const std::vector<EvalCluster>& data,
                      const std::vector<SystemSummaries>& systems, int threads = 0) {
  EvalOptions options;
  options.threads = threads;
  EvalReport report;
  Status s = Evaluate(data, systems, options, &report);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return report;
}

TEST_CASE("Evaluate scores every system on every cluster", "[eval]") {
  const std::vector<EvalCluster> data =
      ParseOk(Line("c1", kDocs, kRefs) + Line("c2", kDocs, {"Work begins in May.\n"}));
  std::vector<SystemSummaries> systems = {
      {"copy", {data[0].references[0], data[1].references[0]}},
      {"empty", {{}, {}}},
  };
  const EvalReport report = EvaluateOk(data, systems);
  CHECK(report.clusters == std::vector<std::string>{"c1", "c2"});
  REQUIRE(report.systems.size() == 2);
  const MetricSummary& r1 = report.systems[0].metrics[0];
  // c2 has one reference and the copy is that reference; c1 has two.
  const RougeScores& c2 = report.systems[0].clusters[1];
  for (RougeMetric m : kAllRougeMetrics) {
    CHECK(c2[m].recall == 1.0);
    CHECK(c2[m].precision == 1.0);
  }
  const RougeScore& c1 = report.systems[0].clusters[0][RougeMetric::kRouge1];
  CHECK(c1.recall > 0.5);  // all of reference A, part of reference B
  CHECK(c1.recall < 1.0);
  CHECK(c1.precision < 1.0);
  CHECK(report.systems[1].metrics[0].recall.mean == 0.0);
  CHECK(r1.recall.ci_lower <= r1.recall.mean);
  CHECK(r1.recall.mean <= r1.recall.ci_upper);

  SECTION("the same report whatever the thread count") {
    std::string one, four;
    REQUIRE(FormatEvalReport(EvaluateOk(data, systems, 1), "json", &one).ok());
    REQUIRE(FormatEvalReport(EvaluateOk(data, systems, 4), "json", &four).ok());
    CHECK(one == four);
  }
  SECTION("bad systems are usage errors") {
    EvalReport unused;
    systems[1].name = "copy";
    CHECK(Evaluate(data, systems, {}, &unused).code() == Status::Code::kInvalidArgument);
    systems[1] = {"short", {{}}};
    Status s = Evaluate(data, systems, {}, &unused);
    CHECK(s.code() == Status::Code::kInvalidArgument);
    CHECK(Contains(s.message(), "system 'short'"));
  }
}

TEST_CASE("FormatEvalReport renders text and JSON", "[eval]") {
  const std::vector<EvalCluster> data = ParseOk(Line("c1", kDocs, {"Work begins in May.\n"}));
  const EvalReport report = EvaluateOk(data, {{"copy", {data[0].references[0]}}});
  std::string text, json;
  REQUIRE(FormatEvalReport(report, "text", &text).ok());
  CHECK(Contains(text, "ROUGE-1.5.5 -n 2 -2 4 -u -m -c 95 -r 1000 -f A -p 0.5 -t 0, 1 cluster\n"));
  CHECK(Contains(text, "ROUGE-SU4 copy"));
  REQUIRE(FormatEvalReport(report, "json", &json).ok());
  const Json root = Json::parse(json);
  const Json& r1 = root["systems"]["copy"]["ROUGE-1"];
  CHECK(r1["precision"].get<double>() == 1.0);
  CHECK(r1["ci"]["recall"].size() == 2);
  REQUIRE(root["clusters"].size() == 1);
  CHECK(root["clusters"][0]["cluster"] == "c1");
  CHECK(root["clusters"][0]["system"] == "copy");
  CHECK(root["clusters"][0]["ROUGE-L"].contains("f"));
  CHECK(FormatEvalReport(report, "html", &text).code() == Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace chorus
