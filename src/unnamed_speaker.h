// Sentences attributed to a bare "he", "she" or "they" that the sentence
// does not name: "Properly used child seats reduce the risk of fatal
// injuries by more than 50 percent, he said." Out of its article the reader
// cannot tell who speaks (the citation names only the article), so such a
// sentence is a back-reference as much as one opening with "He"
// (candidate_rules.h). Tests: tests/unnamed_speaker_test.cc.

#ifndef CHORUS_SRC_UNNAMED_SPEAKER_H_
#define CHORUS_SRC_UNNAMED_SPEAKER_H_

#include <string_view>

namespace chorus {
namespace internal {

// True when `text` (one collapsed English sentence) holds an attribution
// whose speaker is a bare pronoun with no name before it:
// * the speaker is "he", "she" or "they" followed by a space and a verb of
//   saying ("he said", "she added", "they noted": kSpeechVerbs in the .cc),
//   or preceded by "said " or "says " and followed by ',', '.', ';' or the
//   end ("..., said he.");
// * no word before it is a name: a word (a run of ASCII letters) other than
//   the first that opens with a capital, "I" excepted ("In fact, he said"
//   is flagged, "Hall urged them, he said" is not);
// * the first word is not a name either when it is the subject alone:
//   followed by " said", " says", " told", " tells", " has", " had",
//   " is", " was", " will", " would", " did", " does", " also" or "'s"
//   ("Elnore also admitted lying when he said ...").
// Or the attribution is set off after what it attributes (", he said." /
// ",'' she added," / ", they noted:": after ", " or "'' ", before ',',
// '.', ':' or the end) and no verb of saying comes before it, other than
// the first word: then no name before it is its speaker ("Johnson's
// motivation was good science, he said."), while in "Ortiz's aides argued
// the case, they said." it is.
// Whatever comes after the speaker is not read (its antecedent is before
// it or in an earlier sentence). Measured on DUC 2003/2006: 75 and 464
// candidates (53 and 332 without the set-off form); of 56 sampled without
// it, 53 point back to an earlier sentence, and 50 of the 51 the set-off
// form adds (docs/quality.md, ninth session, "unnamed he/she/they"). The
// rest are a first word that is the antecedent ("Republicans ... that they
// say") or a lowercase one in the sentence.
bool AttributedToUnnamedSpeaker(std::string_view text);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_UNNAMED_SPEAKER_H_
