// The unnamed-speaker rule: attributions to a bare pronoun are flagged,
// named speakers, cataphora and reported speech are not; the option in
// IneligibleReason; and the fast reader against a slow reading of the
// contract (a word list from std::regex) on random sentences.

#include "unnamed_speaker.h"

#include <catch2/catch.hpp>
#include <random>
#include <regex>
#include <string>
#include <vector>

#include "candidate_rules.h"

namespace chorus {
namespace internal {

namespace {

// The contract of unnamed_speaker.h, read the obvious way: all words first.
bool NaiveAttributedToUnnamedSpeaker(const std::string& text) {
  struct W {
    std::string s;
    size_t begin, end;
  };
  std::vector<W> ws;
  const std::regex word("[A-Za-z]+");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), word);
       it != std::sregex_iterator(); ++it)
    ws.push_back({it->str(), static_cast<size_t>(it->position()),
                  static_cast<size_t>(it->position() + it->length())});
  auto gap = [&](size_t k) { return text.substr(ws[k].end, ws[k + 1].begin - ws[k].end); };
  auto in = [](const std::string& w, std::vector<std::string> set) {
    for (const std::string& s : set)
      if (w == s) return true;
    return false;
  };
  const std::vector<std::string> speech = {
      "said",     "says",      "say",       "added",     "adds",       "told",
      "tells",    "noted",     "notes",     "explained", "asked",      "recalled",
      "acknowledged", "argued", "insisted", "wrote",     "writes",     "continued",
      "stated",   "declared",  "warned",    "predicted", "suggested",  "conceded",
      "contended", "claimed",  "replied",   "maintained", "testified", "concluded",
      "complained", "agreed",  "cautioned", "emphasized", "stressed"};
  if (ws.empty()) return false;
  // ", he said." after what it attributes, no verb of saying before it.
  bool spoken = false;
  for (size_t k = 1; k + 1 < ws.size(); ++k) {
    const std::string before = gap(k - 1);
    const bool set_off = before.size() >= 2 && (before.substr(before.size() - 2) == ", " ||
                                                 (before.size() >= 3 && before.substr(before.size() - 3) == "'' "));
    const size_t verb_end = ws[k + 1].end;
    if (!spoken && set_off && in(ws[k].s, {"he", "she", "they"}) && gap(k) == " " &&
        in(ws[k + 1].s, speech) &&
        (verb_end == text.size() || std::string(",.:").find(text[verb_end]) != std::string::npos))
      return true;
    if (in(ws[k].s, speech)) spoken = true;
  }
  if (ws.size() > 1 && ((gap(0) == " " && in(ws[1].s, {"said", "says", "told", "tells", "has",
                                                        "had", "is", "was", "will", "would",
                                                        "did", "does", "also"})) ||
                        (gap(0) == "'" && ws[1].s == "s")))
    return false;
  for (size_t k = 1; k < ws.size(); ++k) {
    if (std::isupper(static_cast<unsigned char>(ws[k].s[0])) && ws[k].s != "I") return false;
    if (!in(ws[k].s, {"he", "she", "they"})) continue;
    if (k + 1 < ws.size() && gap(k) == " " && in(ws[k + 1].s, speech)) return true;
    if (gap(k - 1) == " " && in(ws[k - 1].s, {"said", "says"}) &&
        (ws[k].end == text.size() || std::string(",.;").find(text[ws[k].end]) != std::string::npos))
      return true;
  }
  return false;
}

}  // namespace

TEST_CASE("unnamed speakers: attributions to a bare pronoun", "[selection]") {
  for (const char* s : {
           "Properly fitted helmets cut the risk of injury by half, he said.",
           "The hardest part was learning to ``work as a team,'' she said.",
           "For example, he said, some parents object to the tests.",
           "In fact, they said, the bridge was never closed.",
           "The span held through the storm, she added.",
           "Then, he told reporters, the shooting started.",
           "Like many, she said she had never seen the sea.",
           "The harbor will reopen next spring, said he.",
           "Nobody knew I was there, he said.",           // "I" is not a name
           "Asked about the delay, he said: ``Wait.''",  // a participle before it
           "The bridge over the Tagus held, he said.",    // the Tagus does not speak
           "Johnson's motive was good science, he said.",
           "Microsoft's results ``benefited from margins,'' he said.",
           "Ortiz opened the bridge, she added, and left.",
       }) {
    INFO(s);
    CHECK(AttributedToUnnamedSpeaker(s));
    CHECK(NaiveAttributedToUnnamedSpeaker(s));
  }
}

