// List and fact-box items: sentences that are an entry of a list, a fact
// box, a transcript or a chronology rather than a sentence of the story.
// Their words still count as evidence (they stay in the graph), but out of
// their list they read as fragments ("IMPACT: Thousands of ... affected.",
// "0:10 PILOT Get away ...", "Nov. 25 -- Boy rescued at sea ..."), so
// candidate_rules.h does not choose them. Tests:
// tests/candidate_rules_test.cc.

#ifndef CHORUS_SRC_LIST_ITEMS_H_
#define CHORUS_SRC_LIST_ITEMS_H_

#include <string_view>

namespace chorus {
namespace internal {

// True when `text` (collapsed) opens with one of:
//   * a label in capitals then ": " then no lowercase letter ("IMPACT: Tens
//     of ...", "STAR GAZERS: EPISODE I _ ...", "QUESTION: I am ...",
//     "TURKEY: A year after ..."): the label one to six words of ASCII
//     capitals, digits and ".,'&/-_", at least two capitals, no lowercase
//     letter. "AIDS: a new study ..." (lowercase after the colon) and "U.S.
//     officials said" (no colon) are not;
//   * a time code and a speaker in capitals ("0:10 PILOT Get away ..."):
//     H:MM or HH:MM, a space, a word of two or more capitals (and '-');
//   * a date then a dash ("Nov. 25 -- ...", "March 3, 1999 _ ...",
//     "Jan. 21, 1976: ..."): an English month name or its abbreviation, a
//     day of one or two digits (or a range "12-13"), an optional ", YYYY",
//     then " -- ", " _ ", " - ", U+2014 or ": ";
//   * a clock time then a dash ("1:50 a.m. EST -- Plane begins ...", "9
//     p.m. -- ..."): H, HH, H:MM or HH:MM, " a.m." or " p.m.", an optional
//     zone of two to four capitals, then " -- ", " _ ", " - " or U+2014
//     ("10 a.m. is when ..." and "At 9 p.m. -- ..." are not);
//   * a dateline left after a paragraph's first sentence (DatelineLength
//     in dateline.h > 0: "EDT -- Plane lands ...", "MIAMI _ ...").
bool OpensAsListItem(std::string_view text);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_LIST_ITEMS_H_
