// News budgets: a wire's list of the stories it will move ("SLUG _ PLACE _
// summary. (Writer, Service). 30. MOVED"), sent as a document of its own.
// Its items read like news but are summaries of other stories, with word
// counts, times and desk notes around them; q10N cut their slugs and
// places, after which the items were still candidates (DUC 2006 D0647B
// holds five such documents, D0612C and D0628A one each). The rule is read
// per document, so a budget's sentences are noise, and not evidence either.
// Tests: tests/news_budget_test.cc.

#ifndef CHORUS_SRC_NEWS_BUDGET_H_
#define CHORUS_SRC_NEWS_BUDGET_H_

#include <cstddef>
#include <string_view>

#include "sentence_segmenter.h"

namespace chorus {
namespace internal {

// True when `paragraph` opens as a budget item: a slug of ASCII capitals and
// digits in two or more parts joined by '-' ("CUBA-ELIAN", "FBN-SEAHAWKS")
// then " _ "; or a one-part slug of two or more capitals and digits ("IMF")
// then " _ ", a place of 2 to 40 bytes that opens with a capital and holds
// no '_' ("MIAMI", "TALLAHASSEE, Fla.,"), then " _ ". Any run of whitespace
// counts as the spaces. A one-part dateline ("MIAMI _ Police said ...") and
// a place in words ("NEW YORK _ ...") are not items.
bool OpensAsBudgetItem(std::string_view paragraph);

// The number of budget items that make a document a news budget. Measured
// on DUC 2003, DUC 2006 and the 1,000 bench clusters (17,446 documents): no
// document that is not a budget has one item; the seven budgets have 2, 5,
// 5, 7, 8, 8 and 28.
inline constexpr size_t kMinBudgetItems = 2;

// True when at least kMinBudgetItems paragraphs of `seg` (segmented from
// `text`) open as budget items.
bool IsNewsBudget(std::string_view text, const Segmentation& seg);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_NEWS_BUDGET_H_