TEST_CASE("unnamed speakers: named, cataphoric or not an attribution", "[selection]") {
  for (const char* s : {
           "Mayor Ortiz said the bridge held.",                    // a named speaker
           "Declaring him a hero, Mayor Ortiz opened the bridge.",  // cataphora, no attribution
           "The president said he would veto the bill.",           // reported speech
           "Ortiz also said that he was tired, he added.",         // the first word names him
           "Ortiz said the span held and he said it would.",
           "Ortiz's aides argued the case, they said.",             // "argued" names them
           "Ortiz said the span held, he added.",                   // "said" names him
           "Mayor Ortiz held, he said Monday.",                     // not set off at the end
           "Mayor Ortiz held, he saidx.",
           "Officials said they would reopen the bridge.",
           "Some people say they've had enough.",  // "say they" inside a clause
           "The workers said nothing, and the mayor left.",
           "his aides said nothing.",  // one word: possessives are not speakers
           "",
           "Held.",
       }) {
    INFO(s);
    CHECK(!AttributedToUnnamedSpeaker(s));
    CHECK(!NaiveAttributedToUnnamedSpeaker(s));
  }
}

TEST_CASE("unnamed speakers: the option and the language in IneligibleReason", "[selection]") {
  SummarizerOptions o;
  const std::string s = "The bridge will reopen next week, he said.";
  REQUIRE(o.refuse_unnamed_speakers);
  CHECK(std::string(IneligibleReason(s, 8, o)) == "attributed to an unnamed he, she or they");
  o.analyzer.language = "porter";
  CHECK(IneligibleReason(s, 8, o) != nullptr);
  o.analyzer.language = "en";  // libstemmer's code for English, as the segmenter reads it
  CHECK(IneligibleReason(s, 8, o) != nullptr);
  o.analyzer.language = "german";
  CHECK(IneligibleReason(s, 8, o) == nullptr);
  o.analyzer.language = "english";
  o.refuse_unnamed_speakers = false;
  CHECK(IneligibleReason(s, 8, o) == nullptr);
}

TEST_CASE("unnamed speakers: the reader agrees with the slow reading", "[selection]") {
  const std::vector<std::string> words = {
      "he",   "she",   "they",  "He",    "They",  "said",  "says",  "added", "told",  "say",
      "also", "has",   "was",   "did",   "the",   "bridge", "held", "Ortiz", "I",     "In", "argued",
      "his",  "her",   "him",   "fact",  "Said",  "noted", "asked", "s",     "is",    "helped"};
  const std::vector<std::string> gaps = {" ", " ", " ", " ", ", ", "'", "'' ", ". ", "; ",
                                         ": ", " ``", ",'' ", " (", "-", "  "};
  std::mt19937 rng(7);
  size_t flagged = 0;
  for (int i = 0; i < 30000; ++i) {
    std::string text;
    const size_t n = rng() % 9;
    for (size_t k = 0; k < n; ++k) {
      if (k > 0 || rng() % 8 == 0) text += gaps[rng() % gaps.size()];
      text += words[rng() % words.size()];
    }
    if (rng() % 2) text += std::string(".,;")[rng() % 3];
    INFO(text);
    const bool fast = AttributedToUnnamedSpeaker(text);
    REQUIRE(fast == NaiveAttributedToUnnamedSpeaker(text));
    flagged += fast;
  }
  CHECK(flagged > 100);  // the generator reaches both answers
  CHECK(flagged < 29000);
}

}  // namespace internal
}  // namespace chorus
