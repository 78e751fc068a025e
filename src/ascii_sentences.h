// A fast path for ICU's sentence iterator (UAX #29 sentence rules, ICU 72,
// locale "en") on plain-ASCII text without line breaks: the same break
// positions, byte for byte. For ASCII the rules reduce to: after a
// terminator ('.', '!', '?'), its closing punctuation (" ' ( ) [ ] { }) and
// spaces (tab, VT, FF, space), the text breaks unless
//   SB6  '.' is followed at once by a digit,
//   SB7  a letter, '.', then at once an uppercase letter,
//   SB8  after '.', the first letter or terminator that follows is lowercase,
//   SB8a the next character continues the sentence (, - :) or terminates.
// Besides ASCII it knows U+2018 ‘ U+2019 ’ U+201C “ U+201D ” (Close), U+2013 –
// U+2014 — (SContinue), U+00A0 NBSP (Sp) and U+2026 … (Other).
// Any other byte >= 0x80, CR or LF makes the scanner decline (then use ICU). The
// equivalence is tested against ICU in tests/ascii_sentences_test.cc and
// tests/fuzz/stages_fuzzer.cc.

#ifndef CHORUS_SRC_ASCII_SENTENCES_H_
#define CHORUS_SRC_ASCII_SENTENCES_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace chorus {
namespace internal {

// When `text` is all ASCII or the known code points, without CR or LF (and
// shorter than 2 GiB),
// replaces *breaks by the positions ICU's next() returns (the end of a
// non-empty text included, 0 excluded) and returns true; otherwise returns
// false and leaves *breaks unspecified.
bool ScanAsciiSentenceBreaks(std::string_view text, std::vector<int32_t>* breaks);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_ASCII_SENTENCES_H_
