#include "text_util.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include "byte_masks.h"

namespace chorus {
namespace internal {

namespace {

// Length of the whitespace character starting at text[i], or 0 if the
// character there is not whitespace. Recognizes ASCII whitespace and the
// UTF-8 encodings of U+0085, U+00A0, U+1680, U+2000..U+200A, U+2028,
// U+2029, U+202F, U+205F and U+3000.
size_t SpaceLength(std::string_view text, size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (IsAsciiSpace(c)) return 1;
  auto at = [&](size_t k) {
    return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
  };
  if (c == 0xC2 && (at(1) == 0x85 || at(1) == 0xA0)) return 2;
  if (c == 0xE1 && at(1) == 0x9A && at(2) == 0x80) return 3;
  if (c == 0xE2 && at(1) == 0x80 &&
      (at(2) <= 0x8A || at(2) == 0xA8 || at(2) == 0xA9 || at(2) == 0xAF))
    return 3;
  if (c == 0xE2 && at(1) == 0x81 && at(2) == 0x9F) return 3;
  if (c == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return 3;
  return 0;
}

// True when text[i] starts no whitespace character (a byte inside a
// multi-byte character never does).
bool NotSpaceAt(std::string_view text, size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  return c < 0x80 ? !IsAsciiSpace(c) : SpaceLength(text, i) == 0;
}

// The first offset from `i` whose byte is not in 0x21..0x7F (ASCII but not
// whitespace) and is not a space followed by such a byte, or text.size():
// a stretch of plain ASCII words with single spaces between them. Sixteen
// bytes at a time (and the sixteen after each byte, read one byte further
// on).
size_t PlainAsciiEnd(std::string_view text, size_t i) {
  const char* p = text.data();
  for (; i + 17 <= text.size(); i += 16) {
    const Bytes16 w = Load16(p + i), next = Load16(p + i + 1);
    const Bytes16 below21 = Bytes16(w < 0x21), space = Bytes16(w == ' ');
    const Bytes16 next_plain = Bytes16(Bytes16(next - 0x21) < 0x5F);
    // Bytes >= 0x80 (their high bit), and whitespace or controls other than
    // a space before a plain byte.
    const uint32_t hit = Mask16(w | (below21 & ~(space & next_plain)));
    if (hit != 0) return i + static_cast<size_t>(std::countr_zero(hit));
  }
  while (i < text.size() && static_cast<unsigned char>(text[i] - 0x21) < 0x5F) ++i;
  return i;
}

// End of the stretch from `i` (not whitespace) that is already collapsed:
// non-whitespace bytes and single ASCII spaces between them.
size_t CollapsedStretchEnd(std::string_view text, size_t i) {
  const size_t n = text.size();
  while (i < n) {
    i = PlainAsciiEnd(text, i);
    if (i == n) break;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80 && !IsAsciiSpace(c)) {
      ++i;  // the common case first
    } else if (c == ' ') {
      if (i + 1 == n || !NotSpaceAt(text, i + 1)) break;
      i += 2;
    } else if (c >= 0x80 && SpaceLength(text, i) == 0) {
      ++i;
    } else {
      break;
    }
  }
  return i;
}

}  // namespace

// Copies whole stretches that need no change (most sentences are one), and
// replaces each other run of whitespace by one space.
std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  for (size_t n; i < text.size() && (n = SpaceLength(text, i)) > 0;) i += n;
  while (i < text.size()) {
    const size_t end = CollapsedStretchEnd(text, i);
    out.append(text.data() + i, end - i);
    i = end;
    for (size_t n; i < text.size() && (n = SpaceLength(text, i)) > 0;) i += n;
    if (i < text.size()) out.push_back(' ');
  }
  return out;
}

bool IsCollapsed(std::string_view text) {
  return text.empty() || (SpaceLength(text, 0) == 0 && CollapsedStretchEnd(text, 0) == text.size());
}

size_t CountWords(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    size_t n = c < 0x80 && !IsAsciiSpace(c) ? 0 : SpaceLength(text, i);
    if (n > 0) {
      in_word = false;
      i += n;
    } else {
      if (!in_word) ++words;
      in_word = true;
      ++i;
    }
  }
  return words;
}

