// Stopword lists compiled into the library from models/stopwords/<lang>.txt.
#ifndef CHORUS_SRC_STOPWORDS_H_
#define CHORUS_SRC_STOPWORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "word_hash.h"

namespace chorus {
namespace internal {

struct BuiltinStopwordList {
  const char* language;  // Snowball language name
  const char* words;     // the file's text: one word per line, '#' comments
};
// Terminated by {nullptr, nullptr}. Defined in the generated stopword_lists.cc.
extern const BuiltinStopwordList kBuiltinStopwordLists[];

// A set of case-folded stopwords. Immutable after construction.
class StopwordSet {
 public:
  // The built-in list for `language`; empty when there is none.
  explicit StopwordSet(std::string_view language);
  // Parsed from the text of a list (one word per line, '#' comments).
  static StopwordSet FromText(std::string_view text);

  // A word whose filter bit is clear (most words that are not in the set:
  // one bit by its length and first, second and last bytes) is ruled out
  // without hashing or probing.
  bool contains(std::string_view folded_word) const {
    const uint32_t bit = FilterBit(folded_word);
    if ((filter_[bit >> 6] >> (bit & 63) & 1) == 0) return false;
    return words_.find(folded_word) != words_.end();
  }
  size_t size() const { return words_.size(); }

 private:
  StopwordSet() = default;
  static constexpr int kFilterLog = 12;  // 4,096 bits
  static uint32_t FilterBit(std::string_view w) {
    if (w.empty()) return 0;
    const uint32_t n = w.size() < 63 ? static_cast<uint32_t>(w.size()) : 63;
    const uint32_t x = n | static_cast<uint32_t>(static_cast<unsigned char>(w[0])) << 6 |
                       static_cast<uint32_t>(static_cast<unsigned char>(w[n > 1])) << 14 |
                       static_cast<uint32_t>(static_cast<unsigned char>(w.back())) << 22;
    return (x * 0x9E3779B1u) >> (32 - kFilterLog);
  }
  void Add(std::string_view word);
  uint64_t filter_[(1 << kFilterLog) / 64] = {};
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return WordHash(s);
    }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
};

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_STOPWORDS_H_
