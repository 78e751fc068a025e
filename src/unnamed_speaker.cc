// An attribution to a pronoun the sentence does not name (unnamed_speaker.h).

#include "unnamed_speaker.h"

#include <algorithm>
#include <initializer_list>

#include "text_util.h"

namespace chorus {
namespace internal {

namespace {

// Verbs of saying that take a bare pronoun speaker ("he said", "she added").
constexpr std::string_view kSpeechVerbs[] = {
    "said",      "says",         "say",      "added",     "adds",      "told",       "tells",
    "noted",     "notes",        "explained", "asked",    "recalled",  "acknowledged",
    "argued",    "insisted",     "wrote",    "writes",    "continued", "stated",     "declared",
    "warned",    "predicted",    "suggested", "conceded", "contended", "claimed",    "replied",
    "maintained", "testified",   "concluded", "complained", "agreed",  "cautioned",  "emphasized",
    "stressed"};

// Words after a sentence's first word that make it the subject alone.
constexpr std::string_view kAfterSubject[] = {"said", "says", "told", "tells", "has",
                                              "had",  "is",   "was",  "will",  "would",
                                              "did",  "does", "also"};

// The sentence's words, read one at a time with one word of lookahead.
class WordReader {
 public:
  explicit WordReader(std::string_view text) : text_(text) { Advance(); }
  // The current word (empty at the end), its end, and the bytes after it.
  std::string_view word() const { return word_; }
  size_t end() const { return end_; }
  std::string_view Gap() const { return text_.substr(end_, next_begin_ - end_); }
  std::string_view Next() const { return text_.substr(next_begin_, next_end_ - next_begin_); }
  void Advance() {
    if (started_) {
      word_ = Next();
      end_ = next_end_;
    } else {
      started_ = true;
      Find(0, &next_begin_, &next_end_);
      word_ = Next();
      end_ = next_end_;
    }
    Find(end_, &next_begin_, &next_end_);
  }

 private:
  void Find(size_t from, size_t* begin, size_t* end) const {
    size_t i = from;
    while (i < text_.size() && !IsAsciiAlpha(text_[i])) ++i;
    size_t j = i;
    while (j < text_.size() && IsAsciiAlpha(text_[j])) ++j;
    *begin = i;
    *end = j;
  }

  std::string_view text_;
  std::string_view word_;
  size_t end_ = 0, next_begin_ = 0, next_end_ = 0;
  bool started_ = false;
};

bool FirstWordIsSubject(const WordReader& r) {
  return (r.Gap() == " " && OneOf(r.Next(), kAfterSubject)) ||
         (r.Gap() == "'" && r.Next() == "s");
}

// True when a word of `text` before byte `limit`, other than the first,
// opens with a capital and is not "I" (a name, in the header's sense).
bool NameBefore(std::string_view text, size_t limit) {
  size_t i = 0;
  while (i < limit && !IsAsciiAlpha(text[i])) ++i;
  while (i < limit && IsAsciiAlpha(text[i])) ++i;  // the first word
  for (; i < limit; ++i) {
    if (text[i] < 'A' || text[i] > 'Z' || IsAsciiAlpha(text[i - 1])) continue;
    if (text[i] != 'I' || (i + 1 < text.size() && IsAsciiAlpha(text[i + 1]))) return true;
  }
  return false;
}

// True when the "he" at byte `p` of `text` is, or is inside, a whole word
// "he", "she" or "they"; sets [*begin, *end) to that word. One search for
// "he" finds all three pronouns.
bool PronounAt(std::string_view text, size_t p, size_t* begin, size_t* end) {
  *begin = p;
  *end = p + 2;
  if (p > 0 && text[p - 1] == 's') {
    --*begin;  // she
  } else if (p > 0 && text[p - 1] == 't' && *end < text.size() && text[*end] == 'y') {
    --*begin;  // they
    ++*end;
  }
  return (*begin == 0 || !IsAsciiAlpha(text[*begin - 1])) &&
         (*end == text.size() || !IsAsciiAlpha(text[*end]));
}

// A whole word "he", "she" or "they" with no name before it: the rule needs
// one, and most sentences hold none.
bool HoldsUnnamedPronoun(std::string_view text) {
  size_t begin, end;
  for (size_t p = text.find("he"); p != std::string_view::npos; p = text.find("he", p + 2))
    if (PronounAt(text, p, &begin, &end))
      return !NameBefore(text, begin);  // a name before it is before any later one
  return false;
}

// The end of the ASCII-letter word that starts at `begin`.
size_t WordEnd(std::string_view text, size_t begin) {
  while (begin < text.size() && IsAsciiAlpha(text[begin])) ++begin;
  return begin;
}

// Where the earliest parenthetical attribution to a bare pronoun starts
// (", he said." / ",'' she added,": after ", " or "'' ", a verb of saying
// ended by ',', '.', ':' or the end), or npos.
size_t EarliestParenthetical(std::string_view text) {
  size_t begin, end;
  for (size_t p = text.find("he"); p != std::string_view::npos; p = text.find("he", p + 2)) {
    if (!PronounAt(text, p, &begin, &end)) continue;
    if (begin < 3 || end >= text.size() || text[end] != ' ' || text[begin - 1] != ' ') continue;
    if (text[begin - 2] != ',' && !(text[begin - 2] == '\'' && text[begin - 3] == '\'')) continue;
    const size_t verb_end = WordEnd(text, end + 1);
    if (!OneOf(text.substr(end + 1, verb_end - end - 1), kSpeechVerbs)) continue;
    if (verb_end != text.size() && text[verb_end] != ',' && text[verb_end] != '.' &&
        text[verb_end] != ':')
      continue;
    if (std::none_of(text.begin(), text.begin() + (begin - 2), IsAsciiAlpha)) continue;
    return begin;  // the first word is not a speaker here
  }
  return std::string_view::npos;
}

// True when a word of `text` before byte `limit`, other than the first, is
// a verb of saying.
bool SpeechVerbBefore(std::string_view text, size_t limit) {
  WordReader r(text);
  for (r.Advance(); !r.word().empty() && r.end() <= limit; r.Advance())
    if (OneOf(r.word(), kSpeechVerbs)) return true;
  return false;
}

}  // namespace

bool AttributedToUnnamedSpeaker(std::string_view text) {
  const size_t parenthetical = EarliestParenthetical(text);
  if (parenthetical != std::string_view::npos && !SpeechVerbBefore(text, parenthetical)) return true;
  if (!HoldsUnnamedPronoun(text)) return false;
  WordReader r(text);
  if (r.word().empty() || FirstWordIsSubject(r)) return false;
  std::string_view previous, previous_gap;
  for (;;) {
    previous = r.word();
    previous_gap = r.Gap();
    r.Advance();
    const std::string_view w = r.word();
    if (w.empty()) return false;
    if (w[0] >= 'A' && w[0] <= 'Z' && w != "I") return false;  // a name before the speaker
    if (!OneOf(w, {"he", "she", "they"})) continue;
    if (r.Gap() == " " && OneOf(r.Next(), kSpeechVerbs)) return true;  // "he said"
    if (previous_gap == " " && OneOf(previous, {"said", "says"})) {   // "said he."
      const size_t end = r.end();
      if (end == text.size() || text[end] == ',' || text[end] == '.' || text[end] == ';')
        return true;
    }
  }
}

}  // namespace internal
}  // namespace chorus
