// Fact boxes with labels in title case: a box set inside a story whose
// paragraphs each open with a short label and a colon ("Claim: ...",
// "Proof: ...", "Suggested dose: ..." for each of a list of remedies; "Curb
// weight: ...", "Seating: ..." for a car). Out of their box the items read
// as fragments that lean on the box's heading ("Proof: Some studies show
// that it eases pain." does not say what "it" is), so they are not
// candidates; their words still count as evidence. list_items.h refuses
// labels in capitals ("IMPACT: ...") by their shape; a label in title case
// is also a journalist's device in prose ("The result: ...", "Their plan:
// ..."), so these are read per document: only a document in which
// kMinFactBoxLabels or more paragraphs open with such a label has a box.
// Tests: tests/fact_box_test.cc.

#ifndef CHORUS_SRC_FACT_BOX_H_
#define CHORUS_SRC_FACT_BOX_H_

#include <cstddef>
#include <string_view>

namespace chorus {
namespace internal {

// True when `paragraph` opens with a label in title case: one to three
// words separated by single spaces, the first an ASCII capital then one or
// more ASCII lowercase letters, the others an ASCII letter then ASCII
// lowercase letters ("Proof", "Suggested Dose", "Curb weight", "Generation
// X"), then ": " and an ASCII capital or digit. "Said Harbourton: ``We
// ...''" (a quotation after the colon), "The harbour master said: the
// ..." (four words; lowercase after the colon) and "IMPACT: ..." are not.
bool OpensWithTitleCaseLabel(std::string_view paragraph);

// Paragraphs that open with a title-case label in a document with a fact
// box. Measured over DUC 2003, DUC 2006 and the 1,000 bench clusters
// (eleventh session): of 1,548 DUC documents, 33 have one such paragraph
// (a prose device, "On the Net:" web furniture, a desk's "Focus:"), 7 have
// two or more: three with 2 (a car's spec box, a job box, "Case in point:"
// with "On the Net:"), an AP chronology with 3 ("Ten years ago: ..."), a
// portrait of generations with 4, a budget with 6 and a remedies box with
// 24.
inline constexpr size_t kMinFactBoxLabels = 2;

// The reason a fact-box item is not a candidate. An array, so that every
// translation unit sees one object: a `const char*` initialized with the
// literal may point at a different copy in each (they differ under ASan,
// which does not merge literals).
inline constexpr char kFactBoxReason[] = "fact-box item (its document opens paragraphs with labels)";

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_FACT_BOX_H_
