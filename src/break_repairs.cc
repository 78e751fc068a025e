// Sentence breaks that fall inside a sentence (break_repairs.h).

#include "break_repairs.h"

#include <algorithm>
#include <iterator>

#include "text_util.h"

namespace chorus {
namespace internal {

namespace {

// Capitalized words that usually open a sentence: after "U.S." or an
// initial they mean the break is a real one ("... in the U.S. The ...").
// Sorted, for binary search.
constexpr std::string_view kOpeners[] = {
    "A",       "After",   "Also",   "Although", "An",      "And",     "As",
    "At",      "Because", "Before", "Both",     "But",     "By",      "Each",
    "Earlier", "For",     "From",   "He",       "Her",     "His",     "How",
    "However", "I",       "If",     "In",       "It",      "Its",     "Last",
    "Later",   "Many",    "Meanwhile", "Most",  "My",      "No",      "Now",
    "On",      "One",     "Or",     "Our",      "She",     "Since",   "So",
    "Some",    "Still",   "That",   "The",      "Their",   "Then",    "There",
    "These",   "They",    "This",   "Those",    "Though",  "To",      "Today",
    "Under",   "We",      "What",   "When",     "Where",   "While",   "Who",
    "Why",     "With",    "Without", "Yet",     "You",     "Your"};

bool IsOpener(std::string_view word) {
  return std::binary_search(std::begin(kOpeners), std::end(kOpeners), word);
}

// Company suffixes and the AP's state abbreviations, sorted.
constexpr std::string_view kCompaniesAndStates[] = {
    "Ala.",  "Ariz.", "Ark.",  "Bros.", "Calif.", "Co.",   "Colo.", "Conn.", "Corp.",
    "Del.",  "Fla.",  "Ga.",   "Ill.",  "Inc.",   "Ind.",  "Kan.",  "Ky.",   "La.",
    "Ltd.",  "Mass.", "Md.",   "Mich.", "Minn.",  "Miss.", "Mo.",   "Mont.", "Neb.",
    "Nev.",  "Okla.", "Ore.",  "Pa.",   "Penn.",  "Tenn.", "Tex.",  "Va.",   "Vt.",
    "Wash.", "Wis.",  "Wyo."};

// The end of text[0, pos) with the spaces before `pos` stepped over.
size_t EndBeforeSpaces(std::string_view text, size_t pos) {
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  return pos;
}

// True when text[0, end) ends with a word of uppercase letters each followed
// by '.', preceded by the text's start, a space or '('.
bool EndsWithInitials(std::string_view text, size_t end) {
  size_t i = end;
  bool any = false;
  while (i >= 2 && text[i - 1] == '.' && IsAsciiUpper(text[i - 2])) {
    i -= 2;
    any = true;
  }
  return any && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '(');
}

// The length of the closing quotation mark that text[0, end) ends with, or 0.
size_t ClosingQuoteBefore(std::string_view text, size_t end) {
  const std::string_view head = text.substr(0, end);
  for (std::string_view q : {"''", "\u201D", "\"", "'"})
    if (head.size() >= q.size() && head.substr(head.size() - q.size()) == q) return q.size();
  return 0;
}

// Verbs of speech that close a quotation's tag, sorted.
constexpr std::string_view kSpeechVerbs[] = {
    "added",   "adds",     "argued",    "asked",    "asks",    "complained", "continued",
    "cried",   "declared", "demanded",  "exclaimed", "explained", "insisted", "joked",
    "noted",   "quipped",  "recalled",  "replied",  "said",    "says",       "shouted",
    "tells",   "told",     "wondered",  "writes",   "wrote",   "yelled"};

// True when text[0, end) ends with '?' or '!' and a closing quotation mark.
bool EndsWithQuotedQuestionOrExclamation(std::string_view text, size_t end) {
  const size_t quote = ClosingQuoteBefore(text, end);
  if (quote == 0 || end < quote + 1) return false;
  const char mark = text[end - quote - 1];
  return mark == '?' || mark == '!';
}

// Time zones and weekdays, sorted.
constexpr std::string_view kZonesAndDays[] = {
    "CDT",    "CST",    "CT",     "EDT",     "EST",      "ET",     "Friday", "GMT",
    "MDT",    "MST",    "Monday", "PDT",     "PST",      "PT",     "Saturday", "Sunday",
    "Thursday", "Tuesday", "UTC", "Wednesday"};

// True when text[0, end) ends with "a.m." or "p.m." after the text's start,
// a space or a digit.
bool EndsWithClockTime(std::string_view text, size_t end) {
  if (end < 4) return false;
  const std::string_view tail = text.substr(end - 4, 4);
  if (tail != "a.m." && tail != "p.m.") return false;
  return end == 4 || text[end - 5] == ' ' || IsAsciiDigit(text[end - 5]);
}

// Words before a clock time that make it a modifier ("the 7 p.m. flight").
constexpr std::string_view kTimeDeterminers[] = {"A",     "Each", "Every", "Her", "His", "Its",
                                                 "The",   "Their", "This", "a",   "each", "every",
                                                 "her",   "his",  "its",   "the", "their", "this"};

// True when text[0, end), which ends with "a.m." or "p.m.", reads
// "<determiner> <clock time> a.m." with a determiner of kTimeDeterminers at
// the text's start or after a space: "catch the 7 p.m.", "a 3 p.m.",
// "their 11:30 a.m.". The clock time is one or two digits, optionally ':' and
// two digits, then a space.
bool ClockTimeAfterDeterminer(std::string_view text, size_t end) {
  if (end < 6 || text[end - 5] != ' ') return false;
  size_t b = end - 5;  // the space before "a.m."
  if (b >= 3 && text[b - 3] == ':' && IsAsciiDigit(text[b - 2]) && IsAsciiDigit(text[b - 1])) b -= 3;
  size_t digits = 0;
  while (b > 0 && IsAsciiDigit(text[b - 1]) && digits < 3) --b, ++digits;
  if (digits == 0 || digits > 2 || b == 0 || text[b - 1] != ' ') return false;
  const size_t word_end = b - 1;
  size_t w = word_end;
  while (w > 0 && IsAsciiAlpha(text[w - 1])) --w;
  if (w == word_end || (w > 0 && text[w - 1] != ' ')) return false;
  return std::binary_search(std::begin(kTimeDeterminers), std::end(kTimeDeterminers),
                            text.substr(w, word_end - w));
}

// True when text[pos, ...) is '(' then an optional clock time of one to
// four digits (a ':' allowed among them) and a space, then a time zone of
// kZonesAndDays, then ')': "(2300 GMT)", "(11:00 GMT)", "(EDT)".
bool OpensWithZoneInParens(std::string_view text, size_t pos) {
  const size_t close = text.find(')', pos);
  if (close == std::string_view::npos || close - pos > 16) return false;
  std::string_view inner = text.substr(pos + 1, close - pos - 1);
  size_t digits = 0, i = 0;
  while (i < inner.size() && (IsAsciiDigit(inner[i]) || (inner[i] == ':' && digits > 0)))
    digits += IsAsciiDigit(inner[i++]);
  if (i > 0) {
    if (digits > 4 || i >= inner.size() || inner[i] != ' ') return false;
    inner.remove_prefix(i + 1);
  }
  if (inner.empty() || !IsAsciiUpper(inner[0]) || inner.size() > 3) return false;
  return std::binary_search(std::begin(kZonesAndDays), std::end(kZonesAndDays), inner);
}

}  // namespace

bool BreakFallsInsideName(std::string_view text, size_t pos) {
  if (pos == 0 || pos >= text.size()) return false;
  const size_t end = EndBeforeSpaces(text, pos);
  if (!EndsWithInitials(text, end)) return false;
  if (text[pos] == '_') return true;
  if (end == pos || !IsAsciiUpper(text[pos])) return false;
  size_t w = pos;
  while (w < text.size() && IsAsciiAlpha(text[w])) ++w;
  return !IsOpener(text.substr(pos, w - pos));
}

bool BreakFollowsCompanyOrState(std::string_view text, size_t pos) {
  if (pos == 0 || pos >= text.size() || !IsAsciiUpper(text[pos])) return false;
  const size_t end = EndBeforeSpaces(text, pos);
  if (end == pos || end == 0 || text[end - 1] != '.') return false;
  size_t b = end - 1;
  while (b > 0 && IsAsciiAlpha(text[b - 1])) --b;
  if (b > 0 && text[b - 1] != ' ' && text[b - 1] != '(') return false;
  if (!std::binary_search(std::begin(kCompaniesAndStates), std::end(kCompaniesAndStates),
                          text.substr(b, end - b)))
    return false;
  size_t w = pos;
  while (w < text.size() && IsAsciiAlpha(text[w])) ++w;
  return IsOpener(text.substr(pos, w - pos));
}

bool BreakFallsInsideDatelineOrTime(std::string_view text, size_t pos) {
  if (pos == 0 || pos >= text.size()) return false;
  const size_t end = EndBeforeSpaces(text, pos);
  if (end == pos) return false;
  if (text[pos] == '(' && EndsWithClockTime(text, end)) return OpensWithZoneInParens(text, pos);
  if (text[pos] == '(') {
    if (!EndsWithInitials(text, end)) return false;
    size_t w = pos + 1;
    while (w < text.size() && IsAsciiUpper(text[w])) ++w;
    const size_t letters = w - pos - 1;
    return letters >= 2 && letters <= 8 && w < text.size() && text[w] == ')';
  }
  if (!IsAsciiUpper(text[pos]) || !EndsWithClockTime(text, end)) return false;
  if (ClockTimeAfterDeterminer(text, end)) return true;
  size_t w = pos;
  while (w < text.size() && IsAsciiAlpha(text[w])) ++w;
  if (std::binary_search(std::begin(kZonesAndDays), std::end(kZonesAndDays),
                         text.substr(pos, w - pos)))
    return true;
  // "10 a.m. | Moscow time": a capitalized word then " time", or then
  // " standard time" or " daylight time" ("2:43 p.m. | Eastern standard
  // time").
  std::string_view after = text.substr(w);
  bool daylight = false;
  for (std::string_view kind : {" standard", " Standard", " daylight", " Daylight"})
    if (after.starts_with(kind)) {
      after.remove_prefix(kind.size());
      daylight = kind[1] == 'd' || kind[1] == 'D';
    }
  // "Eastern Daylight-Saving Time" (eleventh session's leftovers: one in the
  // DUC documents): with "-Saving", "Time" may have its capital.
  bool saving = false;
  for (std::string_view s : {"-Saving", "-saving"})
    if (daylight && after.starts_with(s)) after.remove_prefix(s.size()), saving = true;
  const std::string_view word = after.substr(0, 5);
  return (word == " time" || (saving && word == " Time")) &&
         (after.size() == 5 || !IsAsciiAlpha(after[5]));
}

bool BreakFallsBeforeSpeechTag(std::string_view text, size_t pos) {
  if (pos == 0 || pos >= text.size() || !IsAsciiLower(text[pos])) return false;
  const size_t end = EndBeforeSpaces(text, pos);
  return end != pos && EndsWithQuotedQuestionOrExclamation(text, end);
}

bool BreakFallsBeforeNamedSpeechTag(std::string_view text, size_t pos) {
  if (pos == 0 || pos >= text.size() || !IsAsciiUpper(text[pos])) return false;
  const size_t end = EndBeforeSpaces(text, pos);
  if (end == pos || !EndsWithQuotedQuestionOrExclamation(text, end)) return false;
  constexpr int kMaxNameWords = 6;
  size_t w = pos;
  for (int words = 0; words < kMaxNameWords && w < text.size() && IsAsciiUpper(text[w]); ++words) {
    while (w < text.size() && (IsAsciiAlpha(text[w]) || text[w] == '.' || text[w] == '-' || text[w] == '\''))
      ++w;
    if (w >= text.size() || text[w] != ' ') return false;
    ++w;
  }
  size_t v = w;
  while (v < text.size() && IsAsciiLower(text[v])) ++v;
  if (v == w || (v < text.size() && IsAsciiAlpha(text[v]))) return false;
  return std::binary_search(std::begin(kSpeechVerbs), std::end(kSpeechVerbs), text.substr(w, v - w));
}

}  // namespace internal
}  // namespace chorus
