// A fast path for ICU's word segmentation of plain-ASCII text: the spans of
// the words that ICU 72's root word iterator (UAX #29 word rules as ICU
// tailors them) gives a rule status in [UBRK_WORD_NUMBER,
// UBRK_WORD_IDEO_LIMIT), i.e. the words the analyzer keeps, byte for byte
// the same spans. For ASCII the rules reduce to:
//   ALetter [A-Za-z@] (ICU adds '@'), Numeric [0-9], ExtendNumLet '_' join each other in
//   any order (WB5, WB8-WB10, WB13a/b); MidNumLet '.' and Single_Quote '\''
//   join letter to letter (WB6/7); MidNum ',' ';', '.' and '\'' join digit
//   to digit (WB11/12). ICU removes ':' from MidLetter, so it never joins.
//   Every other byte stands alone with status none; so does a lone '_'.
// Besides ASCII, the scanner knows a few code points of news text:
//   U+2018 ‘ and U+2019 ’ (MidNumLet: they join like '.'), and U+00A0 NBSP,
//   U+2013 – U+2014 —, U+201C “ U+201D ”, U+2026 … (none of the joining
//   classes: they stand alone).
// Any other byte >= 0x80 makes the scanner decline (then use ICU). The
// equivalence is tested against ICU in tests/ascii_words_test.cc and
// tests/fuzz/stages_fuzzer.cc.

#ifndef CHORUS_SRC_ASCII_WORDS_H_
#define CHORUS_SRC_ASCII_WORDS_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace chorus {
namespace internal {

struct WordSpan {
  uint32_t begin = 0;  // byte offsets into the text
  uint32_t end = 0;
};

// When `text` is all ASCII or the known code points above (and shorter than
// 4 GiB), replaces *words by the
// spans of its term words in text order and returns true; otherwise returns
// false and leaves *words unspecified. When `ascii` is given, sets *ascii to
// whether the text is all ASCII (before any return but the size check).
bool ScanAsciiTermWords(std::string_view text, std::vector<WordSpan>* words,
                        bool* ascii = nullptr);

// The same, byte by byte (the obvious reading of the rules above, which
// ScanAsciiTermWords does 64 bytes at a time on plain ASCII): exposed for
// the differential test.
bool ScanAsciiTermWordsByteWise(std::string_view text, std::vector<WordSpan>* words);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_ASCII_WORDS_H_
