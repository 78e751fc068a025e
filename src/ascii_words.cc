// Plain-ASCII word spans, as ICU's root word iterator gives them (the
// contract and the rules are in ascii_words.h). Tests:
// tests/ascii_words_test.cc.

#include "ascii_words.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>

#include "byte_masks.h"

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


// Bit masks of 64 bytes of text, bit k for byte k.
struct Block {
  uint64_t word = 0;        // kWordChar
  uint64_t letter = 0;      // kLetter
  uint64_t digit = 0;       // kDigit
  uint64_t mid = 0;         // kMidLetterOrNum
  uint64_t mid_num = 0;     // kMidNum
  uint64_t high = 0;        // bytes >= 0x80
};

// The masks of p[0, 64), sixteen bytes at a time.
Block Classify(const char* p) {
  Block b;
  for (int q = 0; q < 4; ++q) {
    const Bytes16 v = Load16(p + 16 * q);
    const Bytes16 lower = v | 0x20;  // 'A'-'Z' -> 'a'-'z'; no other byte lands there
    const Bytes16 letter = Bytes16(Bytes16(lower - 'a') <= 25) | Bytes16(v == '@');
    const Bytes16 digit = Bytes16(Bytes16(v - '0') <= 9);
    const Bytes16 mid = Bytes16(v == '.') | Bytes16(v == '\'');
    const Bytes16 mid_num = Bytes16(v == ',') | Bytes16(v == ';');
    const int shift = 16 * q;
    b.letter |= uint64_t{Mask16(letter)} << shift;
    b.digit |= uint64_t{Mask16(digit)} << shift;
    b.word |= uint64_t{Mask16(letter | digit | Bytes16(v == '_'))} << shift;
    b.mid |= uint64_t{Mask16(mid)} << shift;
    b.mid_num |= uint64_t{Mask16(mid_num)} << shift;
    b.high |= uint64_t{Mask16(v)} << shift;
  }
  return b;
}

// The scan of a text without bytes >= 0x80 (else returns false), 64 bytes
// a block and no branch per byte: a byte is in a word when it is a word
// character or a middle character joined as Scan joins it (the bytes on
// both sides letters, or digits); words are the runs of such bytes, read
// off the masks' edges. Equivalent to Scan<false> (tests/ascii_words_test.cc).
bool ScanBlocks(std::string_view text, std::vector<WordSpan>* words) {
  words->clear();
  const size_t n = text.size();
  const size_t blocks = n / 64 + 1;  // the last ends past the text, so every word ends in one
  auto load = [&](size_t b) {
    if (b >= blocks) return Block{};
    if (64 * b + 64 <= n) return Classify(text.data() + 64 * b);
    char tail[64] = {};  // zero bytes: no class
    std::memcpy(tail, text.data() + 64 * b, n - 64 * b);
    return Classify(tail);
  };
  Block cur = load(0);
  uint64_t letter_last = 0, digit_last = 0, word_last = 0;  // bit 63 of the block before
  uint64_t underscores = 0;
  size_t open = 0;  // the first word whose end is not yet known
  for (size_t b = 0; b < blocks; ++b) {
    if (cur.high != 0) return false;
    const Block next = load(b + 1);
    const uint64_t letter_before = cur.letter << 1 | letter_last >> 63;
    const uint64_t letter_after = cur.letter >> 1 | next.letter << 63;
    const uint64_t digit_before = cur.digit << 1 | digit_last >> 63;
    const uint64_t digit_after = cur.digit >> 1 | next.digit << 63;
    const uint64_t in_word = cur.word | (cur.mid & letter_before & letter_after) |
                             ((cur.mid | cur.mid_num) & digit_before & digit_after);
    const uint64_t word_before = in_word << 1 | word_last >> 63;
    const auto base = static_cast<uint32_t>(64 * b);
    for (uint64_t starts = in_word & ~word_before; starts != 0; starts &= starts - 1)
      words->push_back({base + static_cast<uint32_t>(std::countr_zero(starts)), 0});
    for (uint64_t ends = ~in_word & word_before; ends != 0; ends &= ends - 1)
      (*words)[open++].end = base + static_cast<uint32_t>(std::countr_zero(ends));
    underscores |= cur.word & ~(cur.letter | cur.digit);
    letter_last = cur.letter;
    digit_last = cur.digit;
    word_last = in_word;
    cur = next;
  }
  if (underscores != 0)  // a lone '_' is no word
    std::erase_if(*words, [&](const WordSpan& w) {
      return w.end - w.begin == 1 && text[w.begin] == '_';
    });
  return true;
}

}  // namespace

bool ScanAsciiTermWords(std::string_view text, std::vector<WordSpan>* words, bool* ascii) {
  if (text.size() >= std::numeric_limits<uint32_t>::max()) return false;
  const bool plain = ScanBlocks(text, words);
  if (ascii != nullptr) *ascii = plain;
  return plain || Scan<true>(text, words);
}

bool ScanAsciiTermWordsByteWise(std::string_view text, std::vector<WordSpan>* words) {
  if (text.size() >= std::numeric_limits<uint32_t>::max()) return false;
  const bool plain = std::all_of(text.begin(), text.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return plain ? Scan<false>(text, words) : Scan<true>(text, words);
}

}  // namespace internal
}  // namespace chorus