// Counts the spaces sixteen bytes at a time: each test gives 0xFF (-1) per
// space, subtracted into per-byte counters that are summed every 31 rounds
// (a byte then holds at most 31, eight of them at most 248: one multiply
// adds them) and at the end; the last bytes are the end of one more load,
// overlapping, with the bytes already counted masked off.
size_t CountCollapsedWords(std::string_view collapsed) {
  const char* p = collapsed.data();
  const size_t n = collapsed.size();
  if (n < 16) {
    size_t spaces = 0;
    for (size_t i = 0; i < n; ++i) spaces += p[i] == ' ';
    return n == 0 ? 0 : 1 + spaces;
  }
  size_t spaces = 0, i = 0;
  auto sum = [&spaces](Bytes16 counts) {
    uint64_t low, high;
    std::memcpy(&low, &counts, 8);
    std::memcpy(&high, reinterpret_cast<const char*>(&counts) + 8, 8);
    spaces += static_cast<size_t>((low * 0x0101010101010101ULL) >> 56) +
              static_cast<size_t>((high * 0x0101010101010101ULL) >> 56);
  };
  Bytes16 counts = {};
  for (int round = 0; i + 16 <= n; i += 16) {
    counts -= Bytes16(Load16(p + i) == ' ');
    if (++round == 31) {
      sum(counts);
      counts = Bytes16{};
      round = 0;
    }
  }
  if (i < n) {  // bytes [i, n) are the last n - i of the 16 from n - 16
    static constexpr Bytes16 kIndex = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};
    const Bytes16 fresh = Bytes16(kIndex >= static_cast<uint8_t>(16 - (n - i)));
    counts -= Bytes16(Load16(p + n - 16) == ' ') & fresh;
  }
  sum(counts);
  return 1 + spaces;
}

size_t CountOccurrences(std::string_view text, std::string_view needle) {
  size_t n = 0;
  for (size_t i = text.find(needle); i != std::string_view::npos;
       i = text.find(needle, i + needle.size()))
    ++n;
  return n;
}

bool IsMonthName(std::string_view w) {
  static constexpr std::string_view kMonths[] = {
      "jan", "january", "feb", "february", "mar",  "march", "apr",       "april",
      "may", "jun",     "june", "jul",     "july", "aug",   "august",    "sep",
      "sept", "september", "oct", "october", "nov", "november", "dec", "december"};
  if (w.size() < 3 || w.size() > 9) return false;
  for (std::string_view m : kMonths)
    if (EqualsIgnoringAsciiCase(w, m)) return true;
  return false;
}

bool IsBlank(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const size_t n = SpaceLength(text, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

bool EndsWithSentencePunctuation(std::string_view text, bool colon_counts) {
  // The common case: the last byte is ASCII, not whitespace and not the end
  // of a closer, so nothing is stripped and it alone decides.
  if (!text.empty()) {
    const char c = text.back();
    if (static_cast<unsigned char>(c) < 0x80 && !IsAsciiSpace(static_cast<unsigned char>(c)) &&
        std::string_view(")]}\"'").find(c) == std::string_view::npos)
      return c == '.' || c == '!' || c == '?' || (colon_counts && c == ':');
  }
  return EndsWithSentencePunctuationStripping(text, colon_counts);
}

bool EndsWithSentencePunctuationStripping(std::string_view text, bool colon_counts) {
  static constexpr std::string_view kClosers[] = {
      ")", "]", "}", "\"", "'", "\u2019", "\u201D", "\u00BB", "\u203A"};
  size_t end = text.size();
  for (bool stripped = true; stripped;) {
    stripped = false;
    while (end > 0 && IsAsciiSpace(static_cast<unsigned char>(text[end - 1]))) --end, stripped = true;
    for (std::string_view c : kClosers)
      if (text.substr(0, end).ends_with(c)) {
        end -= c.size();
        stripped = true;
      }
  }
  const std::string_view t = text.substr(0, end);
  return t.ends_with('.') || t.ends_with('!') || t.ends_with('?') || t.ends_with("\u2026") ||
         (colon_counts && t.ends_with(':'));
}

void TrimSpan(std::string_view text, size_t* begin, size_t* end) {
  while (*begin < *end) {
    size_t n = SpaceLength(text.substr(0, *end), *begin);
    if (n == 0) break;
    *begin += n;
  }
  while (*end > *begin) {
    // Step back over one character (UTF-8 continuation bytes are 10xxxxxx).
    size_t start = *end - 1;
    while (start > *begin &&
           (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
      --start;
    if (SpaceLength(text.substr(0, *end), start) != *end - start) break;
    *end = start;
  }
}

}  // namespace internal
}  // namespace chorus
