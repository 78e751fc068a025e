// Dateline rule (dateline.h). Tests: tests/noise_filter_test.cc.

#include "dateline.h"

#include <algorithm>
#include <string>

#include "text_util.h"

namespace chorus {
namespace internal {

namespace {

// A month's name in any case, its '.' and ',' left out ("Jan.", "MARCH,").
bool IsMonth(std::string_view w) {
  std::string m;
  for (char c : w)
    if (c != '.' && c != ',') m.push_back(c);
  return IsMonthName(m);
}

bool IsUpperWord(std::string_view w) {
  size_t letters = 0;
  for (char c : w) {
    if (IsAsciiLower(c)) return false;
    if (IsAsciiUpper(c)) ++letters;
  }
  return letters >= 2;
}

}  // namespace

bool IsCodeInParens(std::string_view w) {
  if (w.size() < 4 || w.front() != '(' || w.back() != ')') return false;
  for (char c : w.substr(1, w.size() - 2))
    if (!IsAsciiUpper(c)) return false;
  return true;
}

size_t TitleCaseDatelineLength(std::string_view s) {
  const size_t dash = s.find(" _ ");
  if (dash == std::string_view::npos || dash > 60 || dash + 3 >= s.size()) return 0;
  const size_t rest = dash + 3;
  const char next = s[rest];
  if (!(IsAsciiUpper(next) || IsAsciiDigit(next) || next == '"' || s.substr(rest, 2) == "``"))
    return 0;
  if (s.find(" _ ", rest) != std::string_view::npos) return 0;
  // The place: title-case words separated by single spaces, at most one
  // comma (after the place, before its region).
  size_t place_words = 0, region_words = 0, i = 0;
  bool region = false;
  while (i < dash) {
    if (!IsAsciiUpper(s[i])) return 0;
    size_t j = i + 1;
    while (j < dash && IsAsciiLower(s[j])) ++j;
    if (j == i + 1) return 0;  // "A", "US"
    if (region && j < dash && s[j] == '.') ++j;
    ++(region ? region_words : place_words);
    if (j == dash) break;
    if (!region && s.substr(j, 2) == ", ") {
      region = true;
      i = j + 2;
    } else if (s[j] == ' ') {
      i = j + 1;
    } else {
      return 0;
    }
  }
  if (place_words == 0 || place_words > 3 || region_words > 2 || (region && region_words == 0))
    return 0;
  return rest;
}

size_t DatelineLength(std::string_view s) {
  // PLACE[, Region][, Month DD][ (AGENCY)] DASH, the place in capitals; or
  // (AGENCY) DASH alone. A dash glued to the agency ("(AP)--") or to the
  // next word ("_The") or an agency left unclosed ("(AP --") counts.
  size_t i = 0, upper_words = 0, region_words = 0, parens_words = 0;
  bool in_parens = false, after_comma = false;
  auto is_dash = [](std::string_view w) {
    return w == "\u2014" || w == "\u2013" || w == "-" || w == "--" || w == "_";
  };
  while (i < s.size() && i < 100) {
    size_t b = i;
    while (i < s.size() && !IsAsciiSpace(s[i])) ++i;
    std::string_view w = s.substr(b, i - b);
    while (i < s.size() && IsAsciiSpace(s[i])) ++i;
    if (in_parens && is_dash(w)) return parens_words == 1 ? i : 0;  // "(AP -- "
    if (in_parens || (!w.empty() && w.front() == '(')) {
      if (!in_parens) parens_words = 0;
      ++parens_words;
      // "(AP)--", "(AP)-": the closing parenthesis and the dash in one word.
      for (std::string_view glued : {")--", ")-", ")_"})
        if (w.ends_with(glued) && (upper_words > 0 || IsCodeInParens(w.substr(0, w.size() - glued.size() + 1))))
          return i;
      if (upper_words == 0 && !in_parens) {
        if (!IsCodeInParens(w)) return 0;
        ++upper_words;  // "(UNDATED) _ ": the code alone is the dateline
        continue;
      }
      in_parens = w.empty() || (w.back() != ')' && w.substr(w.size() - std::min<size_t>(2, w.size())) != "),");
      continue;
    }
    if (is_dash(w)) return upper_words > 0 ? i : 0;
    if (upper_words > 0 && w.size() > 1 && w[0] == '_' && IsAsciiUpper(w[1]))
      return b + 1;  // "(AP) _Venezuelan"
    // "A" and "I" inside a run of capitals: a headline in capitals before
    // the dash ("HARBOUR HOPES FOR A NEW QUAY _ ").
    const bool one_letter = upper_words > 0 && (w == "A" || w == "I");
    if ((IsUpperWord(w) || one_letter) && region_words == 0) {
      ++upper_words;
      after_comma = w.back() == ',';
      continue;
    }
    // After the place: a date such as "March 3," or "Jan. 14".
    const bool date_part = upper_words > 0 && !w.empty() &&
                           ((IsAsciiDigit(w[0]) && w.size() <= 5) ||
                            (IsAsciiUpper(w[0]) && w.size() <= 10 && IsMonth(w)));
    // Or, after "PLACE,", up to three capitalized words of its region
    // ("ANKARA, Turkey (AP) _", "SAN JUAN, Puerto Rico (AP) _").
    const bool region_part = !date_part && upper_words > 0 && (after_comma || region_words > 0) &&
                             region_words < 3 && !w.empty() && IsAsciiUpper(w[0]);
    if (!date_part && !region_part) return 0;
    region_words = region_part ? region_words + 1 : 0;
    after_comma = w.back() == ',';
    continue;
  }
  return 0;
}

}  // namespace internal
}  // namespace chorus
