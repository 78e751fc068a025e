// News budgets (news_budget.h) as ApplyFormRules applies them. The strings
// are written for this test, with near misses that must stay.
#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "news_budget.h"
#include "noise_filter.h"

namespace chorus {
namespace internal {

namespace {

// The reasons ApplyFormRules gives every sentence of `text`.
std::vector<std::string> Reasons(const std::string& text) {
  std::unique_ptr<SentenceSegmenter> seg;
  REQUIRE(SentenceSegmenter::Create("en", &seg).ok());
  Segmentation s = seg->Segment(text);
  std::vector<std::string> out;
  for (const SentenceVerdict& v : ApplyFormRules(text, s)) out.push_back(v.reason);
  return out;
}

}  // namespace

TEST_CASE("a budget item opens with a slug, or a slug and a place", "[noise]") {
  for (const char* item :
       {"HARBOUR-FERRY _ The first ferry of the season docks on Monday. (Writer, Harbour News). 30.",
        "QUAY-CRANES-2 _ HARBOUR CITY _ Cranes at the north quay were repaired.",
        "FERRY _ HARBOUR CITY _ The ferry docks on Monday. MOVED",
        "FERRY _ PORTVILLE, Ore., _ The ferry docks on Monday.",
        "FERRY\n_\nHARBOUR CITY _ The ferry docks on Monday."}) {
    INFO(item);
    CHECK(OpensAsBudgetItem(item));
  }
  // Near misses: a dateline of one word or of words, a slug in lowercase,
  // a dash inside the text, a hyphen at an end, one letter.
  for (const char* paragraph :
       {"HARBOUR _ The first ferry of the season docks on Monday.",
        "HARBOUR CITY _ The first ferry of the season docks on Monday.",
        "Harbour-Ferry _ The first ferry of the season docks on Monday.",
        "The ferry _ a new one _ docks on Monday.",
        "HARBOUR- _ The ferry docks.",
        "-FERRY _ The ferry docks.",
        "A _ HARBOUR _ The ferry docks.",
        "12-13 _ The ferry docks.",
        "FERRY _ the harbour _ The ferry docks.",
        "FERRY _ HARBOUR CITY, where the old quay stood before the storm of the century _ It docks."}) {
    INFO(paragraph);
    CHECK_FALSE(OpensAsBudgetItem(paragraph));
  }
}

TEST_CASE("a news budget is noise as a whole document", "[noise]") {
  const std::string budget =
      "These stories are moving today to clients of the Harbour News Service.\n\n"
      "HARBOUR-FERRY _ HARBOUR CITY _ The first ferry of the season docks on Monday. (Writer, "
      "Harbour News). 30.\n\n"
      "Editors: Moving in the (a) national category.\n\n"
      "QUAY-CRANES _ Cranes at the north quay were repaired in time. (Writer, Harbour News). MOVED\n";
  const std::vector<std::string> reasons = Reasons(budget);
  REQUIRE(reasons.size() >= 4);
  for (const std::string& r : reasons) CHECK(r == "news budget (a wire's list of stories)");

  // One item is a dateline's shape in a story: the story stays.
  const std::string story =
      "HARBOUR-CITY _ The first ferry of the season docked on Monday after the storm.\n\n"
      "The harbour master said the north quay would open again in the spring.\n";
  for (const std::string& r : Reasons(story)) CHECK(r.empty());
}

}  // namespace internal
}  // namespace chorus
