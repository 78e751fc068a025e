// Fact boxes with title-case labels (fact_box.h) as ApplyFormRules reads
// them, on made-up text.

#include "fact_box.h"

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <string_view>

#include "noise_filter.h"
#include "sentence_segmenter.h"

namespace chorus {
namespace internal {

namespace {

// The verdict's refusal as text ("" for none): compared by its bytes, not
// by the pointer.
std::string_view Refusal(const SentenceVerdict& v) {
  return v.refusal == nullptr ? std::string_view() : std::string_view(v.refusal);
}

}  // namespace

TEST_CASE("a title-case label opens a paragraph", "[noise]") {
  CHECK(OpensWithTitleCaseLabel("Proof: Some studies show that kelp eases pain."));
  CHECK(OpensWithTitleCaseLabel("Suggested Dose: 500 mg a day."));
  CHECK(OpensWithTitleCaseLabel("Curb weight: 4,000 pounds."));
  CHECK(OpensWithTitleCaseLabel("Generation X: Born after 1965, they distrust ferries."));
  CHECK(!OpensWithTitleCaseLabel("Said Harbourton: ``We are late.''"));  // a quotation
  CHECK(!OpensWithTitleCaseLabel("The harbour master said: the ferry is late."));  // lowercase after
  CHECK(!OpensWithTitleCaseLabel("The new harbour master said: The ferry is late."));  // four words
  CHECK(!OpensWithTitleCaseLabel("IMPACT: Ferries stopped."));   // capitals: list_items.h
  CHECK(!OpensWithTitleCaseLabel("Proof:Some studies."));        // no space after the colon
  CHECK(!OpensWithTitleCaseLabel("Proof of the pudding is in the eating."));
  CHECK(!OpensWithTitleCaseLabel("U.S. view: Ferries are safe."));
  CHECK(!OpensWithTitleCaseLabel("Proof:"));
  CHECK(!OpensWithTitleCaseLabel(""));
}

TEST_CASE("items of a fact box are kept but refused; one label is prose", "[noise]") {
  std::unique_ptr<SentenceSegmenter> seg;
  REQUIRE(SentenceSegmenter::Create("en", &seg).ok());
  const std::string box =
      "Kelp is sold as a remedy for sore joints in many harbour towns.\n\n"
      "Claim: Kelp eases the pain of sore joints. It is cheap.\n\n"
      "Proof: Some small studies show that it helps.";
  Segmentation s = seg->Segment(box);
  auto v = ApplyFormRules(box, s);
  REQUIRE(v.size() == 4);
  CHECK(v[0].refusal == nullptr);
  CHECK(Refusal(v[1]) == kFactBoxReason);
  CHECK(Refusal(v[2]) == kFactBoxReason);  // the rest of the item's paragraph
  CHECK(Refusal(v[3]) == kFactBoxReason);
  for (const auto& x : v) CHECK(x.reason.empty());  // evidence, not noise
  const std::string prose =
      "The harbour board met on Monday to discuss the ferry timetable.\n\n"
      "The result: Ferries will leave every hour from the north quay.";
  s = seg->Segment(prose);
  v = ApplyFormRules(prose, s);
  REQUIRE(v.size() == 2);
  CHECK(v[1].refusal == nullptr);
}

}  // namespace internal
}  // namespace chorus
