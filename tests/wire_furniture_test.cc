// Wire furniture, telephone numbers and the dateline's forms (wire_furniture.h,
// dateline.h) as ApplyFormRules applies them. The strings are written for
// this test, with near misses that must stay.
#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "noise_filter.h"
#include "sentence_segmenter.h"
#include "test_util.h"
#include "wire_furniture.h"

namespace chorus {
namespace internal {

TEST_CASE("wire photo-package furniture is dropped", "[noise]") {
  for (const char* line :
       {"(XYZ12) HARBOUR CITY -- Oct. 28, 1998 -- HARBOUR-FERRY-2, 10-28 -- The first ferry of "
        "the season at the north quay on Wednesday.",
        "HARBOUR CITY -- QUAY-CRANES-1-ABC, 10-20 -- Cranes at the north quay were repaired "
        "in time for the first ships.",
        "(XYZ12) UNDATED -- Oct. 20, 1999 -- HOME REPAIRS-B&W, 10-20 -- Fixing a roof takes planning.",
        "(XYZ28) HARBOUR CITY -- Oct. 20, 1999 -- ADV."}) {
    INFO(line);
    CHECK(test::FormRuleReason(line) == "wire photo caption or tag");
  }
  {
    std::unique_ptr<SentenceSegmenter> seg;
    REQUIRE(SentenceSegmenter::Create("en", &seg).ok());
    const std::string text =
        "The first ferry of the season docks at the harbour on Monday after the storm. "
        "(J. Ruiz/Harbour Gazette Photo) LITE\n\n"
        "Cranes at the north quay were repaired in time for the first ships of the season. "
        "(K. Lee/Harbour Gazette Photo) *LITE";
    Segmentation s = seg->Segment(text);
    auto v = ApplyFormRules(text, s);
    REQUIRE(v.size() == 4);
    CHECK(v[0].reason.empty());
    CHECK(v[1].reason == "photo or agency credit");
    CHECK(v[2].reason.empty());
    CHECK(v[3].reason == "photo or agency credit");
  }
  // Near misses: a score, a date between dashes, an agency, a lowercase tail.
  for (const char* line :
       {"The harbour team lost 10-7 -- a rout, the coach said after the game on Monday.",
        "The ferry returned -- Oct. 28, 1998 -- to the north quay after the storm had passed.",
        "The vote in the harbour board, 10-12 -- a defeat for the mayor, ended the plan.",
        "(AB) The ferry resumed its crossings on Monday after the storm had passed.",
        "(J. Ruiz/Harbour Gazette Photo) The ferry resumed its crossings on Monday."}) {
    INFO(line);
    CHECK(test::FormRuleReason(line).empty());
  }
  CHECK(IsWireCaption("(XYZ12) CITY -- text"));
  CHECK_FALSE(IsWireCaption("(XYZ) CITY -- text"));
  CHECK_FALSE(IsWireCaption("(12) CITY -- text"));
  CHECK_FALSE(IsWireCaption("-- 10-28 -- text"));
  CHECK(IsWireCaption("SLUG, 1-2 _ text"));
  CHECK_FALSE(IsWireCaption("Slug, 1-2 _ text"));
  CHECK_FALSE(IsWireCaption("SLUG, 123-2 -- text"));
}

TEST_CASE("a telephone number with its area code is contact details", "[noise]") {
  for (const char* line :
       {"Questions should be directed to the harbour desk at 404-555-0142.",
        "Residents can call the harbour hotline at 1-800-555-0142 on weekdays.",
        "For more information, contact the ferry board at (404) 555-0142 or visit its office.",
        "IN PORT CITY: Jane Roe at 404 555-0142."}) {
    INFO(line);
    CHECK(test::FormRuleReason(line) == "contact details (a telephone number)");
  }
  for (const char* line :
       {"The harbour board, P.O. Box 96505, Port City, 20077-7140, reopened the quay.",
        "Ferry crossings rose in 1998-2000 and fell by 555-0142 tickets, the board said.",
        "The harbour team won 104-1234 in a game that was never close, the coach said.",
        "The quay was built between 1904-1912 at a cost of $4,000, the board said."}) {
    INFO(line);
    CHECK(test::FormRuleReason(line).empty());
  }
  CHECK(HasTelephoneNumber("call 212-555-0142"));
  CHECK(HasTelephoneNumber("212-555-0142"));
  CHECK(HasTelephoneNumber("(212) 555-0142"));
  CHECK_FALSE(HasTelephoneNumber("(212)-555-0142x"));
  CHECK_FALSE(HasTelephoneNumber("2212-555-0142"));
  CHECK_FALSE(HasTelephoneNumber("212-555-01423"));
  CHECK_FALSE(HasTelephoneNumber("-555-0142"));
}

TEST_CASE("an editors' label with attention or please note is a note to editors", "[noise]") {
  CHECK(test::FormRuleReason("ATTENTION EDITORS: The following photos are part of tonight's harbour package.") ==
        "editors' note");
  CHECK(test::FormRuleReason("PLEASE NOTE: HARBOUR STORIES will move at 9:30 P.M. on Friday.") == "editors' note");
  CHECK(IsEditorsNote("Editors please note: a correction follows."));
  CHECK_FALSE(IsEditorsNote("Attention: the harbour closes at noon."));
  CHECK_FALSE(IsEditorsNote("Please notice the new harbour: it opened on Monday."));
}

TEST_CASE("a code in parentheses alone, or with its dash glued on, is a dateline", "[noise]") {
  CHECK(DatelineLength("(AP) -- The port reopened.") == std::string("(AP) -- ").size());
  CHECK(DatelineLength("(AP) - The port reopened.") == std::string("(AP) - ").size());
  CHECK(DatelineLength("(UNDATED) _ It is easy to blame the harbour.") ==
        std::string("(UNDATED) _ ").size());
  CHECK(DatelineLength("NEW YORK (AP)-- Stocks fell.") == std::string("NEW YORK (AP)-- ").size());
  CHECK(DatelineLength("PORT CITY, April 25 (Wirenews)-- Talks ended.") ==
        std::string("PORT CITY, April 25 (Wirenews)-- ").size());
  CHECK(DatelineLength("WASHINGTON (AP -- Rising tides threaten the port.") ==
        std::string("WASHINGTON (AP -- ").size());
  CHECK(DatelineLength("CARACAS, Venezuela (AP) _Oil ministers met.") ==
        std::string("CARACAS, Venezuela (AP) _").size());
  // Near misses: no dash, a code with digits, prose in parentheses, lowercase after '_'.
  CHECK(DatelineLength("(AP) The port reopened.") == 0);
  CHECK(DatelineLength("(AB12) -- The port reopened.") == 0);
  CHECK(DatelineLength("(Reuters said) - The port reopened.") == 0);
  CHECK(DatelineLength("WASHINGTON (the capital -- of course) voted.") == 0);
  CHECK(DatelineLength("NATO _done with it.") == 0);
  CHECK(DatelineLength("U.S. officials said the port reopened.") == 0);
  CHECK(DatelineLength("HARBOUR HOPES FOR A NEW QUAY _ A crane arrived.") ==
        std::string("HARBOUR HOPES FOR A NEW QUAY _ ").size());
  CHECK(DatelineLength("WASHINGTON A federal judge ruled - at last.") == 0);
  CHECK(DatelineLength("A NEW QUAY _ The crane arrived.") == 0);  // "A" only inside a run
  CHECK(IsCodeInParens("(AP)"));
  CHECK_FALSE(IsCodeInParens("(A)"));
  CHECK_FALSE(IsCodeInParens("(Ap)"));

  std::unique_ptr<SentenceSegmenter> seg;
  REQUIRE(SentenceSegmenter::Create("en", &seg).ok());
  const std::string text =
      "The port listed its plans.\n\nHARBOUR-FERRY _ PHOENIX _ The ferry resumes on Monday.\n\n"
      "Harbour news today. (AP) -- The cranes were repaired on Monday.\n\n"
      "The pilots said so. NATO -- the alliance -- agreed.";
  Segmentation s = seg->Segment(text);
  auto v = ApplyFormRules(text, s);
  REQUIRE(v.size() == 6);
  CHECK(text.substr(v[1].begin, v[1].end - v[1].begin) == "The ferry resumes on Monday.");
  CHECK(text.substr(v[3].begin, v[3].end - v[3].begin) == "The cranes were repaired on Monday.");
  // After a paragraph's first sentence only a code in parentheses opens a dateline.
  CHECK(text.substr(v[5].begin, v[5].end - v[5].begin) == "NATO -- the alliance -- agreed.");
}

TEST_CASE("a title-case dateline is cut from a document's first sentence only", "[noise]") {
  CHECK(TitleCaseDatelineLength("Harbourton _ The ferry left.") == std::string("Harbourton _ ").size());
  CHECK(TitleCaseDatelineLength("Port Ellen _ ``We are late,'' the pilot said.") ==
        std::string("Port Ellen _ ").size());
  CHECK(TitleCaseDatelineLength("Harbourton, Fla. _ 12 ferries left.") ==
        std::string("Harbourton, Fla. _ ").size());
  CHECK(TitleCaseDatelineLength("Sailors _ most of them young _ left the quay.") == 0);  // paired dashes
  CHECK(TitleCaseDatelineLength("Sailors _ most of them young.") == 0);   // lowercase after the dash
  CHECK(TitleCaseDatelineLength("The Harbour Ferry Line Co _ Ferries.") == 0);  // four words
  CHECK(TitleCaseDatelineLength("Harbourton, _ The ferry.") == 0);      // a comma and no region
  CHECK(TitleCaseDatelineLength("HARBOURTON _ The ferry left.") == 0);  // DatelineLength's
  CHECK(TitleCaseDatelineLength("A _ The ferry left.") == 0);
  CHECK(TitleCaseDatelineLength("Harbourton - The ferry left.") == 0);  // not the wire's dash
  CHECK(TitleCaseDatelineLength("") == 0);
  std::unique_ptr<SentenceSegmenter> seg;
  REQUIRE(SentenceSegmenter::Create("en", &seg).ok());
  const std::string text =
      "Harbourton _ The first ferry of the season docked at the harbour on Monday.\n\n"
      "Sailors _ most of them young _ waved from the deck of the ferry.\n\n"
      "Harbourton _ The second ferry of the season docked at the quay on Tuesday.";
  Segmentation s = seg->Segment(text);
  auto v = ApplyFormRules(text, s);
  REQUIRE(v.size() == 3);
  CHECK(text.substr(v[0].begin, 3) == "The");
  CHECK(v[1].begin == s.sentences[1].begin);
  CHECK(v[2].begin == s.sentences[2].begin);  // not the document's first sentence
}

}  // namespace internal
}  // namespace chorus
