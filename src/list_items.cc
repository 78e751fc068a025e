// List and fact-box items (list_items.h).

#include "list_items.h"

#include <initializer_list>

#include "dateline.h"
#include "text_util.h"

namespace chorus {
namespace internal {

namespace {


// "IMPACT: Tens of ...": a label in capitals, ": ", no lowercase letter.
bool OpensWithCapitalsLabel(std::string_view t) {
  size_t capitals = 0, words = 1;
  for (size_t i = 0; i < t.size() && i < 60; ++i) {
    const char c = t[i];
    if (c == ':') {
      return capitals >= 2 && i > 0 && t[i - 1] != ' ' && i + 2 < t.size() && t[i + 1] == ' ' &&
             !IsAsciiLower(t[i + 2]);
    }
    if (c == ' ') {
      if (++words > 6) return false;
    } else if (IsAsciiUpper(c)) {
      ++capitals;
    } else if (!IsAsciiDigit(c) && c != '.' && c != ',' && c != '\'' && c != '&' && c != '/' &&
               c != '-' && c != '_') {
      return false;
    }
  }
  return false;
}

// "0:10 PILOT Get away ...": H:MM or HH:MM, then a speaker in capitals.
bool OpensWithTimeCode(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && i < 2 && IsAsciiDigit(t[i])) ++i;
  if (i == 0 || t.substr(i, 1) != ":" || t.size() < i + 5 || !IsAsciiDigit(t[i + 1]) ||
      !IsAsciiDigit(t[i + 2]) || t[i + 3] != ' ')
    return false;
  i += 4;
  size_t capitals = 0;
  for (; i < t.size() && t[i] != ' '; ++i) {
    if (IsAsciiUpper(t[i])) {
      ++capitals;
    } else if (t[i] != '-') {
      return false;
    }
  }
  return capitals >= 2 && i < t.size();
}

// "1:50 a.m. EST -- Plane begins ...", "9 p.m. -- ...": a clock time (H,
// HH, H:MM or HH:MM), " a.m." or " p.m.", an optional zone in capitals (two
// to four letters), then " -- ", " _ ", " - " or U+2014.
bool OpensWithClockTimeThenDash(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && i < 2 && IsAsciiDigit(t[i])) ++i;
  if (i == 0) return false;
  if (t.substr(i, 1) == ":") {
    if (t.size() < i + 3 || !IsAsciiDigit(t[i + 1]) || !IsAsciiDigit(t[i + 2])) return false;
    i += 3;
  }
  if (t.substr(i, 5) != " a.m." && t.substr(i, 5) != " p.m.") return false;
  i += 5;
  if (t.substr(i, 1) == " " && i + 1 < t.size() && IsAsciiUpper(t[i + 1])) {
    size_t z = i + 1;
    while (z < t.size() && IsAsciiUpper(t[z])) ++z;
    if (z - i - 1 >= 2 && z - i - 1 <= 4) i = z;
  }
  for (std::string_view dash : {" -- ", " _ ", " - ", " \u2014 "})
    if (t.substr(i, dash.size()) == dash) return true;
  return false;
}

// A month's name written with a capital and then lowercase ("Jan.",
// "September"), an abbreviation's '.' left out.
bool IsTitleCaseMonth(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  if (w.empty() || !IsAsciiUpper(w[0])) return false;
  for (size_t k = 1; k < w.size(); ++k)
    if (!IsAsciiLower(w[k])) return false;
  return IsMonthName(w);
}

// "Nov. 25 -- ...", "Jan. 21, 1976: ...": a month, a day (or "12-13"), an
// optional ", YYYY", a dash or ": ".
bool OpensWithDateThenDash(std::string_view t) {
  const size_t space = t.substr(0, 11).find(' ');  // "September." is the longest month
  if (space == std::string_view::npos || space + 1 >= t.size() || !IsAsciiDigit(t[space + 1]) ||
      !IsTitleCaseMonth(t.substr(0, space)))
    return false;
  size_t i = space + 1, digits = 0;
  while (i < t.size() && IsAsciiDigit(t[i])) ++i, ++digits;
  if (digits < 1 || digits > 2) return false;
  if (t.substr(i, 1) == "-" && i + 1 < t.size() && IsAsciiDigit(t[i + 1])) {  // "12-13"
    ++i;
    while (i < t.size() && IsAsciiDigit(t[i])) ++i;
  }
  if (t.substr(i, 2) == ", " && t.size() >= i + 6 && IsAsciiDigit(t[i + 2]) && IsAsciiDigit(t[i + 3]) &&
      IsAsciiDigit(t[i + 4]) && IsAsciiDigit(t[i + 5]))
    i += 6;
  for (std::string_view dash : {" -- ", " _ ", " - ", " \u2014 ", ": "})
    if (t.substr(i, dash.size()) == dash) return true;
  return false;
}

}  // namespace

bool OpensAsListItem(std::string_view text) {
  // Dispatch on the first two bytes: this runs on every candidate, and
  // most open with a capitalized word ("The ..."), which only a month can
  // make an item.
  if (text.size() < 2) return false;
  const char c = text[0];
  if (IsAsciiDigit(c)) return OpensWithTimeCode(text) || OpensWithClockTimeThenDash(text);
  if (IsAsciiUpper(c) && IsAsciiLower(text[1])) return OpensWithDateThenDash(text);
  if (!IsAsciiUpper(c) && c != '(') return false;
  return OpensWithCapitalsLabel(text) || DatelineLength(text) > 0;
}

}  // namespace internal
}  // namespace chorus
