// "It's" that points back to nothing: the impersonal "it" of "It's clear
// that ...", "It's hard to find ...", "It's no wonder that ...". The
// back-reference rule (candidate_rules.h) refuses a sentence opening with
// a contracted pronoun ("It's", "That's", "They're"), since the pronoun
// usually names something told before; this reading gives back the
// "It's" forms whose "it" stands for the clause after it. Thirteenth
// session (docs/quality-s13F.md): of DUC 2006's 59 refused "It's"
// sentences about a third are such forms. The uncontracted "It is ..."
// stays with the back-reference rule (the eighth session's broader reading
// of it was not taken). Tests: tests/impersonal_its_test.cc.

#ifndef CHORUS_SRC_IMPERSONAL_ITS_H_
#define CHORUS_SRC_IMPERSONAL_ITS_H_

#include <string_view>

namespace chorus {
namespace internal {

// True when `text` opens with "It's " or "It" U+2019 "s " and then, word by
// word (words are runs of ASCII letters, compared case-sensitively):
//   * any of "not", "also", "still", "now", "too" and "no longer";
//   * then one of:
//     - an adjective that takes a clause (clear, unclear, possible,
//       impossible, likely, unlikely, true, evident, obvious, doubtful,
//       uncertain, plausible, surprising) then that, whether, what, why,
//       how, if, when, where or who;
//     - a participle that takes only "that" (known, estimated, believed,
//       said, reported, expected, thought): "It's expected to cost ..."
//       names a thing, "It's expected that ..." does not;
//     - an adjective of ease or worth (hard, easy, difficult, impossible,
//       possible, important, necessary, unusual, rare, common, tempting,
//       pointless) then "to", a verb, and one more word before any
//       punctuation: "It's hard to find a seat" ("It's hard to read." and
//       "It's impossible to quantify, ..." are the thing itself);
//     - "no" then wonder, accident, coincidence, secret or surprise, and
//       "that" if it follows;
// and no word after that form points back anywhere in the sentence: he,
// she, it, they, him, her, them, his, its, their, hers, theirs, this,
// these, those, that (a second "that": "It's known that ... that
// staircase"), the first person (I, we, me, us, my, our), and a clause
// word followed by "that" ("It's unclear whether that would ...").
bool ImpersonalItsStandsAlone(std::string_view text);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_IMPERSONAL_ITS_H_
