// Opening phrases that point back: each form and its near misses on
// made-up sentences, the phrase in IneligibleReason, and the fast reading
// against a slow one (std::regex over the first nine words).

#include "pointing_phrases.h"

#include <catch2/catch.hpp>
#include <random>
#include <regex>
#include <string>
#include <vector>

#include "candidate_rules.h"
#include "impersonal_it.h"

namespace chorus {
namespace internal {

namespace {

// The contract read slowly: the words (runs of non-spaces, one trailing
// comma dropped, empty ones skipped), the first nine joined by single
// spaces, then one regular expression per form.
bool SlowOpensWithPointingPhrase(const std::string& text) {
  if (text.empty() || text[0] < 'A' || text[0] > 'Z') return false;
  const bool now_comma = text.rfind("Now, ", 0) == 0, now = text.rfind("Now ", 0) == 0;
  if (now_comma || now) {
    static const std::regex pointing(
        "(^|[^A-Za-z])(he|she|it|they|him|her|them|his|its|their|hers|theirs|I|we|me|us|my|our|"
        "however|also)([^A-Za-z]|$)");
    static const std::regex demonstrative("^[^A-Za-z]*(this|that|these|those)([^A-Za-z]|$)");
    static const std::regex that_after_comma(", *that([^A-Za-z]|$)");
    static const std::regex conjunction("^[^A-Za-z]*that([^A-Za-z]|$)");
    const std::string rest = text.substr(now_comma ? 5 : 4);
    // "Now, " + an impersonal "it" (impersonal_it_test.cc reads that
    // contract slowly).
    if (now_comma && rest.rfind("it", 0) == 0 && ImpersonalItStandsAlone("I" + rest.substr(1)))
      return false;
    if (now && std::regex_search(rest, conjunction)) return false;
    return std::regex_search(rest, pointing) || std::regex_search(rest, demonstrative) ||
           std::regex_search(rest, that_after_comma);
  }
  const std::regex token("[^ ]+");
  std::vector<std::string> words, written;  // written: with the comma
  for (auto it = std::sregex_iterator(text.begin(), text.end(), token);
       it != std::sregex_iterator() && words.size() < 9; ++it) {
    std::string w = it->str();
    const std::string as_written = w;
    if (w.back() == ',') w.pop_back();
    if (!w.empty()) {
      words.push_back(w);
      written.push_back(as_written);
    }
  }
  std::string n, nw;
  for (const std::string& w : words) n += (n.empty() ? "" : " ") + w;
  for (const std::string& w : written) nw += (nw.empty() ? "" : " ") + w;
  static const std::string q =
      "(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Both|Each|Neither|"
      "Either|None|Several|Many|Some|Most|Others|All|Few)";
  static const std::regex instead("^Instead( |$)(?!of( |$))");
  static const std::regex thus("^Thus( |$)(?!far( |$))");
  static const std::regex after("^After that [^ ]");
  static const std::regex such("^Such( |$)");
  static const std::regex such_as("^Such( [^ ]+){0,5} as( |$)");
  static const std::regex of_them("^" + q + " of (them|these)( |$)");
  static const std::regex of_those_end("^" + q + " of those$");
  static const std::regex of_those(
      "^" + q +
      " of those (?!(who|whom|that|which|at|in|on|with|from|for|under)( |$))(?![^ ]*ed( |$))");
  static const std::regex connective(
      "^(As a result|In addition|Indeed|For example|For instance|By contrast|In contrast|"
      "On the other hand|Even so|Rather|After all|In other words|Otherwise|Besides|In turn), ");
  static const std::string v =
      "(is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|do|does|did|"
      "said|says|say|told|added)";
  static const std::regex subject("^(" + q + "|The (two|three|other|others|latter|former)) " +
                                  v + "( |$)");
  static const std::regex the_label("^The [a-z]+: ");
  if (std::regex_search(text, connective) || std::regex_search(text, the_label)) return true;
  if (std::regex_search(nw, subject)) return true;
  if (std::regex_search(n, instead) || std::regex_search(n, thus) || std::regex_search(n, after))
    return true;
  if (std::regex_search(n, such)) return !std::regex_search(n, such_as);
  // "All" and "Both" take the determiner without "of" too (no comma after
  // the quantifier: "All, those ..." is not read).
  static const std::regex all_these("^(All|Both) these( |$)");
  static const std::regex all_those_end("^(All|Both) those$");
  static const std::regex all_those(
      "^(All|Both) those (?!(who|whom|that|which|at|in|on|with|from|for|under)( |$))(?![^ ]*ed( |$))");
  const bool comma_after_first = !written.empty() && written[0].back() == ',';
  if (!comma_after_first && (std::regex_search(n, all_these) || std::regex_search(n, all_those_end) ||
                             std::regex_search(n, all_those)))
    return true;
  return std::regex_search(n, of_them) || std::regex_search(n, of_those_end) ||
         std::regex_search(n, of_those);
}

}  // namespace

TEST_CASE("pointing phrases: each form", "[selection]") {
  CHECK(OpensWithPointingPhrase("Instead, the ferry ran to the other harbour."));
  CHECK(OpensWithPointingPhrase("Instead the ferry ran."));
  CHECK(OpensWithPointingPhrase("Thus, the mayor said, the bridge must close."));
  CHECK(OpensWithPointingPhrase("Thus the bridge closed."));
  CHECK(OpensWithPointingPhrase("After that, the two ferries part company."));
  CHECK(OpensWithPointingPhrase("After that he became a mystery."));
  CHECK(OpensWithPointingPhrase("Such closures rose 86 percent last year."));
  CHECK(OpensWithPointingPhrase("Such a bridge would help small harbours compete."));
  CHECK(OpensWithPointingPhrase("Four of those ferries were banned for a year."));
  CHECK(OpensWithPointingPhrase("Many of those have crossed the bridge."));
  CHECK(OpensWithPointingPhrase("Seven of those 77 passengers were rescued."));
  CHECK(OpensWithPointingPhrase("One of them was the mayor's brother."));
  CHECK(OpensWithPointingPhrase("Most of these changes took effect in May."));
  CHECK(OpensWithPointingPhrase("All of those ideas will be debated, the mayor said."));
  CHECK(OpensWithPointingPhrase("Few of those"));
  CHECK(OpensWithPointingPhrase("All those ferries were sold in May."));
  CHECK(OpensWithPointingPhrase("Both these bridges carry trucks."));
  CHECK(OpensWithPointingPhrase("All these"));
  CHECK(OpensWithPointingPhrase("As a result, the ferry ran late."));
  CHECK(OpensWithPointingPhrase("In addition, the harbour closed."));
  CHECK(OpensWithPointingPhrase("Indeed, the bridge held."));
  CHECK(OpensWithPointingPhrase("For example, 45 ferries were added."));
  CHECK(OpensWithPointingPhrase("For instance, the mayor closed it."));
  CHECK(OpensWithPointingPhrase("By contrast, the old bridge fell."));
  CHECK(OpensWithPointingPhrase("In contrast, the ferry ran."));
  CHECK(OpensWithPointingPhrase("On the other hand, tolls rose."));
  CHECK(OpensWithPointingPhrase("Even so, the span held."));
  CHECK(OpensWithPointingPhrase("Rather, the mayor said, tolls will rise."));
  CHECK(OpensWithPointingPhrase("After all, the bridge is old."));
  CHECK(OpensWithPointingPhrase("In other words, tolls will rise."));
  CHECK(OpensWithPointingPhrase("Otherwise, the ferry must wait."));
  CHECK(OpensWithPointingPhrase("Besides, the span is short."));
  CHECK(OpensWithPointingPhrase("In turn, the ferry cut fares."));
  CHECK(OpensWithPointingPhrase("Two are believed to be ferry captains."));
  CHECK(OpensWithPointingPhrase("All will have one under the new plan."));
  CHECK(OpensWithPointingPhrase("One would create 15,000 new berths."));
  CHECK(OpensWithPointingPhrase("Each has to pay back the tolls."));
  CHECK(OpensWithPointingPhrase("Many say the bridge is unsafe."));
  CHECK(OpensWithPointingPhrase("Others said the bridge is safe."));
  CHECK(OpensWithPointingPhrase("The other was rescued by a ferry."));
  CHECK(OpensWithPointingPhrase("The latter told reporters the span held."));
  // "Now, " before a word that points back.
  CHECK(OpensWithPointingPhrase("Now, the mayor said, they want a new bridge."));
  CHECK(OpensWithPointingPhrase("Now, one of the ferries he ran is for sale."));
  CHECK(OpensWithPointingPhrase("Now, it's the ferry's turn."));
  CHECK(OpensWithPointingPhrase("Now, that harbour has no pilot."));
  CHECK(OpensWithPointingPhrase("Now, however, the tolls have risen."));
  CHECK(OpensWithPointingPhrase("Now, I find the bridge too long."));
  CHECK(OpensWithPointingPhrase("Now, in the harbour, the crews want their pay (and his)."));
  CHECK(OpensWithPointingPhrase("Now, besides the tolls, the board has also cut the fares."));
  CHECK(OpensWithPointingPhrase("Now, after a decade of storms, that may change."));
  CHECK(OpensWithPointingPhrase("Now, after a decade of storms,that may change."));
  // "Now, it" + no impersonal form, or a word that points back after one.
  CHECK(OpensWithPointingPhrase("Now, it turns out the ferry had no pilot."));  // no "that"
  CHECK(OpensWithPointingPhrase("Now, it seems to have worked."));
  CHECK(OpensWithPointingPhrase("Now, it turns out that he had no pilot."));
  CHECK(OpensWithPointingPhrase("Now, it's a long bridge."));
  CHECK(OpensWithPointingPhrase("Now it seems that nearly every ferry is late."));  // no comma
  // "The" + one lowercase word as a label (twelfth session).
  CHECK(OpensWithPointingPhrase("The result: 90 percent of the ferries are idle."));
  CHECK(OpensWithPointingPhrase("The reason: Tolls rose."));
  CHECK(OpensWithPointingPhrase("The upshot: fewer ferries, said the board."));
  CHECK(!OpensWithPointingPhrase("The harbour myth: Ferries sink in fog."));  // two words
  CHECK(!OpensWithPointingPhrase("The question is: Who pays?"));
  CHECK(!OpensWithPointingPhrase("The Harbour: A history."));  // a capital
  CHECK(!OpensWithPointingPhrase("The result:"));
  CHECK(!OpensWithPointingPhrase("The result:90 percent"));
  CHECK(!OpensWithPointingPhrase("The  result: ferries"));
  CHECK(!OpensWithPointingPhrase("The result of the vote: ferries"));
  CHECK(!OpensWithPointingPhrase("Theresult: ferries"));
  // "Now" without the comma, read the same way (twelfth session).
  CHECK(OpensWithPointingPhrase("Now the harbour is quiet; he left."));
  CHECK(OpensWithPointingPhrase("Now she'll sail to the islands."));
  CHECK(OpensWithPointingPhrase("Now the board wants a fee to release it."));
  CHECK(OpensWithPointingPhrase("Now these ferries are idle."));
  CHECK(OpensWithPointingPhrase("Now the crews are also idle."));
  CHECK(OpensWithPointingPhrase("Now, after the storm,that may change."));
}

TEST_CASE("pointing phrases: near misses stand alone", "[selection]") {
  CHECK(!OpensWithPointingPhrase("Instead of waiting, the ferry left early."));
  CHECK(!OpensWithPointingPhrase("Thus far, the bridge has held."));
  CHECK(!OpensWithPointingPhrase("After the storm, the bridge closed."));
  CHECK(!OpensWithPointingPhrase("After that."));  // no word after the phrase
  CHECK(!OpensWithPointingPhrase("Such well-known harbours as Dover and Calais closed."));
  CHECK(!OpensWithPointingPhrase("Such big ferries as the new ones are rare."));
  CHECK(!OpensWithPointingPhrase("Many of those injured in the crash were children."));
  CHECK(!OpensWithPointingPhrase("All those involved were rescued."));
  CHECK(!OpensWithPointingPhrase("All those who crossed the bridge paid a toll."));
  CHECK(!OpensWithPointingPhrase("All them ferries."));
  CHECK(!OpensWithPointingPhrase("Many those ferries were sold."));
  CHECK(!OpensWithPointingPhrase("One of those who crossed the bridge was the mayor."));
  CHECK(!OpensWithPointingPhrase("Most of those at the harbour were fishermen."));
  CHECK(!OpensWithPointingPhrase("Two of those killed on the bridge were tourists."));
  CHECK(!OpensWithPointingPhrase("One of the two bridges was closed."));
  CHECK(!OpensWithPointingPhrase("Two suspects were arrested on the bridge."));
  CHECK(!OpensWithPointingPhrase("One Pentagon official said the bridge held."));
  CHECK(!OpensWithPointingPhrase("The two of them crossed."));  // "of" is no verb
  CHECK(!OpensWithPointingPhrase("Insteadly, the ferry ran."));
  CHECK(!OpensWithPointingPhrase("instead, the ferry ran."));  // case matters
  CHECK(!OpensWithPointingPhrase("Suchlike closures are rare."));
  CHECK(!OpensWithPointingPhrase(""));
  CHECK(!OpensWithPointingPhrase("As a result of the storm, the bridge closed."));
  CHECK(!OpensWithPointingPhrase("In addition to tolls, the city raised fares."));
  CHECK(!OpensWithPointingPhrase("Indeed the bridge held."));  // no comma
  CHECK(!OpensWithPointingPhrase("For example: the bridge."));
  CHECK(!OpensWithPointingPhrase("Rather than wait, the ferry left."));
  CHECK(!OpensWithPointingPhrase("After all the tolls, the bridge paid off."));
  CHECK(!OpensWithPointingPhrase("In fact, the bridge held."));  // mixed: not read as one
  CHECK(!OpensWithPointingPhrase("At the same time, the ferry ran."));
  CHECK(!OpensWithPointingPhrase("Of course, bridges age."));
  // A quantifier with a noun, a comma or another word after it.
  CHECK(!OpensWithPointingPhrase("All told, the storm cost the harbour $3 million."));
  CHECK(!OpensWithPointingPhrase("Two, the mayor said, were rescued."));
  CHECK(!OpensWithPointingPhrase("Others said, however, that the span held."));
  CHECK(!OpensWithPointingPhrase("Many Americans say the bridge is unsafe."));
  CHECK(!OpensWithPointingPhrase("Some work for the ferry line."));
  CHECK(!OpensWithPointingPhrase("The two-day inquiry was closed."));
  CHECK(!OpensWithPointingPhrase("The two ferries are new."));
  CHECK(!OpensWithPointingPhrase("The others' boats were sunk."));
  CHECK(!OpensWithPointingPhrase("The bridge is old."));
  CHECK(!OpensWithPointingPhrase("Theother was rescued."));
  // "Now, " with no word that points back, or "Now" without the comma.
  CHECK(!OpensWithPointingPhrase("Now, 40 new ferries cross the harbour every day."));
  CHECK(!OpensWithPointingPhrase("Now, the harbour board says that tolls will rise."));  // a later "that"
  CHECK(!OpensWithPointingPhrase("Now, the board says, thatched roofs are banned."));  // "that" inside a word
  CHECK(!OpensWithPointingPhrase("Now, the board says tolls will rise, and that is final."));  // "and" between
  CHECK(!OpensWithPointingPhrase("Now, the ferries alsothrive."));  // "also" inside a word
  CHECK(!OpensWithPointingPhrase("Now, the theme of the itinerary is ships."));  // inside words
  CHECK(!OpensWithPointingPhrase("Now that the bridge is open, they want a ferry."));
  CHECK(!OpensWithPointingPhrase("Now that harbour is quiet, they say."));  // read as the conjunction
  CHECK(!OpensWithPointingPhrase("Nowhere, they said, is the harbour deeper."));
  CHECK(!OpensWithPointingPhrase("Nowadays they say the harbour is deeper."));
  // "Now, " + an impersonal "it" (fourteenth session).
  CHECK(!OpensWithPointingPhrase("Now, it turns out that the ferry had no pilot."));
  CHECK(!OpensWithPointingPhrase("Now, it seems that nearly every ferry is late."));
  CHECK(!OpensWithPointingPhrase("Now, it's clear that the tolls will rise."));
  CHECK(!OpensWithPointingPhrase("Now, it is hard to find a seat on the ferry."));
  CHECK(!OpensWithPointingPhrase("Now, it remains to be seen whether the bridge holds."));
  CHECK(!OpensWithPointingPhrase("Now the harbour is quiet."));
  CHECK(!OpensWithPointingPhrase("Now ferries cross the harbour every hour, the board said."));
  CHECK(!OpensWithPointingPhrase("Now the theme of the itinerary is ships."));  // inside words
}

TEST_CASE("pointing phrases make a sentence ineligible", "[selection]") {
  SummarizerOptions o;
  CHECK(std::string(IneligibleReason("Such closures rose 86 percent last year.", 7, o)) ==
        "opens with a back-reference");
  CHECK(std::string(IneligibleReason("Nor did the bridge reopen on Monday.", 7, o)) ==
        "opens with a back-reference");
  CHECK(IneligibleReason("Instead of waiting, the ferry left early.", 7, o) == nullptr);
}

TEST_CASE("pointing phrases agree with a slow reading", "[selection]") {
  static const char* kPieces[] = {
      "Instead", "Instead,", "of",  "Thus",     "far",    "far,",    "After", "that",
      "that,",   "Such",     "as",  "as,",      "One",    "Many",    "Few",   "Twelve",
      "them",    "these",    "those", "those,", "who",    "injured", "in",    "swimmers",
      "The",     "x",        ",",   "Suchas",   "instead", "ed",     "of,",   "under",
      "As",      "a",        "result,", "result", "In",    "addition,", "Indeed,", "Indeed",
      "On",      "the",      "other", "hand,",   "Even",   "so,",     "all,",  "Rather,",
      "Two",     "Two,",     "are",   "told",    "told,",  "said",    "two",   "latter",
      "others",  "others,",  "All",   "Thee",    "Now,",   "Now,",    "Now",   "he",
      "it's",    "However",  "however,", "I",    "Imagine", "us",     "U.S.",  "theme",
      "Both",    "Both,",    "All,",
      "it",      "It",       "seems",   "turns",  "out",    "that",    "is",    "clear",
      "this",    "(those",   "2he",      "also",   "also,",  ",that",   "that.", "Now",      "result:", "myth:",  "Result:"};
  std::mt19937 rng(7);
  for (int round = 0; round < 30000; ++round) {
    std::string t;
    for (int k = 1 + static_cast<int>(rng() % 10); k > 0; --k) {
      t += kPieces[rng() % std::size(kPieces)];
      const unsigned gap = rng() % 8;
      if (k > 1 || gap == 0) t += gap == 1 ? "  " : gap == 2 ? "" : " ";
    }
    INFO("text \"" << t << "\"");
    REQUIRE(OpensWithPointingPhrase(t) == SlowOpensWithPointingPhrase(t));
  }
}

}  // namespace internal
}  // namespace chorus
