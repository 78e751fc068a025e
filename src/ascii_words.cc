// Plain-ASCII word spans, as ICU's root word iterator gives them (the
// contract and the rules are in ascii_words.h). Tests:
// tests/ascii_words_test.cc.

#include "ascii_words.h"

#include <cstring>
#include <limits>

namespace chorus {
namespace internal {

namespace {

// Word_Break classes of the ASCII bytes that matter; everything else is
// kOther (a segment of its own, never a term).
enum : uint8_t {
  kOther = 0,
  kLetter = 1,      // ALetter: [A-Za-z@]
  kDigit = 2,       // Numeric
  kUnderscore = 4,  // ExtendNumLet
  kMidLetterOrNum = 8,  // '.' (MidNumLet), '\'' (Single_Quote): between letters or digits
  kMidNum = 16,         // ',' ';' (MidNum): between digits only
};
constexpr uint8_t kWordChar = kLetter | kDigit | kUnderscore;

struct ClassTable {
  uint8_t of[256] = {};
  constexpr ClassTable() {
    for (int c = 'a'; c <= 'z'; ++c) of[c] = kLetter;
    for (int c = 'A'; c <= 'Z'; ++c) of[c] = kLetter;
    of[static_cast<int>('@')] = kLetter;  // ICU (CLDR) adds '@' to ALetter
    for (int c = '0'; c <= '9'; ++c) of[c] = kDigit;
    of[static_cast<int>('_')] = kUnderscore;
    of[static_cast<int>('.')] = kMidLetterOrNum;
    of[static_cast<int>('\'')] = kMidLetterOrNum;
    of[static_cast<int>(',')] = kMidNum;
    of[static_cast<int>(';')] = kMidNum;
  }
};
constexpr ClassTable kClasses;

bool IsAscii(std::string_view text) {
  // Eight bytes at a time: any high bit means a non-ASCII byte.
  size_t i = 0;
  uint64_t any = 0;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, text.data() + i, 8);
    any |= chunk;
  }
  for (; i < text.size(); ++i) any |= static_cast<unsigned char>(text[i]);
  return (any & 0x8080808080808080ULL) == 0;
}

}  // namespace

bool ScanAsciiTermWords(std::string_view text, std::vector<WordSpan>* words) {
  if (text.size() >= std::numeric_limits<uint32_t>::max() || !IsAscii(text)) return false;
  words->clear();
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if ((kClasses.of[s[i]] & kWordChar) == 0) {
      ++i;
      continue;
    }
    const size_t begin = i++;
    while (i < n) {
      const uint8_t c = kClasses.of[s[i]];
      if (c & kWordChar) {
        ++i;
        continue;
      }
      // A middle character joins only between two letters (WB6/7) or two
      // digits (WB11/12), judged by the byte before it and the one after.
      if (i + 1 >= n || (c & (kMidLetterOrNum | kMidNum)) == 0) break;
      const uint8_t before = kClasses.of[s[i - 1]], after = kClasses.of[s[i + 1]];
      const bool letters = before == kLetter && after == kLetter && c == kMidLetterOrNum;
      const bool digits = before == kDigit && after == kDigit;
      if (!letters && !digits) break;
      i += 2;
    }
    if (i - begin > 1 || s[begin] != '_')
      words->push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(i)});
  }
  return true;
}

}  // namespace internal
}  // namespace chorus
