// Candidate rules: which sentences may be chosen for a digest at all.
// The others stay in the graph (they count for centrality and citations)
// but are never picked. Tests: tests/candidate_rules_test.cc.

#ifndef CHORUS_SRC_CANDIDATE_RULES_H_
#define CHORUS_SRC_CANDIDATE_RULES_H_

#include <cstddef>
#include <string_view>

#include "chorus/options.h"

namespace chorus {
namespace internal {

// True when `text` opens with a word that points back to a sentence the
// digest may not carry: a connective ("But", "However", "Moreover",
// "Nevertheless", "Therefore", "Similarly", "Nor", "Then", ...), a pronoun or
// demonstrative ("They", "This"), or a first-person or object pronoun
// ("I", "We", "My", "Our", "Me", "Us", "Him", "Them": a quotation without
// its marks or a columnist's voice, whose speaker the sentence does not
// name), ended by a space or a comma. Out of context such a sentence
// misleads ("But they negotiated a ceasefire ..."); measured ROUGE-neutral
// on DUC 2003/2006 (docs/quality.md). The pronouns, demonstratives, "I"
// and "We" count in a contraction too ("It's", "That's", "They're", "I've":
// 's, 're, 've, 'd, 'll or 'm after ' or U+2019). An impersonal "It",
// plain or contracted, is no opener (ImpersonalItStandsAlone in
// impersonal_it.h: "It's hard to find a seat on the ferry.", "It is not
// clear whether ..."; thirteenth session). The words after
// "Their" were added in the tenth session, read to point back in all or
// nearly all cases and measured inside noise at 50-300 words
// (docs/quality.md, tenth session; "Then" cost DUC 2006 a few hundredths,
// inside noise, and was taken for readers). Case matters; "There's" and
// "Its'" are no openers. Phrases ("Such ...", "Instead, ...", "Two of
// those ...", "Two are ...")
// are read by OpensWithPointingPhrase (pointing_phrases.h).
bool OpensWithBackReference(std::string_view text);

// True when `text` opens with a quotation mark (``, '', ", ' or U+201C).
bool OpensWithQuote(std::string_view text);

// True when `text` closes a quotation it did not open: a closing mark (''
// or U+201D) with no opening mark (`` or U+201C) before it that it could
// close: the tail of a quotation whose opening the segmenter left in an
// earlier sentence ("I feel guilty,'' he said ..."). A '' after the text's
// start, a space or '(' and before a letter, a digit or '`' opens a
// quotation (the wire's typo for ``: "''Star Wars'' fans"). Straight quotes
// (") are not read: they do not say which way they face.
bool ClosesUnopenedQuote(std::string_view text);

// How a sentence that ends with " as saying." attributes what it reports.
enum class AsSaying {
  kNone,     // it does not end so, or it reports something and names its source
  kAlone,    // the attribution is the whole sentence: the quotation is in the next one
  kPronoun,  // it reports something, attributed to a bare he, she, it, they, we or I
};

// The words a report before "..., X quoted Y as saying." holds at least,
// up to its last comma or closing quotation mark.
inline constexpr long kMinReportedWords = 4;

// Reads a sentence ending " as saying.": the attribution's verb is the last
// " quoted ", " paraphrased " or " cited "; what comes before it, up to the
// last ", ", "'' " or U+201D and a space, is the report. kAlone when there
// is no such verb, no such mark, or fewer than kMinReportedWords words
// before the mark ("The Gazette quoted the mayor as saying.", "The
// Gazette, the town's paper, quoted the mayor as saying."). Otherwise kPronoun when the word before
// the verb, past was, were, is, are, been, has, have or had, is he, she,
// it, they, we or I ("..., he was quoted as saying.", "..., it quoted the
// minister as saying."); else kNone ("Forty ferries were held in port,
// the Gazette quoted the harbour master as saying." reports and names its
// source). The ninth session's rule refused every such sentence as a
// fragment; of DUC 2006's 18, 17 report something (docs/quality-s13F.md).
AsSaying ReadAsSaying(std::string_view text);

// Why a sentence (`text`, collapsed, of `words` words) may not be chosen
// under `o`, or nullptr: too few or too many words, ends with ':' or '?'
// or introduces a quotation the next sentence holds ("... quoted Cheung as
// saying.": ReadAsSaying gives kAlone), is a list or fact-box item
// (OpensAsListItem in list_items.h:
// "IMPACT: ...", "0:10 PILOT ...", "Nov. 25 -- ...", a dateline left in
// the middle of a paragraph), is web furniture (OpensOrEndsWithWebAddress
// in web_addresses.h: "For more, see http://..."), opens with a
// back-reference (OpensWithBackReference or
// OpensWithPointingPhrase), (o.skip_quotes) opens with a
// quotation mark or closes one it did not open, or
// (o.refuse_unnamed_speakers, English only: o.analyzer.language whose
// LocaleForLanguage is English, "english", "porter" or "en") is attributed to a "he", "she" or "they" it does not name
// (AttributedToUnnamedSpeaker in unnamed_speaker.h: a back-reference inside
// the sentence, "..., he said."; or ReadAsSaying gives kPronoun: "..., he
// was quoted as saying."). The first reason that applies, in this
// order.
const char* IneligibleReason(std::string_view text, size_t words, const SummarizerOptions& o);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_CANDIDATE_RULES_H_
