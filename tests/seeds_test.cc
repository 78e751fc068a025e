// The five real seed articles (../shared/seeds): the digest is cited and
// carries none of the page noise they contain. Skipped without ../shared.
#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>
#include <nlohmann/json.hpp>

#include "test_util.h"

namespace chorus {
namespace test {

namespace {

std::vector<std::string> SeedFiles() {
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(SharedDir() + "/seeds"))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("seeds digest has no noise and every sentence is cited", "[seeds]") {
  std::vector<std::string> args = {"digest", "--format", "json", "--explain"};
  for (const auto& f : SeedFiles()) args.push_back(f);
  REQUIRE(args.size() == 9);
  CommandResult r = RunCli(args);
  REQUIRE(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  REQUIRE(j["sentences"].size() >= 3);
  // Noise the seeds carry: bylines, teasers, prompts, credits, labels,
  // boilerplate and an off-topic last line.
  const std::vector<std::string> noise = {
      "Written By", "Updated On", "Read -", "Read more", "Please enter", "rs/rt", "AFP, Reuters",
      "By 2030", "drinking water", "OBSERVATORY", "Contact us", "File The Sun", "NewsWar",
      "Rest of the World", "Civil war in Libya", "Russia, Libya, Syria", "Terms of Use",
      "Thank you", "Stay connected", "conference in Berlin \xE2\x80\x93"};
  for (const auto& s : j["sentences"]) {
    const std::string text = s["text"];
    for (const auto& n : noise) {
      INFO(text);
      CHECK(text.find(n) == std::string::npos);
    }
    CHECK(s["sources"].size() >= 1);
    for (const char* opener : {"But ", "And ", "They ", "He ", "She ", "It ", "This "})
      CHECK(text.rfind(opener, 0) != 0);  // no sentence leans on one the digest lacks
    CHECK(s["text"].get<std::string>().size() > 30);
  }
  // Every kind of noise is reported with its reason under --explain.
  std::string reasons;
  for (const auto& d : j["dropped"]) reasons += d["reason"].get<std::string>() + "\n";
  for (const char* kind : {"byline", "link teaser", "reader prompt", "photo or agency credit",
                           "heading or label"})
    CHECK(reasons.find(kind) != std::string::npos);
  CHECK(j["stats"]["words"].get<int>() <= 120);
}

TEST_CASE("seeds digest is byte-identical with 1 and 4 threads", "[seeds][determinism]") {
  for (const char* format : {"text", "json"}) {
    std::vector<std::string> args = {"digest", "--format", format, "--explain"};
    for (const auto& f : SeedFiles()) args.push_back(f);
    RunWithOneAndFourThreads(args);
  }
}

TEST_CASE("a DUC cluster digests deterministically across thread counts", "[data][determinism]") {
  const std::string jsonl = SharedDir() + "/data/duc2006/clusters.jsonl";
  std::string first_line = ReadFileOrDie(jsonl);
  first_line = first_line.substr(0, first_line.find('\n'));
  const std::string dir = TempDir();
  WriteFile(dir + "/cluster.json", first_line);
  std::vector<std::string> args = {"digest", "--format", "json", "--words", "250", dir + "/cluster.json"};
  auto j = nlohmann::json::parse(RunWithOneAndFourThreads(args).out);
  CHECK(j["stats"]["words"].get<int>() <= 250);
  CHECK(j["stats"]["articles"].get<int>() == 25);
}

// Big enough that analysis, the graph and LexRank all run in parallel.
TEST_CASE("a large merged cluster digests identically with 1 and 4 threads",
          "[data][determinism]") {
  std::istringstream lines(ReadFileOrDie(SharedDir() + "/data/duc2006/clusters.jsonl"));
  nlohmann::json merged = {{"cluster", "merged"}, {"docs", nlohmann::json::array()}};
  std::string line;
  for (int i = 0; i < 20 && std::getline(lines, line); ++i) {
    const nlohmann::json cluster = nlohmann::json::parse(line);
    for (const auto& doc : cluster["docs"]) merged["docs"].push_back(doc);
  }
  const std::string path = TempDir() + "/merged.json";
  WriteFile(path, merged.dump());
  std::vector<std::string> args = {"digest", "--format", "json", "--explain", path};
  CommandResult one = RunWithOneAndFourThreads(args);
  CHECK(nlohmann::json::parse(one.out)["stats"]["sentences"].get<int>() > 10000);
}

}  // namespace test
}  // namespace chorus
