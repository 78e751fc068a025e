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

// The few non-ASCII code points of news text the scanner knows (UTF-8 byte
// sequences), each with ICU 72's Word_Break class as it matters here:
// U+2018 and U+2019 are MidNumLet (they join like '.'); U+00A0 NBSP,
// U+2013 and U+2014 dashes, U+201C and U+201D quotation marks and U+2026
// ellipsis are none of the joining classes (nor Extend or Format), so they
// stand alone. tests/ascii_words_test.cc checks these classes in ICU.
// Returns the sequence's length at s[i] (a byte >= 0x80) and sets *cls, or 0
// for any other sequence.
size_t KnownSequence(const unsigned char* s, size_t i, size_t n, uint8_t* cls) {
  if (s[i] == 0xC2 && i + 1 < n && s[i + 1] == 0xA0) {
    *cls = kOther;
    return 2;
  }
  if (s[i] != 0xE2 || i + 2 >= n || s[i + 1] != 0x80) return 0;
  switch (s[i + 2]) {
    case 0x98: case 0x99:
      *cls = kMidLetterOrNum;
      return 3;
    case 0x93: case 0x94: case 0x9C: case 0x9D: case 0xA6:
      *cls = kOther;
      return 3;
    default:
      return 0;
  }
}

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

// The scan; kKnown: the text may hold bytes >= 0x80 (else it is all ASCII,
// checked before, and the scan needs no test for them).
template <bool kKnown>
bool Scan(std::string_view text, std::vector<WordSpan>* words) {
  words->clear();
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if ((kClasses.of[s[i]] & kWordChar) == 0) {
      if (!kKnown || s[i] < 0x80) {
        ++i;
        continue;
      }
      uint8_t cls;
      const size_t len = KnownSequence(s, i, n, &cls);
      if (len == 0) return false;
      i += len;
      continue;
    }
    const size_t begin = i++;
    while (i < n) {
      uint8_t c = kClasses.of[s[i]];
      if (c & kWordChar) {
        ++i;
        continue;
      }
      size_t len = 1;
      if (kKnown && s[i] >= 0x80) {
        len = KnownSequence(s, i, n, &c);
        if (len == 0) return false;
      }
      // A middle character joins only between two letters (WB6/7) or two
      // digits (WB11/12), judged by the code point before it and the one
      // after (no class of the known sequences is a letter or a digit, so
      // a lead or continuation byte of one counts as neither).
      if (i + len >= n || (c & (kMidLetterOrNum | kMidNum)) == 0) break;
      const uint8_t before = kClasses.of[s[i - 1]], after = kClasses.of[s[i + len]];
      const bool letters = before == kLetter && after == kLetter && c == kMidLetterOrNum;
      const bool digits = before == kDigit && after == kDigit;
      if (!letters && !digits) break;
      i += len + 1;
    }
    if (i - begin > 1 || s[begin] != '_')
      words->push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(i)});
  }
  return true;
}

}  // namespace

bool ScanAsciiTermWords(std::string_view text, std::vector<WordSpan>* words, bool* ascii) {
  if (text.size() >= std::numeric_limits<uint32_t>::max()) return false;
  const bool plain = IsAscii(text);
  if (ascii != nullptr) *ascii = plain;
  return plain ? Scan<false>(text, words) : Scan<true>(text, words);
}

}  // namespace internal
}  // namespace chorus
