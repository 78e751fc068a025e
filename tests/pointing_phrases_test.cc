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

namespace chorus {
namespace internal {

namespace {

// The contract read slowly: the words (runs of non-spaces, one trailing
// comma dropped, empty ones skipped), the first nine joined by single
// spaces, then one regular expression per form.
bool SlowOpensWithPointingPhrase(const std::string& text) {
  if (text.empty() || text[0] < 'A' || text[0] > 'Z') return false;
  const std::regex token("[^ ]+");
  std::vector<std::string> words;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), token);
       it != std::sregex_iterator() && words.size() < 9; ++it) {
    std::string w = it->str();
    if (w.back() == ',') w.pop_back();
    if (!w.empty()) words.push_back(w);
  }
  std::string n;
  for (const std::string& w : words) n += (n.empty() ? "" : " ") + w;
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
  if (std::regex_search(text, connective)) return true;
  if (std::regex_search(n, instead) || std::regex_search(n, thus) || std::regex_search(n, after))
    return true;
  if (std::regex_search(n, such)) return !std::regex_search(n, such_as);
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
}

TEST_CASE("pointing phrases: near misses stand alone", "[selection]") {
  CHECK(!OpensWithPointingPhrase("Instead of waiting, the ferry left early."));
  CHECK(!OpensWithPointingPhrase("Thus far, the bridge has held."));
  CHECK(!OpensWithPointingPhrase("After the storm, the bridge closed."));
  CHECK(!OpensWithPointingPhrase("After that."));  // no word after the phrase
  CHECK(!OpensWithPointingPhrase("Such well-known harbours as Dover and Calais closed."));
  CHECK(!OpensWithPointingPhrase("Such big ferries as the new ones are rare."));
  CHECK(!OpensWithPointingPhrase("Many of those injured in the crash were children."));
  CHECK(!OpensWithPointingPhrase("One of those who crossed the bridge was the mayor."));
  CHECK(!OpensWithPointingPhrase("Most of those at the harbour were fishermen."));
  CHECK(!OpensWithPointingPhrase("Two of those killed on the bridge were tourists."));
  CHECK(!OpensWithPointingPhrase("One of the two bridges was closed."));
  CHECK(!OpensWithPointingPhrase("Two suspects were arrested on the bridge."));
  CHECK(!OpensWithPointingPhrase("One Pentagon official said the bridge held."));
  CHECK(!OpensWithPointingPhrase("The two of them crossed."));  // "The ..." is not read
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
      "On",      "the",      "other", "hand,",   "Even",   "so,",     "all,",  "Rather,"};
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
