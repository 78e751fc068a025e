// A cluster far larger than any DUC cluster (30,000 sentences of synthetic
// text, made here) goes through every stage, including the big-cluster
// paths of the graph, and gives the same bytes with 1 and 4 threads.
#include <catch2/catch.hpp>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "test_util.h"

namespace chorus {
namespace test {

namespace {

// A made-up word for id i: two to four syllables.
std::string Word(uint32_t i) {
  static constexpr const char* kSyllables[] = {"ka", "lo", "mi", "ren", "tu", "sa", "vel", "do",
                                               "pi", "nor", "ge", "shu", "ta", "bri", "mo", "ex"};
  std::string w = kSyllables[i % 16];
  for (i /= 16; i > 0; i /= 16) w += kSyllables[i % 16];
  return w + kSyllables[(i * 7 + w.size()) % 16];
}

// `articles` articles of `sentences` sentences each. Words follow a rough
// Zipf law over a 6,000-word vocabulary, so some terms are in thousands of
// sentences and most in a few; every article repeats a shared "story"
// sentence so that citations have something to find.
std::string SyntheticCluster(int articles, int sentences) {
  uint64_t state = 12345;
  auto next = [&state] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>(state >> 33);
  };
  nlohmann::json cluster = {{"cluster", "synthetic"}, {"docs", nlohmann::json::array()}};
  for (int a = 0; a < articles; ++a) {
    std::string text = "Officials in Kalomi confirmed the northern dam failed after the storm.\n\n";
    for (int s = 0; s < sentences; ++s) {
      const int words = 8 + static_cast<int>(next() % 14);
      std::string sentence;
      for (int k = 0; k < words; ++k) {
        const uint32_t r = next() % 6000;
        sentence += (k ? " " : "") + Word(r * r / 6000);  // skewed to small ids
      }
      sentence[0] = static_cast<char>(sentence[0] - 'a' + 'A');
      text += sentence + (s % 4 == 3 ? ".\n\n" : ". ");
    }
    cluster["docs"].push_back({{"id", "a" + std::to_string(a)}, {"text", text}});
  }
  return cluster.dump();
}

}  // namespace

TEST_CASE("a 30,000-sentence cluster: same bytes with 1 and 4 threads", "[e2e][big]") {
  const std::string dir = TempDir();
  WriteFile(dir + "/big.json", SyntheticCluster(300, 100));
  CommandResult r = RunWithOneAndFourThreads(
      {"digest", dir + "/big.json", "--format", "json", "--words", "250"});
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["stats"]["sentences"].get<int>() >= 30000);
  CHECK(j["sentences"].size() >= 5);
  // The shared sentence is central and cited by many articles.
  bool found = false;
  for (const auto& s : j["sentences"])
    if (s["text"].get<std::string>().starts_with("Officials in Kalomi")) {
      found = true;
      CHECK(s["sources"].size() >= 10);
    }
  CHECK(found);
}

}  // namespace test
}  // namespace chorus
