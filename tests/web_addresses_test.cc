// Web and e-mail addresses a sentence opens or ends with (web_addresses.h),
// on made-up sentences, and the reason IneligibleReason gives.

#include "web_addresses.h"

#include <catch2/catch.hpp>
#include <string>

#include "candidate_rules.h"

namespace chorus {
namespace internal {

TEST_CASE("a sentence that opens or ends with an address is web furniture", "[selection]") {
  CHECK(OpensOrEndsWithWebAddress("For more on the ferries, see http://example.org/ferries."));
  CHECK(OpensOrEndsWithWebAddress("Visit the Harbour Gazette on the Web: www.example.org)"));
  CHECK(OpensOrEndsWithWebAddress("Timetables can be downloaded from the line's site (www.example.com)."));
  CHECK(OpensOrEndsWithWebAddress("Questions go to the desk at ferries@example.org."));
  CHECK(OpensOrEndsWithWebAddress("www.example.org/harbour, the harbour board's pages."));
  CHECK(OpensOrEndsWithWebAddress("(WWW.EXAMPLE.ORG), the harbour board's pages."));
  CHECK(OpensOrEndsWithWebAddress("The declaration is posted at the board's site, -www.example.org."));
  CHECK(OpensOrEndsWithWebAddress("Tips are at https://example.org"));
}

TEST_CASE("addresses inside a sentence that goes on, and near misses, stay", "[selection]") {
  CHECK(!OpensOrEndsWithWebAddress("The site (www.example.org) offers timetables for every ferry."));
  CHECK(!OpensOrEndsWithWebAddress("On a fan site, www.example.net, a writer praised the ferry."));
  CHECK(!OpensOrEndsWithWebAddress("Harbour.com, the biggest ferry seller, cut its fares."));
  CHECK(!OpensOrEndsWithWebAddress("The ferry sold out, according to Harbour.com."));
  CHECK(!OpensOrEndsWithWebAddress("The crew wrote @harbour on the hull."));
  CHECK(!OpensOrEndsWithWebAddress("The score was 3@4."));            // no dot after '@'
  CHECK(!OpensOrEndsWithWebAddress("The ferry left at 3 p.m. from the quay at a@b"));
  CHECK(!OpensOrEndsWithWebAddress("The mayor said: http"));          // no "://"
  CHECK(!OpensOrEndsWithWebAddress("The word www is short."));
  CHECK(!OpensOrEndsWithWebAddress("The pilot cried wwwhoa."));
  CHECK(!OpensOrEndsWithWebAddress(""));
}

TEST_CASE("web furniture is not a candidate", "[selection]") {
  SummarizerOptions o;
  CHECK(std::string(IneligibleReason("For more on the ferries, see http://example.org/ferries.", 7, o)) ==
        "web furniture (opens or ends with a web or e-mail address)");
  CHECK(IneligibleReason("The site (www.example.org) offers timetables for every ferry.", 8, o) ==
        nullptr);
}

}  // namespace internal
}  // namespace chorus
