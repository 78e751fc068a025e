#include "break_repairs.h"

#include <catch2/catch.hpp>

#include <string>

#include "sentence_segmenter.h"

namespace chorus {
namespace internal {

namespace {

std::vector<std::string> Sentences(const std::string& text) {
  std::unique_ptr<SentenceSegmenter> seg;
  REQUIRE(SentenceSegmenter::Create("en", &seg).ok());
  std::vector<std::string> out;
  for (const auto& s : seg->Segment(text).sentences) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

}  // namespace

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
  CHECK(Sentences("``Death to the tyrant!'' a dozen demonstrators shouted. Police watched.") ==
        std::vector<std::string>{"``Death to the tyrant!'' a dozen demonstrators shouted.",
                                 "Police watched."});
  CHECK(Sentences("\"Is it working?\" one asks. Nobody knows.") ==
        std::vector<std::string>{"\"Is it working?\" one asks.", "Nobody knows."});
  // A capital after the quotation opens a new sentence.
  CHECK(Sentences("``Is it working?'' Nobody knows.") ==
        std::vector<std::string>{"``Is it working?''", "Nobody knows."});
}

}  // namespace internal
}  // namespace chorus
