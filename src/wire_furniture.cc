// Wire furniture rules (wire_furniture.h). Tests: tests/noise_filter_test.cc.

#include "wire_furniture.h"

#include <initializer_list>

namespace chorus {
namespace internal {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

bool EqualsIgnoringCase(std::string_view w, std::string_view lower) {
  if (w.size() != lower.size()) return false;
  for (size_t k = 0; k < w.size(); ++k) {
    const char c = IsUpper(w[k]) ? static_cast<char>(w[k] + 32) : w[k];
    if (c != lower[k]) return false;
  }
  return true;
}

// s[i, ...) starts with a dash separator word: " -- " or " _ " (i at the
// space before it); returns its length, or 0.
size_t DashAt(std::string_view s, size_t i) {
  for (std::string_view d : {" -- ", " _ "})
    if (s.substr(i, d.size()) == d) return d.size();
  return 0;
}

// The slug and date end at s[end) (the space before a dash): "SLUG, M-D"
// with one or two digits each side of '-', the slug at least two letters
// and no lowercase letter, from the previous dash (or the line's start).
bool SlugAndDateBefore(std::string_view s, size_t end) {
  size_t i = end;
  size_t digits = 0;
  while (i > 0 && IsDigit(s[i - 1])) --i, ++digits;
  if (digits < 1 || digits > 2 || i == 0 || s[i - 1] != '-') return false;
  --i;
  digits = 0;
  while (i > 0 && IsDigit(s[i - 1])) --i, ++digits;
  if (digits < 1 || digits > 2 || i < 2 || s[i - 1] != ' ' || s[i - 2] != ',') return false;
  i -= 2;  // the slug ends at s[i)
  size_t letters = 0;
  while (i > 0) {
    const char c = s[i - 1];
    if (c == ' ' && ((i >= 3 && s.substr(i - 3, 2) == "--") || (i >= 2 && s[i - 2] == '_'))) break;
    if (IsLower(c)) return false;
    if (!(IsUpper(c) || IsDigit(c) || c == '-' || c == '&' || c == ' ')) return false;
    letters += IsUpper(c);
    --i;
  }
  return letters >= 2;
}

bool OpensWithTransmissionTag(std::string_view s) {
  if (s.size() < 5 || s[0] != '(' || !IsUpper(s[1])) return false;
  size_t i = 1;
  while (i < s.size() && IsUpper(s[i])) ++i;
  const size_t letters_end = i;
  while (i < s.size() && IsDigit(s[i])) ++i;
  return i > letters_end && i + 1 < s.size() && s[i] == ')' && s[i + 1] == ' ';
}

}  // namespace

bool IsWireCaption(std::string_view s) {
  if (OpensWithTransmissionTag(s)) return true;
  for (size_t i = s.find(" -"); i != std::string_view::npos; i = s.find(" -", i + 1))
    if (DashAt(s, i) && SlugAndDateBefore(s, i)) return true;
  for (size_t i = s.find(" _ "); i != std::string_view::npos; i = s.find(" _ ", i + 1))
    if (SlugAndDateBefore(s, i)) return true;
  return false;
}

bool IsEditorsNote(std::string_view s) {
  const size_t i = s.empty() || s[0] != '(' ? 0 : 1;
  const size_t colon = s.find(':', i);
  if (colon == std::string_view::npos || colon - i > 20) return false;
  const std::string_view label = s.substr(i, colon - i);
  for (std::string_view l : {"eds", "ed", "editor", "editors", "editor's note", "editors' note",
                             "editors note", "note to editors", "attention editors",
                             "editors please note", "please note"})
    if (EqualsIgnoringCase(label, l)) return true;
  return false;
}

}  // namespace internal
}  // namespace chorus
