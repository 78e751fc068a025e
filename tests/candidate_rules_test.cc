// The candidate rules: each reason on a sentence that has it, none on a
// plain one, and the opener test against an obvious word-by-word reading
// (its fast path compares the first byte and the first word's length).

#include "candidate_rules.h"

#include "list_items.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

namespace chorus {
namespace internal {

namespace {

// The first word (up to a space or comma) is one of the openers, or one of
// the pronouns with an apostrophe and a clitic, followed by a space or a
// comma.
bool NaiveOpensWithBackReference(std::string_view text) {
  std::vector<std::string> words = {
      "But",      "And",         "Yet",          "So",          "Still",        "However",
      "Also",     "He",          "She",          "It",          "They",         "This",
      "That",     "These",       "Those",        "His",         "Her",          "Its",
      "Their",    "I",           "We",           "Me",          "Us",           "My",
      "Our",      "Him",         "Them",         "Moreover",    "Furthermore",  "Nevertheless",
      "Nonetheless", "Consequently", "Therefore", "Hence",      "Likewise",     "Similarly",
      "Nor",      "Then"};
  for (std::string p : {"He", "She", "It", "They", "This", "That", "These", "Those", "I", "We"})
    for (std::string a : {"'", "\u2019"})
      for (std::string c : {"s", "re", "ve", "d", "ll", "m"}) words.push_back(p + a + c);
  for (const std::string& w : words)
    if (text.size() > w.size() && text.substr(0, w.size()) == w &&
        (text[w.size()] == ' ' || text[w.size()] == ','))
      return true;
  return false;
}

}  // namespace

TEST_CASE("candidate rules give each reason", "[selection]") {
  SummarizerOptions o;
  o.min_sentence_words = 5;
  o.max_sentence_words = 12;
  o.skip_quotes = true;
  const std::string plain = "The bridge reopened to traffic on Monday morning.";
  CHECK(IneligibleReason(plain, 8, o) == nullptr);
  CHECK(std::string(IneligibleReason(plain, 4, o)) == "fragment (too few words)");
  CHECK(std::string(IneligibleReason(plain, 13, o)) == "run-on (too many words)");
  CHECK(std::string(IneligibleReason("Officials said the following on Monday:", 6, o)) ==
        "fragment (ends with a colon)");
  CHECK(std::string(IneligibleReason("Will the bridge reopen on Monday morning?", 7, o)) ==
        "question");
  CHECK(std::string(IneligibleReason("The paper quoted the mayor as saying.", 7, o)) ==
        "fragment (introduces a quotation it does not hold)");
  CHECK(IneligibleReason("The paper quoted the mayor as saying so.", 8, o) == nullptr);
  CHECK(std::string(IneligibleReason("But the bridge reopened on Monday morning.", 7, o)) ==
        "opens with a back-reference");
  CHECK(std::string(IneligibleReason("\u201CIt held,\u201D the mayor said on Monday.", 7, o)) ==
        "opens with a quotation");
  CHECK(std::string(IneligibleReason("The span held,'' the mayor said on Monday.", 8, o)) ==
        "closes a quotation it did not open");
  o.skip_quotes = false;
  CHECK(IneligibleReason("\u201CIt held,\u201D the mayor said on Monday.", 7, o) == nullptr);
  CHECK(IneligibleReason("The span held,'' the mayor said on Monday.", 8, o) == nullptr);
  CHECK(std::string(IneligibleReason("", 0, o)) == "fragment (too few words)");
}

TEST_CASE("an attribution ending in \"as saying.\" is read", "[selection]") {
  // The attribution alone: its quotation is in the next sentence.
  CHECK(ReadAsSaying("The Gazette quoted the mayor as saying.") == AsSaying::kAlone);
  CHECK(ReadAsSaying("The Gazette, the town's paper, quoted the mayor as saying.") ==
        AsSaying::kAlone);
  CHECK(ReadAsSaying("Ferries stopped, the Gazette quoted the mayor as saying.") ==
        AsSaying::kAlone);  // three words: a source's apposition as much as a report
  CHECK(ReadAsSaying("The mayor was reported as saying.") == AsSaying::kAlone);  // no verb read
  CHECK(ReadAsSaying("Forty ferries were held in port the Gazette quoted him as saying.") ==
        AsSaying::kAlone);  // no comma: where the report ends is not known
  // A report, then its source.
  CHECK(ReadAsSaying("Forty ferries were held in port, the Gazette quoted the harbour master as "
                     "saying.") == AsSaying::kNone);
  CHECK(ReadAsSaying("The span will reopen ``within a week,'' the mayor was quoted as saying.") ==
        AsSaying::kNone);
  CHECK(ReadAsSaying("Tolls will rise in May, the radio paraphrased the minister as saying.") ==
        AsSaying::kNone);
  CHECK(ReadAsSaying("Tolls will rise in May, the radio cited officials as saying.") ==
        AsSaying::kNone);
  // A report whose source is a bare pronoun.
  CHECK(ReadAsSaying("Forty ferries were held in port, he was quoted as saying.") ==
        AsSaying::kPronoun);
  CHECK(ReadAsSaying("Forty ferries were held in port, she has been quoted as saying.") ==
        AsSaying::kPronoun);
  CHECK(ReadAsSaying("Forty ferries were held in port, it quoted the harbour master as saying.") ==
        AsSaying::kPronoun);
  CHECK(ReadAsSaying("The span will reopen ``within a week,'' they were quoted as saying.") ==
        AsSaying::kPronoun);
  // Other endings.
  CHECK(ReadAsSaying("The paper quoted the mayor as saying so.") == AsSaying::kNone);
  CHECK(ReadAsSaying("as saying.") == AsSaying::kNone);

  SummarizerOptions o;
  o.min_sentence_words = 1;
  const std::string report = "Forty ferries were held in port, he was quoted as saying.";
  CHECK(std::string(IneligibleReason(report, 11, o)) == "attributed to an unnamed he, she or they");
  o.refuse_unnamed_speakers = false;
  CHECK(IneligibleReason(report, 11, o) == nullptr);
  CHECK(IneligibleReason("Forty ferries were held in port, the Gazette quoted the harbour master "
                         "as saying.", 15, o) == nullptr);
  CHECK(std::string(IneligibleReason("The Gazette quoted the mayor as saying.", 7, o)) ==
        "fragment (introduces a quotation it does not hold)");
}

TEST_CASE("list and fact-box items are not candidates", "[selection]") {
  for (const char* item :
       {"IMPACT: Perhaps thousands of harbour cranes affected.",
        "HOW IT WORKS: Arrives by ferry and spreads along the quay.",
        "STAR GAZERS: EPISODE II _ THE HARBOUR: Science fiction.",
        "QUESTION: My son wants to work on the ferries.",
        "PRICE RANGE, WELL-EQUIPPED: $40,000 to $43,000.",
        "0:12 PILOT Turn back to the harbour.",
        "12:07 CO-PILOT We have lost the engines.",
        "Nov. 25 -- Ferry rescued at sea after the storm.",
        "March 3, 1999 _ The harbour board votes to close the quay.",
        "Jan. 21, 1976: The first ferry crossings take place.",
        "Oct. 12-13, 1992: A ferry crosses the bay in record time.",
        "EDT -- Ferry leaves the north quay.",
        "1:50 a.m. EDT -- Ferry leaves the north quay.",
        "10:25 p.m. PST _ Ferry docks at the south quay.",
        "9 p.m. -- Harbour lights go out.",
        "(AP) -- The harbour board met on Monday."}) {
    INFO(item);
    CHECK(OpensAsListItem(item));
  }
  // Near misses: lowercase after the label, no colon, a time in prose, a
  // date that opens a sentence, a lowercase label.
  for (const char* sentence :
       {"AIDS: a new study finds the harbour clinic overwhelmed.",
        "U.S. officials said the harbour would reopen on Monday.",
        "NATO said the harbour would reopen on Monday.",
        "9:30 is when the ferry leaves the north quay.",
        "1:50 a.m. EDT was when the ferry left.",
        "10 a.m. is when the ferry leaves the north quay.",
        "9 p.m. EST, the ferry left the north quay.",
        "12:30 pm -- Ferry leaves the north quay.",
        "May 5 was the day the harbour reopened.",
        "March 3, 1999, was cold at the harbour.",
        "The ferry: a new era for the harbour.",
        "Harbour Master: The ferry leaves at noon.",
        "IBM said on Monday it would buy the harbour's software maker."}) {
    INFO(sentence);
    CHECK_FALSE(OpensAsListItem(sentence));
  }
  SummarizerOptions o;
  o.min_sentence_words = 3;
  CHECK(std::string(IneligibleReason("IMPACT: Perhaps thousands of harbour cranes affected.", 7, o)) ==
        "list or fact-box item (opens with a label, a time, a date or a dateline)");
  CHECK(IneligibleReason("AIDS: a new study finds the harbour clinic overwhelmed.", 9, o) == nullptr);
}

TEST_CASE("openers: whole first words only", "[selection]") {
  CHECK(OpensWithBackReference("However, the bridge held."));
  CHECK(OpensWithBackReference("It held."));
  CHECK(!OpensWithBackReference("Its"));              // no word after it
  CHECK(!OpensWithBackReference("Italy sent aid."));  // a longer word
  CHECK(!OpensWithBackReference("but the bridge"));   // case matters
  CHECK(!OpensWithBackReference("The bridge held."));
  CHECK(OpensWithQuote("``It held,'' he said."));
  CHECK(OpensWithQuote("'Held' was the word."));
  CHECK(!OpensWithQuote(""));
  CHECK(!OpensWithQuote("He said \"held\"."));
}

TEST_CASE("openers: contractions of the pronouns", "[selection]") {
  CHECK(OpensWithBackReference("It's a development that could be worth a fortune."));
  CHECK(OpensWithBackReference("It\u2019s a development."));
  CHECK(OpensWithBackReference("That's because the bridge held."));
  CHECK(OpensWithBackReference("They're geared toward the harbour."));
  CHECK(OpensWithBackReference("They've closed the bridge."));
  CHECK(OpensWithBackReference("He'd, by then, left."));
  CHECK(OpensWithBackReference("She'll reopen it."));
  CHECK(OpensWithBackReference("These\u2019ll do."));
  CHECK(!OpensWithBackReference("There's a bridge."));   // not a pronoun of the rule
  CHECK(!OpensWithBackReference("Its' span held."));     // no clitic
  CHECK(!OpensWithBackReference("It'sy held."));         // not a clitic
  CHECK(!OpensWithBackReference("Harbour's span held."));
  CHECK(!OpensWithBackReference("it's held."));          // case matters
  CHECK(!OpensWithBackReference("It's"));                // no word after it
  SummarizerOptions o;
  CHECK(std::string(IneligibleReason("It's a development that could be worth billions.", 8, o)) ==
        "opens with a back-reference");
}

TEST_CASE("openers: first person and the added connectives", "[selection]") {
  CHECK(OpensWithBackReference("I simply closed the bridge and went home."));
  CHECK(OpensWithBackReference("I've never seen such a bridge."));
  CHECK(OpensWithBackReference("I\u2019m not sure the span held."));
  CHECK(OpensWithBackReference("We need a couple of big ones."));
  CHECK(OpensWithBackReference("We're staffed until ten."));
  CHECK(OpensWithBackReference("My mail program opens the harbour report."));
  CHECK(OpensWithBackReference("Our span held."));
  CHECK(OpensWithBackReference("Him they never found."));
  CHECK(OpensWithBackReference("Them, the mayor thanked."));
  CHECK(OpensWithBackReference("Moreover, the bridge held."));
  CHECK(OpensWithBackReference("Nevertheless, the mayor closed the bridge."));
  CHECK(OpensWithBackReference("Consequently the ferry ran late."));
  CHECK(OpensWithBackReference("Similarly, the harbour reopened."));
  CHECK(OpensWithBackReference("Therefore, it is hard to say."));
  CHECK(OpensWithBackReference("Hence the name."));
  // Near misses: longer words, capitals, forms read as phrases
  // (pointing_phrases.h: "Instead", a numeral as the subject).
  CHECK(!OpensWithBackReference("Iceland sent aid."));
  CHECK(!OpensWithBackReference("I-95 was closed."));
  CHECK(!OpensWithBackReference("US officials said the bridge held."));
  CHECK(!OpensWithBackReference("Weather closed the bridge."));
  CHECK(!OpensWithBackReference("Myanmar sent aid."));
  CHECK(!OpensWithBackReference("Henceforth the bridge is closed."));
  CHECK(OpensWithBackReference("Then the bridge fell."));
  CHECK(OpensWithBackReference("Then, in May, the bridge fell."));
  CHECK(!OpensWithBackReference("Then-Mayor Lind closed the bridge."));
  CHECK(!OpensWithBackReference("Thence the ferry ran north."));
  CHECK(OpensWithBackReference("Nor did the span hold."));
  CHECK(!OpensWithBackReference("Instead, the ferry ran."));
  CHECK(!OpensWithBackReference("Two are believed to be independents."));
  CHECK(!OpensWithBackReference("Two suspects were arrested."));
  SummarizerOptions o;
  CHECK(std::string(IneligibleReason("I simply closed the bridge and went home.", 8, o)) ==
        "opens with a back-reference");
}

TEST_CASE("a quotation's tail is told from a whole quotation", "[selection]") {
  CHECK(ClosesUnopenedQuote("I feel guilty,'' he said."));
  CHECK(ClosesUnopenedQuote("Nobody can help me.''"));
  CHECK(ClosesUnopenedQuote("Nobody can help me.\u201D"));
  CHECK(ClosesUnopenedQuote("The bridge ``held,'' he said, ``and will hold.'' It did.''"));
  CHECK(ClosesUnopenedQuote("He wrote `hold on'' and left."));  // a single ` opens nothing
  CHECK(!ClosesUnopenedQuote("He said ``the bridge held,'' and left."));
  CHECK(!ClosesUnopenedQuote("He said \u201Cthe bridge held,\u201D and left."));
  CHECK(!ClosesUnopenedQuote("For months, ''Harbour Wars'' fans have waited."));  // '' as ``
  CHECK(!ClosesUnopenedQuote("(''Held'' was the word.)"));
  CHECK(!ClosesUnopenedQuote("The port's 'big day' came."));
  CHECK(!ClosesUnopenedQuote("He said \"held\" and left."));
  CHECK(!ClosesUnopenedQuote(""));
}

TEST_CASE("openers agree with a word-by-word reading", "[selection]") {
  static const char* kPieces[] = {"But", "And", "So", "It", "Its", "Their", "Those", "However",
                                  "The", "Ita", "Th", "S", " ", ",", ".", "x", "\u201C", "'",
                                  "\u2019", "s", "re", "ll", "d", "m", "These", "They", "I",
                                  "We", "Them", "Hence", "Nevertheless", "Consequently",
                                  "Then", "n", "-"};
  std::mt19937 rng(5);
  for (int round = 0; round < 20000; ++round) {
    std::string t;
    for (int k = static_cast<int>(rng() % 5); k > 0; --k) t += kPieces[rng() % std::size(kPieces)];
    INFO("text \"" << t << "\"");
    REQUIRE(OpensWithBackReference(t) == NaiveOpensWithBackReference(t));
  }
}

}  // namespace internal
}  // namespace chorus
