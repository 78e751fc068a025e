#include "break_repairs.h"

#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

namespace chorus {
namespace internal {

using ::chorus::test::SegmentedSentences;

TEST_CASE("a break after an initial or a dotted acronym before a name is repaired", "[segment]") {
  struct Case {
    std::string text;
    size_t pos;  // the break: where the next sentence would start
    bool want;
  };
  const std::vector<Case> cases = {
      {"spokesman James P. Rubin said", 19, true},
      {"the U.S. Embassy in Nairobi", 9, true},
      {"the U.N. Security Council", 9, true},
      {"President B.J. Habibie", 15, true},
      {"AMHERST, N.Y. _ With no arrests", 14, true},  // the wire dash
      {"a U.S._British plan", 6, true},              // no space before the dash
      {"(U.S. Embassy)", 6, true},
      {"P. Barry", 3, true},                          // at the text's start
      {"in the U.S. The company", 12, false},         // a sentence opener
      {"in the U.S. He left", 12, false},
      {"at 4 p.m. Officials said", 10, false},        // lowercase form
      {"in the US. Embassy", 11, false},              // not a dotted acronym
      {"Inc. Without these", 5, false},               // an abbreviation, not initials
      {"the U.S. ``We will'' said", 9, false},        // a quotation
      {"the U.S. 1998 budget", 9, false},             // a digit
      {"xU.S. Embassy", 6, false},                    // inside a word
      {"the U.S. embassy", 9, false},                 // lowercase: ICU does not break there
      {"a", 0, false},
      {"the U.S. ", 9, false},                        // pos at the end
  };
  for (const auto& c : cases) {
    INFO(c.text << " at " << c.pos);
    CHECK(BreakFallsInsideName(c.text, c.pos) == c.want);
  }
}

TEST_CASE("the segmenter keeps names with initials and dotted acronyms whole", "[segment]") {
  CHECK(SegmentedSentences("A bomb exploded outside the U.S. Embassy in Nairobi. Twelve died.") ==
        std::vector<std::string>{"A bomb exploded outside the U.S. Embassy in Nairobi.",
                                 "Twelve died."});
  CHECK(SegmentedSentences("State Department spokesman James P. Rubin said so. Others agreed.") ==
        std::vector<std::string>{"State Department spokesman James P. Rubin said so.",
                                 "Others agreed."});
  CHECK(SegmentedSentences("BUFFALO, N.Y. _ Federal marshals stood outside.") ==
        std::vector<std::string>{"BUFFALO, N.Y. _ Federal marshals stood outside."});
  // A sentence that ends in "U.S." before an opener stays apart.
  CHECK(SegmentedSentences("He moved to the U.S. The company followed.") ==
        std::vector<std::string>{"He moved to the U.S.", "The company followed."});
  // The openers are English words: other languages keep ICU's break.
  CHECK(SegmentedSentences("Er zog in die U.S. Danach kam sie.", "de") ==
        std::vector<std::string>{"Er zog in die U.S.", "Danach kam sie."});
  CHECK(SegmentedSentences("Er zog in die U.S. Danach kam sie.", "en_US").size() == 1);
}

TEST_CASE("a break after a quoted question or exclamation before lowercase is repaired", "[segment]") {
  struct Case {
    std::string text;
    size_t pos;  // the break: where the next sentence would start
    bool want;
  };
  const std::vector<Case> cases = {
      {"``Free them!'' they shouted.", 15, true},
      {"\"Why now?\" she asked.", 11, true},
      {"\xE2\x80\x9CWhy now?\xE2\x80\x9D she asked.", 15, true},
      {"'Why now?' she asked.", 11, true},
      {"``Free them!''  they shouted.", 16, true},    // two spaces
      {"``Free them!'' They shouted.", 15, false},    // a capital: a new sentence
      {"``Free them.'' they shouted.", 15, false},    // '.': ICU's own rules decide
      {"Free them! they shouted.", 11, false},        // no quotation
      {"``Free them!'' 2 more.", 15, false},          // a digit
      {"``Free them!''they", 14, false},              // no space
      {"a", 0, false},
      {"``Free them!'' x", 16, false},                // pos at the end
  };
  for (const auto& c : cases) {
    INFO(c.text << " at " << c.pos);
    CHECK(BreakFallsBeforeSpeechTag(c.text, c.pos) == c.want);
  }
}

TEST_CASE("the segmenter keeps a quoted exclamation with its speech tag", "[segment]") {
  CHECK(SegmentedSentences("``Death to the tyrant!'' a dozen demonstrators shouted. Police watched.") ==
        std::vector<std::string>{"``Death to the tyrant!'' a dozen demonstrators shouted.",
                                 "Police watched."});
  CHECK(SegmentedSentences("\"Is it working?\" one asks. Nobody knows.") ==
        std::vector<std::string>{"\"Is it working?\" one asks.", "Nobody knows."});
  // A capital after the quotation opens a new sentence.
  CHECK(SegmentedSentences("``Is it working?'' Nobody knows.") ==
        std::vector<std::string>{"``Is it working?''", "Nobody knows."});
}

TEST_CASE("a break before a capitalized speech tag after a quoted question is repaired", "[segment]") {
  struct Case {
    std::string text;
    size_t pos;
    bool want;
  };
  const std::vector<Case> cases = {
      {"``Why not?'' Ms. Moseley-Braun said in an interview.", 13, true},
      {"``Why not?'' Sen. John D. McCain asked.", 13, true},
      {"\"Stop!\" He shouted.", 8, true},
      {"``Why not?'' O'Brien asks.", 13, true},
      {"``Why not?''  Warden asked.", 14, true},               // two spaces
      {"``Why not?'' Nobody knows.", 13, false},               // not a verb of speech
      {"``Why not?'' Warden asked, and left.", 13, true},      // the verb ends at a comma
      {"``Why not?'' Warden askedfor", 13, false},             // the verb runs on
      {"``Why not.'' Warden asked.", 13, false},               // '.': ICU's own rules decide
      {"Why not? Warden asked.", 9, false},                    // no quotation
      {"``Why not?'' warden asked.", 13, false},               // lowercase: the other repair
      {"``Why?'' A B C D E F G said.", 9, false},              // more than six words
      {"``Why?'' Said", 9, false},
      {"a", 0, false},
  };
  for (const auto& c : cases) {
    INFO(c.text << " at " << c.pos);
    CHECK(BreakFallsBeforeNamedSpeechTag(c.text, c.pos) == c.want);
  }
  CHECK(SegmentedSentences("``Have I not done well?'' Ms. Moseley-Braun said in an interview. Polls differ.") ==
        std::vector<std::string>{"``Have I not done well?'' Ms. Moseley-Braun said in an interview.",
                                 "Polls differ."});
  CHECK(SegmentedSentences("``Is it working?'' Nobody knows.") ==
        std::vector<std::string>{"``Is it working?''", "Nobody knows."});
  // English only: the verbs are English words.
  CHECK(SegmentedSentences("``Warum nicht?'' Hans Meier said.", "de").size() == 2);
}

TEST_CASE("a break after a company suffix or a state before a sentence opener stays", "[segment]") {
  struct Case {
    std::string text;
    size_t pos;
    bool want;
  };
  const std::vector<Case> cases = {
      {"for the Harbour Times Co. She added", 26, true},
      {"in Bethesda, Md. Its mission", 17, true},
      {"in St. Paul, Minn. There was", 19, true},
      {"in Forsyth County, Ga. A jury", 23, true},
      {"(Ferry Lines Inc. The", 18, true},
      {"by Ferry Corp.  The", 16, true},            // two spaces
      {"by Ferry Co. Ltd. of Leeds", 13, false},     // not an opener
      {"in Santa Rosa, Calif. Mayor Ruiz", 22, false},
      {"said Mr. The", 9, false},                   // a title, not in the list
      {"said Col. The", 10, false},
      {"by the InCo. The", 12, false},              // the suffix inside a word
      {"Co. The", 0, false},
      {"Co.", 3, false},
  };
  for (const auto& c : cases) {
    INFO(c.text << " at " << c.pos);
    CHECK(BreakFollowsCompanyOrState(c.text, c.pos) == c.want);
  }
}

TEST_CASE("the segmenter keeps a clock time that modifies a noun in its sentence", "[segment]") {
  CHECK(SegmentedSentences("Crews can catch the 7 p.m. Harbour Express and be home by nine. "
                           "The ferry left at 7 p.m. Crews went home.") ==
        std::vector<std::string>{"Crews can catch the 7 p.m. Harbour Express and be home by nine.",
                                 "The ferry left at 7 p.m.", "Crews went home."});
}

TEST_CASE("the segmenter breaks after a company or a state that ends a sentence", "[segment]") {
  CHECK(SegmentedSentences("The paper is owned by the Harbour Times Co. She added that the plant is "
                  "closed.") ==
        std::vector<std::string>{"The paper is owned by the Harbour Times Co.",
                                 "She added that the plant is closed."});
  CHECK(SegmentedSentences("The lab is in Bethesda, Md. Its mission was hard.") ==
        std::vector<std::string>{"The lab is in Bethesda, Md.", "Its mission was hard."});
  // Before a name the abbreviation still holds the sentence together.
  CHECK(SegmentedSentences("The Harbour Times Co. Chairman Ruiz spoke.") ==
        std::vector<std::string>{"The Harbour Times Co. Chairman Ruiz spoke."});
}

TEST_CASE("breaks inside a dateline's agency tag or before a time zone are repaired", "[segment]") {
  struct Case {
    std::string text;
    size_t pos;
    bool want;
  };
  const std::vector<Case> cases = {
      {"HARBOUR TOWN, S.D. (AP) -- The", 19, true},
      {"PORTVILLE, N.Y.  (UPI) _ A", 17, true},          // two spaces
      {"at 10 a.m. EDT on Monday", 11, true},
      {"at 10:30 p.m. PST.", 14, true},
      {"at 10 a.m. The ferry", 11, false},                // a real opener, not a zone
      {"at 10 a.m. ESTONIA", 11, false},                  // a longer word
      {"by 6 p.m. Monday, the quay", 10, true},           // a weekday
      {"at 9 a.m. Harbour time (0600 GMT)", 10, true},    // a word then " time"
      {"at 9 a.m. Harbour timetables", 10, false},
      {"at 2:43 p.m. Harbour standard time and", 13, true},
      {"at 2:43 p.m. Harbour Daylight time", 13, true},
      {"at 2:43 p.m. Harbour Daylight Time", 13, false},  // "time" in lowercase only
      {"at 2:43 p.m. Harbour standard timetables", 13, false},
      {"at 2:29 a.m. Harbour Daylight-Saving Time (HDT)", 13, true},
      {"at 2:29 a.m. Harbour daylight-saving time", 13, true},
      {"at 2:29 a.m. Harbour Daylight-Saving Timetables", 13, false},
      {"at 2:29 a.m. Harbour-Saving Time", 13, false},    // no "Daylight"
      {"at 2:29 a.m. Harbour standard-Saving Time", 13, false},
      // A clock time after a determiner modifies the noun after it.
      {"catch the 7 p.m. Ferry and", 17, true},
      {"a 3 p.m. Harbour Hall matinee", 9, true},
      {"The 10:30 a.m. Ferry left", 15, true},
      {"on their 11 a.m. Sunday ferry", 17, true},      // also a weekday
      {"for every 9 a.m. The", 17, true},               // the rule reads no further
      {"at the 7 p.m. ferry", 14, false},               // lowercase: not a break to read
      {"at 7 p.m. Ferry crews", 10, false},             // no determiner
      {"the 107 p.m. Ferry", 13, false},                // three digits
      {"the 7:3 p.m. Ferry", 13, false},                // not ":MM"
      {"other 7 p.m. Ferry", 13, false},                // not a determiner
      {"bathe 7 p.m. Ferry", 13, false},                // inside a word
      {"(the 7 p.m. Ferry", 12, false},                 // after '(': not read
      {"the 7 pm. Ferry", 10, false},
      {"at 2:43 p.m. Harbour standards were met", 13, false},
      {"at 9 a.m. Mondays are quiet", 10, false},
      {"at 9 a.m. Harbour officials", 10, false},
      {"in the U.S. (The ferry left.)", 12, false},       // not one word of capitals closed by ')'
      {"in the U.S. (Reuters) said", 12, false},          // not all capitals
      {"in the U.S. (A) and", 12, false},                 // one letter
      {"by Sam. (AP) -- The", 8, false},                  // not initials
      {"the gamma. EDT was", 11, false},                  // not a.m. or p.m.
      {"S.D. (AP)", 0, false},
      {"at 10 a.m.", 10, false},
      // A zone in parentheses after a clock time: the wires' gloss.
      {"at 7 p.m. (2300 GMT) Tuesday", 10, true},
      {"at 7 p.m. (0700 GMT), the ferry", 10, true},
      {"at 7 p.m. (11:30 UTC)", 10, true},
      {"at 7 p.m. (EDT)", 10, true},
      {"at 7 p.m. (The ferry left.)", 10, false},       // a sentence in parentheses
      {"at 7 p.m. (2300 local)", 10, false},            // not a zone
      {"at 7 p.m. (Monday)", 10, false},                // a weekday alone is not a zone gloss
      {"at 7 p.m. (12345 GMT)", 10, false},             // five digits
      {"at 7 p.m. (2300 GMT", 10, false},               // unclosed
      {"the gamma. (2300 GMT)", 11, false},             // not a.m. or p.m.
      {"pm.m. (2300 GMT)", 6, false},                   // not after a space or a digit
  };
  for (const auto& c : cases) {
    INFO(c.text << " at " << c.pos);
    CHECK(BreakFallsInsideDatelineOrTime(c.text, c.pos) == c.want);
  }
}

TEST_CASE("the segmenter keeps a dateline's place with its tag and a time with its zone", "[segment]") {
  CHECK(SegmentedSentences("HARBOUR TOWN, S.D. (AP) -- The ferry left at 10 a.m. EDT on Monday. It "
                           "came back.") ==
        std::vector<std::string>{"HARBOUR TOWN, S.D. (AP) -- The ferry left at 10 a.m. EDT on Monday.",
                                 "It came back."});
  CHECK(SegmentedSentences("The ferry left at 7 p.m. (2300 GMT) Tuesday. It came back.") ==
        std::vector<std::string>{"The ferry left at 7 p.m. (2300 GMT) Tuesday.", "It came back."});
  CHECK(SegmentedSentences("The ferry left at 10 a.m. The crew waved.") ==
        std::vector<std::string>{"The ferry left at 10 a.m.", "The crew waved."});
}

}  // namespace internal
}  // namespace chorus
