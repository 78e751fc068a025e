// Plain-ASCII sentence breaks, as ICU's sentence iterator gives them (the
// contract and the rules are in ascii_sentences.h). Tests:
// tests/ascii_sentences_test.cc.

#include "ascii_sentences.h"

#include <cstring>
#include <limits>

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

}  // namespace

bool ScanAsciiSentenceBreaks(std::string_view text, std::vector<int32_t>* breaks) {
  if (text.size() >= static_cast<size_t>(std::numeric_limits<int32_t>::max())) return false;
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = 0; i < n; ++i)
    if (kClasses.of[s[i]] == kParaSep) return false;
  breaks->clear();
  auto cls = [&](size_t i) { return kClasses.of[s[i]]; };
  size_t i = 0;
  while (i < n) {
    const uint8_t c = cls(i);
    if (!IsTerm(c)) {
      ++i;
      continue;
    }
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
  return true;
}

}  // namespace internal
}  // namespace chorus
