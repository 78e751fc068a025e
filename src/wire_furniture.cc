// Wire furniture rules (wire_furniture.h). Tests: tests/wire_furniture_test.cc.

#include "wire_furniture.h"

#include <initializer_list>

#include "text_util.h"

namespace chorus {
namespace internal {

namespace {

// The slug and date end at s[end) (the space before a dash): "SLUG, M-D"
// with one or two digits each side of '-', the slug at least two letters
// and no lowercase letter, from the previous dash (or the line's start).
// `hyphen` is the index of the date's '-'.
bool SlugAndDateAround(std::string_view s, size_t hyphen) {
  size_t i = hyphen + 1, digits = 0;
  while (i < s.size() && IsAsciiDigit(s[i])) ++i, ++digits;
  if (digits < 1 || digits > 2) return false;
  if (s.substr(i, 4) != " -- " && s.substr(i, 3) != " _ ") return false;
  i = hyphen;
  digits = 0;
  while (i > 0 && IsAsciiDigit(s[i - 1])) --i, ++digits;
  if (digits < 1 || digits > 2 || i < 2 || s[i - 1] != ' ' || s[i - 2] != ',') return false;
  i -= 2;  // the slug ends at s[i)
  size_t letters = 0;
  while (i > 0) {
    const char c = s[i - 1];
    if (c == ' ' && ((i >= 3 && s.substr(i - 3, 2) == "--") || (i >= 2 && s[i - 2] == '_'))) break;
    if (IsAsciiLower(c)) return false;
    if (!(IsAsciiUpper(c) || IsAsciiDigit(c) || c == '-' || c == '&' || c == ' ')) return false;
    letters += IsAsciiUpper(c);
    --i;
  }
  return letters >= 2;
}

bool OpensWithTransmissionTag(std::string_view s) {
  if (s.size() < 5 || s[0] != '(' || !IsAsciiUpper(s[1])) return false;
  size_t i = 1;
  while (i < s.size() && IsAsciiUpper(s[i])) ++i;
  const size_t letters_end = i;
  while (i < s.size() && IsAsciiDigit(s[i])) ++i;
  return i > letters_end && i + 1 < s.size() && s[i] == ')' && s[i + 1] == ' ';
}

}  // namespace

namespace {

// Exactly `n` digits end at s[end) (none before them).
bool DigitsEndAt(std::string_view s, size_t end, size_t n) {
  if (end < n) return false;
  for (size_t k = end - n; k < end; ++k)
    if (!IsAsciiDigit(s[k])) return false;
  return end == n || !IsAsciiDigit(s[end - n - 1]);
}

// "NNN-NNN-NNNN", "(NNN) NNN-NNNN", "NNN NNN-NNNN" with `hyphen` the last
// '-': exactly four digits after it, three before it, and an area code of
// three digits before those.
bool TelephoneAround(std::string_view s, size_t hyphen) {
  size_t after = hyphen + 1;
  while (after < s.size() && IsAsciiDigit(s[after])) ++after;
  if (after - hyphen - 1 != 4 || !DigitsEndAt(s, hyphen, 3) || hyphen < 7) return false;
  const size_t b = hyphen - 3;  // the exchange starts at s[b]
  if ((s[b - 1] == '-' || s[b - 1] == ' ') && DigitsEndAt(s, b - 1, 3)) return true;
  return s[b - 1] == ' ' && s[b - 2] == ')' && DigitsEndAt(s, b - 2, 3) && b >= 6 &&
         s[b - 6] == '(';
}

}  // namespace

const char* WireFurnitureReason(std::string_view s) {
  if (OpensWithTransmissionTag(s)) return "wire photo caption or tag";
  // One pass over the hyphens (memchr): a slug's date "10-28" and a
  // telephone number each hold one between digits.
  for (size_t i = s.find('-', 1); i != std::string_view::npos && i + 1 < s.size();
       i = s.find('-', i + 1)) {
    if (!IsAsciiDigit(s[i - 1]) || !IsAsciiDigit(s[i + 1])) continue;
    if (SlugAndDateAround(s, i)) return "wire photo caption or tag";
    if (TelephoneAround(s, i)) return "contact details (a telephone number)";
  }
  return nullptr;
}

bool IsWireCaption(std::string_view s) {
  const char* reason = WireFurnitureReason(s);
  return reason != nullptr && reason[0] == 'w';
}

bool HasTelephoneNumber(std::string_view s) {
  const char* reason = WireFurnitureReason(s);
  return reason != nullptr && reason[0] == 'c';
}

bool IsEditorsNote(std::string_view s) {
  const size_t i = s.empty() || s[0] != '(' ? 0 : 1;
  const size_t colon = s.find(':', i);
  if (colon == std::string_view::npos || colon - i > 20) return false;
  const std::string_view label = s.substr(i, colon - i);
  for (std::string_view l : {"eds", "ed", "editor", "editors", "editor's note", "editors' note",
                             "editors note", "note to editors", "attention editors",
                             "editors please note", "please note"})
    if (EqualsIgnoringAsciiCase(label, l)) return true;
  return false;
}

}  // namespace internal
}  // namespace chorus
