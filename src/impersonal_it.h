// An opening "It" that points back to nothing: the impersonal "it" of
// "It's clear that ...", "It is hard to find ...", "It was no wonder that
// ...". The back-reference rule (candidate_rules.h) refuses a sentence
// opening with a pronoun, plain or contracted ("It", "It's"), since the
// pronoun usually names something told before; this reading gives back
// the forms whose "it" stands for the clause after it. Thirteenth session
// (docs/quality.md, q13F and the lead's section): of DUC 2006's 59
// refused "It's" sentences about a third are such forms; the eighth
// session read the same forms after "It is" and "It was"; the fourteenth
// added a plain "It" before a raising verb ("It seems that ..."). Tests:
// tests/impersonal_it_test.cc.

#ifndef CHORUS_SRC_IMPERSONAL_IT_H_
#define CHORUS_SRC_IMPERSONAL_IT_H_

#include <string_view>

namespace chorus {
namespace internal {

// True when `text` opens with "It's ", "It" U+2019 "s ", "It is " or
// "It was " and then, word by
// word (words are runs of ASCII letters, compared case-sensitively):
//   * any of "not", "also", "still", "now", "too" and "no longer";
//   * then one of:
//     - an adjective that takes a clause (clear, unclear, possible,
//       impossible, likely, unlikely, evident, obvious, doubtful,
//       uncertain, plausible, surprising; not "true": "It is true that
//       ..." concedes a point made before) then that, whether, what, why,
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
// or when `text` opens with a plain "It " and then, after the same
// adverbs, a raising verb (fourteenth session: "It seems that ...", "It
// remains to be seen whether ..."):
//     - seems, seemed, appears, appeared, emerged, "has emerged", "turns
//       out" or "turned out", then "that" and a word other than "way" ("It
//       seems to be ...", "It seems unlikely ...", "It turned out well"
//       and "It seems that way" may name a thing told before);
//     - remains or remained, then a clause adjective and a clause word as
//       above ("It remains unclear whether ...");
//     - remains or remained, then "to be seen" and a clause word, not
//       followed by "that" as above;
//   with no punctuation between the words of the form;
// and no word after that form points back anywhere in the sentence: he,
// she, it, they, him, her, them, his, its, their, hers, theirs, this,
// these, those, that (a second "that": "It's known that ... that
// staircase"), the first person (I, we, me, us, my, our), and a clause
// word followed by "that" ("It's unclear whether that would ...").
bool ImpersonalItStandsAlone(std::string_view text);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_IMPERSONAL_IT_H_
