// Opening phrases that point back to an earlier sentence, beyond the
// back-reference rule's single words (candidate_rules.h). Read over the
// DUC 2003/2006 candidates and the 1,000 bench digests, and measured inside
// noise at 50-300 words on both sets (docs/quality.md, tenth session). Tests:
// tests/pointing_phrases_test.cc.

#ifndef CHORUS_SRC_POINTING_PHRASES_H_
#define CHORUS_SRC_POINTING_PHRASES_H_

#include <string_view>

namespace chorus {
namespace internal {

// True when `text` opens with one of these phrases. Words are read as the
// back-reference rule reads its first word: split at spaces, a comma ending
// a word dropped, case sensitive; the first word must end at a space or a
// comma.
// * a connective phrase with its comma and a space: "As a result, ", "In
//   addition, ", "Indeed, ", "For example, ", "For instance, ", "By
//   contrast, ", "In contrast, ", "On the other hand, ", "Even so, ",
//   "Rather, ", "After all, ", "In other words, ", "Otherwise, ",
//   "Besides, ", "In turn, " (each answers an earlier sentence, as
//   "However" does; "As a result of the storm, ..." does not match);
// * "Instead", unless "of" follows ("Instead, they landed elsewhere." points
//   back; "Instead of waiting, ..." does not);
// * "Thus", unless "far" follows ("Thus far, ..." is a time phrase);
// * "After that" and at least one more word;
// * "Such", unless "as" is one of the next six words ("Such discharges rose
//   86 percent." points back; "Such well-known resorts as X and Y ..."
//   names what it means);
// * a number or quantifier ("One" .. "Twelve", "Both", "Each", "Neither",
//   "Either", "None", "Several", "Many", "Some", "Most", "Others", "All",
//   "Few") + "of" + "them" or "these", or + "of those" unless "those" is
//   the text's last word read or is followed by who, whom, that, which,
//   at, in, on, with, from, for, under or a word ending in "ed" ("Many of
//   those injured in the blaze ..." and "One of those who ..." stand
//   alone; "Four of those swimmers ..." does not); "All" and "Both" take
//   "these" and "those" without "of" too, read the same way, with no comma
//   after the quantifier ("All those tenders were issued ..." points back,
//   "All those involved ..." stands alone; thirteenth session: 6 such
//   openers among the DUC and bench candidates, 5 point back);
// * a quantifier as the whole subject: one of the quantifiers above, or
//   "The" + two, three, other, others, latter or former, then an auxiliary
//   or a verb of saying (is, are, was, were, has, have, had, will, would,
//   could, can, may, might, should, must, do, does, did, said, says, say,
//   told, added), with no comma after either word ("Two are believed to be
//   independents.", "All will have one under the new plan.", "The other
//   said ..."; "Two suspects were ...", "All told, ..." and "The two-day
//   meeting ..." stand alone). Read on 30 sentences, 29 point back; it
//   costs DUC 2006 a few hundredths of ROUGE, inside noise, and was taken
//   for readers (docs/quality.md, tenth session).
// * "Now, " before a word that points back anywhere later in the sentence
//   (words: runs of ASCII letters, compared case-sensitively): he, she, it,
//   they, him, her, them, his, its, their, hers, theirs, "however", "also"
//   (twelfth session: "Now, besides the tolls, the board has also cut
//   ..."), or the
//   first person (I, we, me, us, my, our: a quotation without its marks or
//   a columnist's voice), or "this", "that", "these", "those" as the word
//   right after the comma ("Now, that clinic has closed."), or "that" as
//   the first word after a later comma ("Now, after a decade of storms,
//   that may change."; twelfth session). "Now," itself
//   contrasts with a state told earlier; with such a word after it, the
//   sentence leans on an earlier one (eleventh session: of the 34 distinct
//   "Now," sentences among DUC candidates and bench digests, 27 match, the
//   rest name their subject: "Now, 40 landscaped houses dot ...").
//   An impersonal "it" after "Now, " is no such word: "Now, " + a text
//   that ImpersonalItStandsAlone (impersonal_it.h) accepts, its "it" read
//   as "It", does not match ("Now, it turns out that ...", "Now, it's clear
//   that ..."; fourteenth session).
// * "The" + one lowercase word as a label, then ": " ("The result: half
//   the ferries ...", "The reason: ...", "The problem: ..."): the device
//   answers the sentence before it, as "As a result, " does. Twelfth
//   session: 6 distinct sentences among DUC candidates and the bench
//   clusters' candidates that no other rule refused, all leaning on an
//   earlier one (one reached 11 bench digests); the fact-box rule
//   (fact_box.h) needs two labels in a document and a capital after the
//   colon. "The harbour myth: ..." (two words) and "The question is:
//   ..." stay.
// * "Now " (no comma) before the same words, read the same way, unless the
//   next word is "that" ("Now that the bridge is open, ..." is a
//   conjunction and is not read; "Now that tide is turning" stays too).
//   Twelfth session: of the 56 distinct "Now " sentences among DUC
//   candidates and the bench clusters' candidates, 25 match, 21 of which
//   lean on an earlier sentence ("Now she'll sail ...", "Now it is
//   cheaper.", "Now the board wants a fee to release
//   it."); the 4 others name their subject and hold a pronoun of their own
//   ("Now [a name] hopes the ferry he built ...").
// Only the first nine words are read (all of them after "Now, " or "Now ").
bool OpensWithPointingPhrase(std::string_view text);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_POINTING_PHRASES_H_
