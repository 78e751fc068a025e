// Which sentences may be chosen at all (candidate_rules.h).

#include "candidate_rules.h"

#include <algorithm>

#include "analyzer.h"
#include "impersonal_it.h"
#include "list_items.h"
#include "pointing_phrases.h"
#include "text_util.h"
#include "unnamed_speaker.h"
#include "web_addresses.h"

namespace chorus {
namespace internal {

bool OpensWithBackReference(std::string_view text) {
  static constexpr std::string_view kOpeners[] = {
      "But", "And", "Yet", "So", "Still", "However", "Also", "He", "She", "It", "They",
      "This", "That", "These", "Those", "His", "Her", "Its", "Their",
      // First person and object pronouns: a quotation without its marks,
      // or a columnist's voice.
      "I", "We", "Me", "Us", "My", "Our", "Him", "Them",
      // Connectives that answer an earlier sentence, as "However" does.
      "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Consequently", "Therefore",
      "Hence", "Likewise", "Similarly", "Nor",
      // The next step of a sequence told before.
      "Then"};
  // The pronouns and demonstratives among them, which also open in a
  // contraction ("It's", "That's", "They're", "I've").
  static constexpr std::string_view kContracted[] = {
      "He", "She", "It", "They", "This", "That", "These", "Those", "I", "We"};
  // An opener is the text's first word, ended by a space or a comma (no
  // opener holds either, and none, contracted or not, is longer than twelve
  // bytes: "Nevertheless", "These\u2019ll").
  // (A plain loop: find_first_of called memchr on the set for every byte.)
  const size_t limit = std::min<size_t>(13, text.size());
  size_t end = 0;
  while (end < limit && text[end] != ' ' && text[end] != ',') ++end;
  if (end == limit) return false;
  for (std::string_view w : kOpeners)
    if (w.size() == end && w[0] == text[0] && text.substr(0, end) == w)
      return !(w == "It" && ImpersonalItStandsAlone(text));
  // A contraction: a pronoun, an apostrophe (' or U+2019), then s, re, ve,
  // d, ll or m. An apostrophe can only follow the pronoun's last letter.
  // Most first words hold no apostrophe: one scan for its first bytes.
  bool apostrophe = false;
  for (size_t i = 1; i < end && !apostrophe; ++i) apostrophe = text[i] == '\'' || text[i] == '\xE2';
  if (!apostrophe) return false;
  for (std::string_view w : kContracted) {
    if (w.size() + 2 > end || w[0] != text[0] || text.substr(0, w.size()) != w) continue;
    std::string_view rest = text.substr(w.size(), end - w.size());
    if (rest[0] == '\'') rest.remove_prefix(1);
    else if (rest.starts_with("\u2019")) rest.remove_prefix(3);
    else continue;
    for (std::string_view clitic : {"s", "re", "ve", "d", "ll", "m"})
      if (rest == clitic) return !(w == "It" && clitic == "s" && ImpersonalItStandsAlone(text));
  }
  return false;
}

bool OpensWithQuote(std::string_view text) {
  for (std::string_view q : {"``", "''", "\"", "\u201C", "'"})
    if (!text.empty() && text[0] == q[0] && text.substr(0, q.size()) == q) return true;
  return false;
}

bool ClosesUnopenedQuote(std::string_view text) {
  // Most sentences hold no closing mark: one scan for its first bytes.
  if (text.find('\'') == std::string_view::npos && text.find("\u201D") == std::string_view::npos)
    return false;
  size_t open = 0;
  for (size_t i = 0; i < text.size();) {
    const std::string_view rest = text.substr(i);
    size_t length = 0;
    if (rest.starts_with("``") || rest.starts_with("\u201C")) {
      ++open;
      i += rest[0] == '`' ? 2 : 3;
      continue;
    }
    if (rest.starts_with("''")) length = 2;
    else if (rest.starts_with("\u201D")) length = 3;
    if (length == 0) {
      ++i;
      continue;
    }
    if (open > 0) {
      --open;
    } else {
      const bool after_space = i == 0 || text[i - 1] == ' ' || text[i - 1] == '(';
      const char next = i + length < text.size() ? text[i + length] : ' ';
      if (!after_space || !(IsAsciiAlnum(next) || next == '`')) return true;
      ++open;  // '' used as an opening mark
    }
    i += length;
  }
  return false;
}

AsSaying ReadAsSaying(std::string_view text) {
  constexpr std::string_view kEnd = " as saying.";
  if (!text.ends_with(kEnd)) return AsSaying::kNone;
  // With the space before "as": "... was quoted as saying." has no object.
  const std::string_view head = text.substr(0, text.size() - kEnd.size() + 1);
  size_t verb = std::string_view::npos;
  for (std::string_view v : {" quoted ", " paraphrased ", " cited "}) {
    const size_t at = head.rfind(v);
    if (at != std::string_view::npos && (verb == std::string_view::npos || at > verb)) verb = at;
  }
  // A form not read ("... was reported as saying.") stays refused, as
  // every such sentence was before the reported words were read.
  if (verb == std::string_view::npos) return AsSaying::kAlone;
  std::string_view before = head.substr(0, verb);
  // What it reports ends at the last comma or closing quotation mark before
  // the verb; a short head there is the source and its apposition
  // ("The Gazette, the town's paper, quoted ..."), not a report.
  size_t mark = std::string_view::npos;
  for (std::string_view m : {", ", "'' ", "\u201D "}) {
    const size_t at = before.rfind(m);
    if (at != std::string_view::npos && (mark == std::string_view::npos || at > mark)) mark = at;
  }
  if (mark == std::string_view::npos ||
      std::count(before.begin(), before.begin() + mark, ' ') < kMinReportedWords - 1)
    return AsSaying::kAlone;
  // The speaker: the word before the verb, past any auxiliary ("he was
  // quoted", "she has been quoted").
  while (!before.empty()) {
    const size_t space = before.rfind(' ');
    const std::string_view word = before.substr(space == std::string_view::npos ? 0 : space + 1);
    before = before.substr(0, space == std::string_view::npos ? 0 : space);
    bool auxiliary = false;
    for (std::string_view a : {"was", "were", "is", "are", "been", "has", "have", "had"})
      auxiliary |= word == a;
    if (auxiliary) continue;
    for (std::string_view p : {"he", "she", "it", "they", "we", "I"})
      if (word == p) return AsSaying::kPronoun;
    break;
  }
  return AsSaying::kNone;
}

const char* IneligibleReason(std::string_view text, size_t words, const SummarizerOptions& o) {
  if (words < o.min_sentence_words) return "fragment (too few words)";
  if (words > o.max_sentence_words) return "run-on (too many words)";
  if (text.empty()) return "fragment (too few words)";
  if (text.back() == ':') return "fragment (ends with a colon)";
  if (text.back() == '?') return "question";
  // "Ming Pao quoted Cheung as saying." with the quotation in the next
  // sentence: a wire typo for the colon above.
  const AsSaying as_saying = ReadAsSaying(text);
  if (as_saying == AsSaying::kAlone) return "fragment (introduces a quotation it does not hold)";
  if (OpensAsListItem(text)) return "list or fact-box item (opens with a label, a time, a date or a dateline)";
  if (OpensOrEndsWithWebAddress(text)) return "web furniture (opens or ends with a web or e-mail address)";
  if (OpensWithBackReference(text) || OpensWithPointingPhrase(text)) return "opens with a back-reference";
  if (o.skip_quotes && OpensWithQuote(text)) return "opens with a quotation";
  if (o.skip_quotes && ClosesUnopenedQuote(text)) return "closes a quotation it did not open";
  // The language test last: it runs only for the few sentences the rule
  // flags, and reads the language as the segmenter does ("en", "english",
  // "porter").
  if (o.refuse_unnamed_speakers &&
      (as_saying == AsSaying::kPronoun || AttributedToUnnamedSpeaker(text)) &&
      IsEnglishLocale(LocaleForLanguage(o.analyzer.language)))
    return "attributed to an unnamed he, she or they";
  return nullptr;
}

}  // namespace internal
}  // namespace chorus
