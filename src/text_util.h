// Small text helpers shared by the pipeline stages and the formatters.
#ifndef CHORUS_SRC_TEXT_UTIL_H_
#define CHORUS_SRC_TEXT_UTIL_H_

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace chorus {
namespace internal {

// True for the ASCII whitespace bytes (space, \t, \n, \v, \f, \r).
inline bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// ASCII character classes on a byte, whatever the locale; bytes of UTF-8
// sequences (>= 0x80) are in none of them.
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsAsciiAlnum(char c) { return IsAsciiDigit(c) || IsAsciiAlpha(c); }
inline char AsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c + 32) : c; }

// True when `w` equals `lower` (written in lowercase) but for the ASCII
// case of `w`'s letters.
inline bool EqualsIgnoringAsciiCase(std::string_view w, std::string_view lower) {
  if (w.size() != lower.size()) return false;
  for (size_t k = 0; k < w.size(); ++k)
    if (AsciiLower(w[k]) != lower[k]) return false;
  return true;
}

// True when `w` is one of the words of `list` (a table such as
// `constexpr std::string_view kWords[] = {...}`, or a braced list),
// compared exactly.
template <size_t N>
bool OneOf(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view x : list)
    if (x == w) return true;
  return false;
}
inline bool OneOf(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list)
    if (x == w) return true;
  return false;
}

// OneOf, ignoring the ASCII case of `w` (the list is lowercase).
template <size_t N>
bool OneOfIgnoringCase(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view x : list)
    if (EqualsIgnoringAsciiCase(w, x)) return true;
  return false;
}
inline bool OneOfIgnoringCase(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list)
    if (EqualsIgnoringAsciiCase(w, x)) return true;
  return false;
}

// True when `w`, in any ASCII case, is an English month's name or its
// abbreviation: "jan", "january", ..., "sep", "sept", "september", ...
// Callers strip the punctuation around it ("Jan." → "Jan") and check the
// case they want (the dateline and list-item readers).
bool IsMonthName(std::string_view w);

// Replaces every run of whitespace (ASCII whitespace, U+00A0, U+2028/2029
// and the other Unicode space separators) by one ASCII space and trims both
// ends. Input must be valid UTF-8.
std::string CollapseWhitespace(std::string_view text);

// True when CollapseWhitespace(text) == text: no whitespace at either end,
// and none but single ASCII spaces inside (one scan, no copy).
bool IsCollapsed(std::string_view text);

// Number of whitespace-separated words, counted as CollapseWhitespace sees
// them.
size_t CountWords(std::string_view text);

// CountWords of a text CollapseWhitespace returned: its words are separated
// by single ASCII spaces and it has none at either end, so this only counts
// spaces.
size_t CountCollapsedWords(std::string_view collapsed);

// Non-overlapping occurrences of `needle` (non-empty) in `text`.
size_t CountOccurrences(std::string_view text, std::string_view needle);

// True when `text` holds only whitespace (as CollapseWhitespace sees it).
bool IsBlank(std::string_view text);

// True when `text`, after trailing whitespace and closing quotes/brackets
// () ] } " ' ’ ” » ›), ends with . ! ? or … — or with ':' when
// `colon_counts`. The one definition of "ends like a sentence" for the
// loader's title rule, paragraph joining and the noise rules.
bool EndsWithSentencePunctuation(std::string_view text, bool colon_counts = false);
// The same without the fast path for a last byte that decides alone:
// strips whitespace and closers one by one. Exposed for the differential
// test of the fast path (tests/noise_filter_test.cc).
bool EndsWithSentencePunctuationStripping(std::string_view text, bool colon_counts);

// Trims whitespace (as CollapseWhitespace) from both ends of [*begin, *end).
void TrimSpan(std::string_view text, size_t* begin, size_t* end);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_TEXT_UTIL_H_
