// Opening phrases that point back (pointing_phrases.h).

#include "pointing_phrases.h"

#include <array>
#include <cstddef>
#include <string>

#include "impersonal_it.h"
#include "text_util.h"

namespace chorus {
namespace internal {

namespace {

constexpr size_t kMaxWords = 9;

struct FirstWords {
  std::array<std::string_view, kMaxWords> word;
  std::array<bool, kMaxWords> comma{};  // the word was written with a comma
  size_t count = 0;
};

// Up to kMaxWords words: split at spaces, a word's last comma dropped (and
// noted), empty words skipped.
FirstWords ReadFirstWords(std::string_view text) {
  FirstWords out;
  size_t i = 0;
  while (out.count < kMaxWords && i < text.size()) {
    size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    std::string_view w = text.substr(i, end - i);
    const bool comma = !w.empty() && w.back() == ',';
    if (comma) w.remove_suffix(1);
    if (!w.empty()) {
      out.comma[out.count] = comma;
      out.word[out.count++] = w;
    }
    i = end + 1;
  }
  return out;
}

constexpr std::string_view kQuantifiers[] = {
    "One",  "Two",     "Three",  "Four",    "Five", "Six",  "Seven", "Eight",
    "Nine", "Ten",     "Eleven", "Twelve",  "Both", "Each", "Neither", "Either",
    "None", "Several", "Many",   "Some",    "Most", "Others", "All",  "Few"};
// After "The": "The two are ...", "The latter said ...".
constexpr std::string_view kTheQuantifiers[] = {"two",    "three",  "other",
                                                "others", "latter", "former"};
// An auxiliary or a verb of saying right after a quantifier makes the
// quantifier the whole subject ("Two are ...", "Each has ...").
constexpr std::string_view kSubjectVerbs[] = {
    "is",    "are",   "was",   "were",   "has",  "have", "had",  "will",
    "would", "could", "can",   "may",    "might", "should", "must", "do",
    "does",  "did",   "said",  "says",   "say",  "told", "added"};
constexpr std::string_view kFreeAfterThose[] = {"who", "whom", "that", "which", "at", "in",
                                                "on",  "with", "from", "for",   "under"};
constexpr std::string_view kFirstWords[] = {"Instead", "Thus", "After", "Such"};
// Connective phrases, each with its comma and the space after it.
constexpr std::string_view kConnectivePhrases[] = {
    "As a result, ", "In addition, ", "Indeed, ",  "For example, ", "For instance, ",
    "By contrast, ", "In contrast, ", "On the other hand, ", "Even so, ", "Rather, ",
    "After all, ",   "In other words, ", "Otherwise, ", "Besides, ", "In turn, "};

// Words that point back (or are a speaker's voice) after "Now, ".
constexpr std::string_view kPointingAfterNow[] = {
    "he",     "she", "it", "they", "him", "her", "them", "his", "its",     "their",
    "hers", "theirs", "I", "we",   "me",  "us",  "my",   "our", "however", "also"};
constexpr std::string_view kDemonstratives[] = {"this", "that", "these", "those"};

// True when the last byte of text[b, e) that is not a space is a comma.
bool EndsWithComma(std::string_view text, size_t b, size_t e) {
  while (e > b && text[e - 1] == ' ') --e;
  return e > b && text[e - 1] == ',';
}

// "Now, " or "Now " (text[start] follows it), unless an impersonal "it"
// follows "Now, ", then a word of
// kPointingAfterNow anywhere after it, a demonstrative as the next word, or
// "that" right after a later comma. After "Now " (no comma), "that" as the
// next word makes "Now that" a conjunction and nothing is read.
bool NowBeforePointingWord(std::string_view text, size_t start) {
  // "Now, it turns out that ...": an impersonal "it" points back to nothing
  // (read with its capital, as the sentence's first word).
  if (start == 5 && text.substr(5, 2) == "it") {
    std::string rest(text.substr(5));
    rest[0] = 'I';
    if (ImpersonalItStandsAlone(rest)) return false;
  }
  bool first = true;
  for (size_t i = start; i < text.size();) {
    const size_t gap = i;
    while (i < text.size() && !IsAsciiAlpha(text[i])) ++i;
    const size_t b = i;
    while (i < text.size() && IsAsciiAlpha(text[i])) ++i;
    if (b == i) break;
    const std::string_view w = text.substr(b, i - b);
    if (first && start == 4 && w == "that") return false;
    if (OneOf(w, kPointingAfterNow) || (first && OneOf(w, kDemonstratives))) return true;
    if (w == "that" && EndsWithComma(text, gap, b)) return true;
    first = false;
  }
  return false;
}

// "The " + one word of ASCII lowercase letters + ": " ("The result: ...").
bool OpensWithTheLabel(std::string_view text) {
  size_t i = 4;
  while (i < text.size() && IsAsciiLower(text[i])) ++i;
  return text.size() > 4 && text[3] == ' ' && i > 4 && text.substr(i, 2) == ": ";
}

}  // namespace

bool OpensWithPointingPhrase(std::string_view text) {
  // Every phrase opens with a capital letter: most sentences stop here.
  if (text.empty() || text[0] < 'A' || text[0] > 'Z') return false;
  if (text[0] == 'N' && text.starts_with("Now, ")) return NowBeforePointingWord(text, 5);
  if (text[0] == 'N' && text.starts_with("Now ")) return NowBeforePointingWord(text, 4);
  for (std::string_view p : kConnectivePhrases)
    if (p[0] == text[0] && text.starts_with(p)) return true;
  // The first word up to a space or a comma (no first word of a phrase is
  // longer than seven bytes) must be one of them before the words are read.
  size_t end = 0;
  while (end < text.size() && end < 8 && text[end] != ' ' && text[end] != ',') ++end;
  const std::string_view head = text.substr(0, end);
  // "The" opens a quarter of all sentences: read on only before a word of
  // kTheQuantifiers.
  bool the_quantifier = false;
  if (head == "The" && OpensWithTheLabel(text)) return true;
  if (head == "The") {
    const size_t next = text.find_first_not_of(' ', end);
    if (next != std::string_view::npos)
      for (std::string_view q : kTheQuantifiers) the_quantifier |= text.substr(next).starts_with(q);
  }
  if (!OneOf(head, kFirstWords) && !OneOf(head, kQuantifiers) && !the_quantifier) return false;
  const FirstWords s = ReadFirstWords(text);
  if (s.count == 0) return false;
  const std::string_view first = s.word[0];
  if (first.size() < text.size() && text[first.size()] != ' ' && text[first.size()] != ',')
    return false;
  const auto next_is = [&](size_t k, std::string_view w) { return s.count > k && s.word[k] == w; };
  if (OneOf(first, kFirstWords)) {
    if (first == "Instead") return !next_is(1, "of");
    if (first == "Thus") return !next_is(1, "far");
    if (first == "After") return s.count > 2 && next_is(1, "that");
    for (size_t k = 1; k < s.count && k <= 6; ++k)  // "Such"
      if (s.word[k] == "as") return false;
    return true;
  }
  // A quantifier as the whole subject: the quantifier ("Two", or "The" and
  // one of kTheQuantifiers), then a verb of kSubjectVerbs, no comma between
  // or after them ("All told, ..." stays).
  const auto plain = [&](size_t k) { return s.count > k && !s.comma[k]; };
  size_t verb = 0;
  if (OneOf(first, kQuantifiers)) verb = 1;
  else if (first == "The" && plain(1) && OneOf(s.word[1], kTheQuantifiers)) verb = 2;
  if (verb > 0 && plain(0) && plain(verb) && OneOf(s.word[verb], kSubjectVerbs)) return true;
  // "Two of them ...", "Many of those ...", and without "of" after "All"
  // and "Both" ("All those tenders ...", "Both these ...").
  size_t at = 0;  // the word after the quantifier (and "of")
  if (OneOf(first, kQuantifiers) && next_is(1, "of")) at = 2;
  else if ((first == "All" || first == "Both") && plain(0)) at = 1;
  if (at == 0 || s.count <= at) return false;
  const std::string_view det = s.word[at];
  if ((det == "them" && at == 2) || det == "these") return true;
  if (det != "those") return false;
  if (s.count <= at + 1) return true;
  const std::string_view after = s.word[at + 1];
  return !(OneOf(after, kFreeAfterThose) || after.ends_with("ed"));
}

}  // namespace internal
}  // namespace chorus
