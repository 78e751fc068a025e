// FirstCopies against std::map on random texts with many repeats.

#include "first_copies.h"

#include <catch2/catch.hpp>
#include <map>
#include <random>
#include <string>

namespace chorus {
namespace internal {

TEST_CASE("first copies match a std::map of first indices", "[first_copies]") {
  std::mt19937 rng(11);
  for (int round = 0; round < 200; ++round) {
    std::uniform_int_distribution<int> count(0, 300), len(0, 20), letter(0, 2);
    const int n = count(rng);
    std::vector<std::string> texts;
    for (int k = 0; k < n; ++k) {
      std::string t;
      for (int l = len(rng); l > 0; --l) t += static_cast<char>('a' + letter(rng));
      texts.push_back(t);
    }
    FirstCopies copies(texts.size());
    std::map<std::string, size_t> first;
    for (size_t k = 0; k < texts.size(); ++k) {
      const size_t want = first.try_emplace(texts[k], k).first->second;
      CHECK(copies.FindOrAdd(texts[k], k, [&](size_t j) -> std::string_view { return texts[j]; }) ==
            want);
    }
  }
}

}  // namespace internal
}  // namespace chorus
