// `chorus eval` as a user meets it, on a small invented evaluation set
// written by the test: the table with chorus, lead and random, the JSON
// schema, --summaries / --systems, and errors that name the cluster with
// the right exit code (0 ok, 1 bad data, 2 usage).
#include <catch2/catch.hpp>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_util.h"

namespace chorus {
namespace test {

namespace {

using Json = nlohmann::json;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

Json Cluster(const std::string& id, const std::string& topic) {
  Json docs = Json::array();
  const std::string days[] = {"2022-05-02", "2022-05-03", "2022-05-04"};
  for (int d = 0; d < 3; ++d) {
    docs.push_back(
        {{"id", id + "-" + std::to_string(d)},
         {"date", days[d]},
         {"text", "The " + topic + " in Elmsford was approved by the town board on Monday. "
                  "Officials said the " + topic + " would cost four million dollars.\n\n"
                  "Work on the " + topic + " is expected to begin in the autumn of next year. "
                  "Several residents spoke against the " + topic + " at the meeting.\n\n"
                  "Report " + std::to_string(d) + ": the board voted five to two in favour."}});
  }
  return {{"cluster", id},
          {"docs", docs},
          {"references", {"The Elmsford board approved the " + topic + ".\nIt costs four million dollars.\n",
                          "Elmsford will build the " + topic + " next year.\n"}}};
}

// A set of two clusters in `dir`/set.jsonl; returns the path.
std::string WriteSet(const std::string& dir) {
  WriteFile(dir + "/set.jsonl", Cluster("elm1", "library").dump() + "\n" +
                                    Cluster("elm2", "swimming pool").dump() + "\n");
  return dir + "/set.jsonl";
}

}  // namespace

TEST_CASE("eval prints one table with chorus, lead and random", "[cli]") {
  const std::string set = WriteSet(TempDir());
  CommandResult r = RunCli({"eval", set, "--words", "30", "--limit-words", "30"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(Contains(r.out, "-l 30"));
  CHECK(Contains(r.out, "2 clusters"));
  for (const char* metric : {"ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4"})
    for (const char* system : {"chorus", "lead", "random"})
      CHECK(Contains(r.out, std::string(metric) + std::string(10 - std::strlen(metric), ' ') + system));
  SECTION("the same output on 1 and 4 threads") {
    RunWithOneAndFourThreads({"eval", set, "--words", "30"});
  }
}

TEST_CASE("eval --format json: systems with R, P, F and intervals, per-cluster rows", "[cli]") {
  const std::string set = WriteSet(TempDir());
  CommandResult r = RunCli({"eval", set, "--words", "40", "--format", "json"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const Json root = Json::parse(r.out);
  REQUIRE(root["systems"].size() == 3);
  for (const char* system : {"chorus", "lead", "random"}) {
    INFO(system);
    const Json& s = root["systems"][system];
    for (const char* metric : {"ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4"}) {
      const Json& m = s[metric];
      for (const char* field : {"recall", "precision", "f"}) {
        const double v = m[field].get<double>();
        CHECK(v >= 0.0);
        CHECK(v <= 1.0);
        const Json& ci = m["ci"][field];
        REQUIRE(ci.size() == 2);
        CHECK(ci[0].get<double>() <= v);
        CHECK(v <= ci[1].get<double>());
      }
    }
  }
  CHECK(root["systems"]["chorus"]["ROUGE-1"]["recall"].get<double>() > 0.0);
  REQUIRE(root["clusters"].size() == 6);  // 3 systems × 2 clusters
  CHECK(root["clusters"][0]["system"] == "chorus");
  CHECK(root["clusters"][1]["cluster"] == "elm2");
  CHECK(root["rouge"]["limit_words"] == 0);
}

TEST_CASE("eval --summaries and --systems score given files, beside the baselines", "[cli]") {
  const std::string dir = TempDir();
  const std::string set = WriteSet(dir);
  WriteFile(dir + "/runs/mine/elm1.txt", "The Elmsford board approved the library.\n");
  WriteFile(dir + "/runs/mine/elm2.txt", "Elmsford will build the swimming pool.\n");
  WriteFile(dir + "/runs/2/elm1.txt", "The library costs four million dollars.\n");
  WriteFile(dir + "/runs/2/elm2.txt", "Residents spoke.\n");

  CommandResult one = RunCli({"eval", set, "--summaries", dir + "/runs/mine/", "--format", "json"});
  INFO(one.err);
  REQUIRE(one.exit_code == 0);
  Json root = Json::parse(one.out);
  CHECK(root["systems"].contains("mine"));
  CHECK(root["systems"].contains("lead"));
  CHECK(root["systems"].contains("random"));
  CHECK(!root["systems"].contains("chorus"));

  CommandResult all = RunCli({"eval", set, "--systems", dir + "/runs"});
  INFO(all.err);
  REQUIRE(all.exit_code == 0);
  const size_t two = all.out.find("ROUGE-1   2 "), mine = all.out.find("ROUGE-1   mine");
  CHECK(two != std::string::npos);
  CHECK(mine != std::string::npos);
  CHECK(two < mine);  // natural order: 2 before "mine"
  CHECK(Contains(all.out, "ROUGE-1   lead"));
}

TEST_CASE("eval --summaries reads the files batch writes, an unsafe id inside DIR", "[cli]") {
  // A cluster id that is not a safe file name ("../elm/1") was read as
  // DIR/../elm/1.txt, outside DIR; now as the name batch gives its file.
  const std::string dir = TempDir();
  WriteFile(dir + "/set.jsonl", Cluster("../elm/1", "library").dump() + "\n" +
                                    Cluster("elm2", "swimming pool").dump() + "\n");
  WriteFile(dir + "/elm/1.txt", "A file outside the summaries folder.\n");
  CommandResult batch = RunCli({"batch", dir + "/set.jsonl", "--format", "plain", "--words", "30",
                                "--out", dir + "/runs/mine"});
  INFO(batch.err);
  REQUIRE(batch.exit_code == 0);
  CommandResult eval = RunCli({"eval", dir + "/set.jsonl", "--summaries", dir + "/runs/mine",
                               "--words", "30", "--limit-words", "30", "--format", "json"});
  INFO(eval.err);
  REQUIRE(eval.exit_code == 0);
  // batch's files are chorus's digests: the folder scores as chorus does.
  CommandResult chorus = RunCli({"eval", dir + "/set.jsonl", "--words", "30", "--limit-words",
                                 "30", "--format", "json"});
  REQUIRE(chorus.exit_code == 0);
  const Json mine = Json::parse(eval.out)["systems"]["mine"];
  const Json ours = Json::parse(chorus.out)["systems"]["chorus"];
  CHECK(mine["ROUGE-2"]["recall"] == ours["ROUGE-2"]["recall"]);
  CHECK(mine["ROUGE-1"]["recall"] == ours["ROUGE-1"]["recall"]);
  // Without batch's file the error names the file inside DIR.
  std::filesystem::remove_all(dir + "/runs/mine");
  std::filesystem::create_directories(dir + "/runs/mine");
  WriteFile(dir + "/runs/mine/elm2.txt", "Elmsford will build the swimming pool.\n");
  CommandResult missing = RunCli({"eval", dir + "/set.jsonl", "--summaries", dir + "/runs/mine"});
  CHECK(missing.exit_code == 1);
  CHECK(Contains(missing.err, "cluster '../elm/1'"));
  CHECK(Contains(missing.err, dir + "/runs/mine/_._elm_1~"));
}

TEST_CASE("eval errors name the cluster, file or line", "[cli]") {
  const std::string dir = TempDir();
  const std::string set = WriteSet(dir);

  SECTION("a missing summary file") {
    WriteFile(dir + "/mine/elm1.txt", "Something.\n");
    CommandResult r = RunCli({"eval", set, "--summaries", dir + "/mine"});
    CHECK(r.exit_code == 1);
    CHECK(Contains(r.err, "cluster 'elm2'"));
    CHECK(r.out.empty());
  }
  SECTION("an empty summary is scored 0 with a warning") {
    WriteFile(dir + "/mine/elm1.txt", "Something.\n");
    WriteFile(dir + "/mine/elm2.txt", "");
    CommandResult r = RunCli({"eval", set, "--summaries", dir + "/mine"});
    CHECK(r.exit_code == 0);
    CHECK(Contains(r.err, "warning"));
    CHECK(Contains(r.err, "cluster 'elm2'"));
  }
  SECTION("a cluster without references") {
    Json bad = Cluster("elm3", "bridge");
    bad["references"] = Json::array();
    WriteFile(dir + "/bad.jsonl", Cluster("elm1", "library").dump() + "\n" + bad.dump() + "\n");
    CommandResult r = RunCli({"eval", dir + "/bad.jsonl"});
    CHECK(r.exit_code == 1);
    CHECK(Contains(r.err, "bad.jsonl:2"));
    CHECK(Contains(r.err, "cluster 'elm3'"));
    CHECK(Contains(r.err, "no references"));
  }
  SECTION("a malformed line") {
    WriteFile(dir + "/bad.jsonl", Cluster("elm1", "library").dump() + "\n{\"cluster\": \n");
    CommandResult r = RunCli({"eval", dir + "/bad.jsonl"});
    CHECK(r.exit_code == 1);
    CHECK(Contains(r.err, "bad.jsonl:2:"));
  }
  SECTION("a missing data file or systems folder") {
    CommandResult r = RunCli({"eval", dir + "/none.jsonl"});
    CHECK(r.exit_code == 1);
    CHECK(Contains(r.err, "none.jsonl"));
    r = RunCli({"eval", set, "--systems", dir + "/nosuch"});
    CHECK(r.exit_code == 1);
    CHECK(Contains(r.err, "nosuch"));
  }
  SECTION("a system folder named after a baseline") {
    WriteFile(dir + "/runs/lead/elm1.txt", "x\n");
    WriteFile(dir + "/runs/lead/elm2.txt", "x\n");
    CommandResult r = RunCli({"eval", set, "--systems", dir + "/runs"});
    CHECK(r.exit_code == 1);
    CHECK(Contains(r.err, "'lead'"));
  }
}

TEST_CASE("eval usage errors exit 2", "[cli]") {
  const std::string set = WriteSet(TempDir());
  const std::vector<std::vector<std::string>> bad = {
      {"eval"},
      {"eval", set, "--limit-words", "10", "--limit-bytes", "100"},
      {"eval", set, "--format", "html"},
      {"eval", set, "--summaries", "a", "--systems", "b"},
      {"eval", set, "--words", "0"},
      {"eval", set, "--words", "10", "--sentences", "2"},
      {"eval", set, "--fill", "--no-fill"},
  };
  for (const auto& args : bad) {
    CommandResult r = RunCli(args);
    INFO((args.size() > 2 ? args[2] : std::string("no data")));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
  }
  // An unknown language is refused also when chorus itself does not run
  // (the baselines segment in it too).
  const std::string dir = TempDir();
  WriteFile(dir + "/mine/elm1.txt", "Something.\n");
  WriteFile(dir + "/mine/elm2.txt", "Something.\n");
  CommandResult klingon =
      RunCli({"eval", set, "--summaries", dir + "/mine", "--language", "klingon"});
  CHECK(klingon.exit_code == 2);
  CHECK(Contains(klingon.err, "unknown language 'klingon'"));
  CHECK(klingon.out.empty());
  // An empty folder name (an unset "$DIR") scored chorus instead, exit 0;
  // an empty data path said ": no such file or directory".
  for (const std::string flag : {"--summaries", "--systems"}) {
    CommandResult empty = RunCli({"eval", set, flag, ""});
    INFO(flag << ": " << empty.err);
    CHECK(empty.exit_code == 2);
    CHECK(Contains(empty.err, flag + ": empty folder name"));
    CHECK(empty.out.empty());
  }
  CommandResult no_data = RunCli({"eval", ""});
  CHECK(no_data.exit_code == 2);
  CHECK(Contains(no_data.err, "empty data path"));
  CommandResult help = RunCli({"eval", "--help"});
  CHECK(help.exit_code == 0);
  CHECK(Contains(help.out, "--limit-words"));
  CHECK(Contains(help.out, "--words"));  // the digest's flags, shared
}

TEST_CASE("eval --output writes the report whole", "[cli]") {
  const std::string dir = TempDir();
  const std::string set = WriteSet(dir);
  CommandResult r = RunCli({"eval", set, "-o", dir + "/report.txt"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(Contains(ReadFileOrDie(dir + "/report.txt"), "ROUGE-SU4 random"));
}

}  // namespace test
}  // namespace chorus
