// StopwordSet::contains (a filter bit, then the hash set) against a plain
// std::set of the same list's words, parsed the obvious way.
#include "stopwords.h"

#include <catch2/catch.hpp>
#include <random>
#include <set>
#include <sstream>
#include <string>

namespace chorus {
namespace internal {
namespace {

std::set<std::string> ReferenceWords(const std::string& text) {
  std::set<std::string> words;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    line = line.substr(0, line.find('#'));
    const size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos) continue;
    const size_t last = line.find_last_not_of(" \t\r");
    words.insert(line.substr(first, last - first + 1));
  }
  return words;
}

// Near misses of each word (a byte changed, added or dropped), random
// lowercase strings of 0-14 bytes and a few non-ASCII ones.
std::vector<std::string> Probes(const std::set<std::string>& words) {
  std::mt19937 rng(7);
  std::vector<std::string> probes = {"", "a", "\xC3\xA9", "th\xC3\xA9", std::string(70, 'x')};
  for (const std::string& w : words) {
    probes.push_back(w);
    probes.push_back(w + "s");
    probes.push_back(w.substr(1));
    if (!w.empty()) probes.push_back(w.substr(0, w.size() - 1));
    for (size_t i = 0; i < w.size(); ++i) {
      std::string v = w;
      v[i] = static_cast<char>('a' + rng() % 26);
      probes.push_back(v);
    }
  }
  for (int k = 0; k < 200000; ++k) {
    std::string s(rng() % 15, 'a');
    for (char& c : s) c = static_cast<char>('a' + rng() % 26);
    probes.push_back(s);
  }
  return probes;
}

}  // namespace

TEST_CASE("stopword sets answer as a plain set of their words", "[analyze]") {
  int lists = 0;
  for (const BuiltinStopwordList* l = kBuiltinStopwordLists; l->language; ++l, ++lists) {
    const std::set<std::string> ref = ReferenceWords(l->words);
    const StopwordSet set(l->language);
    CHECK(set.size() == ref.size());
    size_t mismatches = 0, found = 0;
    for (const std::string& p : Probes(ref)) {
      const bool in = ref.count(p) > 0;
      found += in;
      if (set.contains(p) != in) ++mismatches;
    }
    INFO(l->language);
    CHECK(mismatches == 0);
    CHECK(found >= ref.size());
  }
  CHECK(lists > 0);
  const StopwordSet custom = StopwordSet::FromText(" x \n#c\nlong-word-here # tail\n\n\xC3\xA9t\xC3\xA9\n");
  CHECK(custom.size() == 3);
  CHECK(custom.contains("x"));
  CHECK(custom.contains("long-word-here"));
  CHECK(custom.contains("\xC3\xA9t\xC3\xA9"));
  CHECK(!custom.contains(""));
  CHECK(!custom.contains("y"));
  CHECK(!StopwordSet("no-such-language").contains(""));
}

}  // namespace internal
}  // namespace chorus
