// Plain-ASCII sentence breaks, as ICU's sentence iterator gives them (the
// contract and the rules are in ascii_sentences.h). Tests:
// tests/ascii_sentences_test.cc.

#include "ascii_sentences.h"

#include <bit>
#include <cstring>
#include <limits>

#include "byte_masks.h"

namespace chorus {
namespace internal {

namespace {

// Sentence_Break classes of the ASCII bytes (no OLetter, Format or Extend
// among them; CR and LF are refused before the scan).
enum : uint8_t {
  kOther = 0,
  kUpper,
  kLower,
  kNumeric,
  kATerm,      // '.'
  kSTerm,      // '!' '?'
  kClose,      // " ' ( ) [ ] { }
  kSp,         // tab, VT, FF, space
  kSContinue,  // , - :  (not ';' in ICU 72's data)
  kParaSep,    // CR, LF
};

struct ClassTable {
  uint8_t of[256] = {};
  constexpr ClassTable() {
    for (int c = 'A'; c <= 'Z'; ++c) of[c] = kUpper;
    for (int c = 'a'; c <= 'z'; ++c) of[c] = kLower;
    for (int c = '0'; c <= '9'; ++c) of[c] = kNumeric;
    of[static_cast<int>('.')] = kATerm;
    for (char c : {'!', '?'}) of[static_cast<unsigned char>(c)] = kSTerm;
    for (char c : {'"', '\'', '(', ')', '[', ']', '{', '}'})
      of[static_cast<unsigned char>(c)] = kClose;
    for (char c : {'\t', '\v', '\f', ' '}) of[static_cast<unsigned char>(c)] = kSp;
    for (char c : {',', '-', ':'}) of[static_cast<unsigned char>(c)] = kSContinue;
    for (char c : {'\r', '\n'}) of[static_cast<unsigned char>(c)] = kParaSep;
    for (int c = 0x80; c < 0x100; ++c) of[c] = kParaSep;  // refused too
  }
};
constexpr ClassTable kClasses;

bool IsLetter(uint8_t c) { return c == kUpper || c == kLower; }
bool IsTerm(uint8_t c) { return c == kATerm || c == kSTerm; }

// The breaks of a text of n bytes whose byte i has class cls(i) (every byte
// of a multi-byte code point has the code point's class; none of those is a
// letter or a terminator, so a byte-wise walk stops only on code point
// boundaries). next_term(i): the first j >= i with IsTerm(cls(j)), or n.
template <typename Cls, typename NextTerm>
void Scan(size_t n, Cls cls, NextTerm next_term, std::vector<int32_t>* breaks) {
  breaks->clear();
  size_t i = 0;
  while (i < n) {
    i = next_term(i);
    if (i >= n) break;
    const uint8_t c = cls(i);
    const size_t t = i;
    if (c == kATerm && t + 1 < n) {
      const uint8_t next = cls(t + 1);
      if (next == kNumeric) {  // SB6
        ++i;
        continue;
      }
      if (next == kUpper && t > 0 && IsLetter(cls(t - 1))) {  // SB7
        ++i;
        continue;
      }
    }
    size_t j = t + 1;
    while (j < n && cls(j) == kClose) ++j;  // SB9
    while (j < n && cls(j) == kSp) ++j;     // SB10
    if (j >= n) break;                      // the end is a break anyway
    const uint8_t d = cls(j);
    if (d == kSContinue || IsTerm(d)) {  // SB8a
      i = j;
      continue;
    }
    if (c == kATerm) {  // SB8
      size_t k = j;
      while (k < n && !IsLetter(cls(k)) && !IsTerm(cls(k))) ++k;
      if (k < n && cls(k) == kLower) {
        i = j;
        continue;
      }
    }
    breaks->push_back(static_cast<int32_t>(j));  // SB11
    i = j;
  }
  if (n > 0) breaks->push_back(static_cast<int32_t>(n));
}

// The class of the known code point at s[i] (a byte >= 0x80) and its length,
// or 0: U+2018 U+2019 U+201C U+201D are Close, U+2013 U+2014 SContinue,
// U+00A0 Sp, U+2026 Other (tests/ascii_sentences_test.cc checks them in ICU).
size_t KnownSequence(const unsigned char* s, size_t i, size_t n, uint8_t* cls) {
  if (s[i] == 0xC2 && i + 1 < n && s[i + 1] == 0xA0) {
    *cls = kSp;
    return 2;
  }
  if (s[i] != 0xE2 || i + 2 >= n || s[i + 1] != 0x80) return 0;
  switch (s[i + 2]) {
    case 0x98: case 0x99: case 0x9C: case 0x9D:
      *cls = kClose;
      return 3;
    case 0x93: case 0x94:
      *cls = kSContinue;
      return 3;
    case 0xA6:
      *cls = kOther;
      return 3;
    default:
      return 0;
  }
}

// The first offset of s[0, n) whose byte is CR, LF or >= 0x80, or n.
size_t FirstRefused(const unsigned char* s, size_t n) {
  size_t i = 0;
  const char* p = reinterpret_cast<const char*>(s);
  for (; i + 16 <= n; i += 16) {
    const Bytes16 w = Load16(p + i);
    const uint32_t hit = Mask16(w | Bytes16(w == '\r') | Bytes16(w == '\n'));
    if (hit != 0) return i + static_cast<size_t>(std::countr_zero(hit));
  }
  while (i < n && kClasses.of[s[i]] != kParaSep) ++i;
  return i;
}

// The first offset >= i of s[0, n) whose byte is '.', '!' or '?', or n.
size_t NextAsciiTerm(const unsigned char* s, size_t i, size_t n) {
  const char* p = reinterpret_cast<const char*>(s);
  for (; i + 16 <= n; i += 16) {
    const Bytes16 w = Load16(p + i);
    const uint32_t hit = Mask16(Bytes16(w == '.') | Bytes16(w == '!') | Bytes16(w == '?'));
    if (hit != 0) return i + static_cast<size_t>(std::countr_zero(hit));
  }
  while (i < n && !IsTerm(kClasses.of[s[i]])) ++i;
  return i;
}

}  // namespace

bool ScanAsciiSentenceBreaks(std::string_view text, std::vector<int32_t>* breaks) {
  if (text.size() >= static_cast<size_t>(std::numeric_limits<int32_t>::max())) return false;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  const size_t refused = FirstRefused(s, n);
  if (refused == n) {
    Scan(
        n, [&](size_t i) { return kClasses.of[s[i]]; },
        [&](size_t i) { return NextAsciiTerm(s, i, n); }, breaks);
    return true;
  }
  if (s[refused] < 0x80) return false;  // CR, LF
  // Known code points: each byte's class, a code point's bytes all its own.
  std::vector<uint8_t> classes(n);
  for (size_t i = 0; i < n;) {
    uint8_t c = kClasses.of[s[i]];
    size_t len = 1;
    if (c == kParaSep) {
      if (s[i] < 0x80) return false;
      len = KnownSequence(s, i, n, &c);
      if (len == 0) return false;
    }
    std::memset(classes.data() + i, c, len);
    i += len;
  }
  Scan(
      n, [&](size_t i) { return classes[i]; },
      [&](size_t i) {
        while (i < n && !IsTerm(classes[i])) ++i;
        return i;
      },
      breaks);
  return true;
}

}  // namespace internal
}  // namespace chorus
