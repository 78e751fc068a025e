#include "sentence_segmenter.h"

#include <catch2/catch.hpp>

#include "test_util.h"

namespace chorus {
namespace internal {

using ::chorus::test::SegmentedSentences;

TEST_CASE("segmenter splits sentences and keeps byte spans", "[segment]") {
  struct Case {
    std::string text;
    std::vector<std::string> want;
  };
  const std::vector<Case> cases = {
      {"One sentence here. Another one!", {"One sentence here.", "Another one!"}},
      {"Mr. Smith met Gen. Jones in the U.S. capital. They talked.",
       {"Mr. Smith met Gen. Jones in the U.S. capital.", "They talked."}},
      {"It ended on Jan. 14 in St. Louis. Then rain.", {"It ended on Jan. 14 in St. Louis.", "Then rain."}},
      {"Dr. Owen spoke. The U.N. envoy left.", {"Dr. Owen spoke.", "The U.N. envoy left."}},
      {"First para.\n\nSecond para.", {"First para.", "Second para."}},
      // A quotation stays in one sentence even when it holds a full stop.
      {"\xE2\x80\x9CWe will go on. No result yet,\xE2\x80\x9D he said. Next.",
       {"\xE2\x80\x9CWe will go on. No result yet,\xE2\x80\x9D he said.", "Next."}},
      {"\"We tried. We failed,\" she said. Done.", {"\"We tried. We failed,\" she said.", "Done."}},
      // UTF-8 text keeps its bytes.
      {"Erdo\xC4\x9F" "an spoke. \xC3\x87" "avu\xC5\x9F" "o\xC4\x9F" "lu left.",
       {"Erdo\xC4\x9F" "an spoke.", "\xC3\x87" "avu\xC5\x9F" "o\xC4\x9F" "lu left."}},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(SegmentedSentences(c.text) == c.want);
  }
}

TEST_CASE("paragraph breaks are sentence breaks; hard wraps are rejoined", "[segment]") {
  // A heading without punctuation stays apart from the next line.
  CHECK(SegmentedSentences("Civil war in Libya\nThe war goes on.") ==
        std::vector<std::string>{"Civil war in Libya", "The war goes on."});
  // A wrapped line continues its sentence; the span covers the newline.
  std::string wrapped =
      "The bridge partly collapsed at about 5:40 in the evening, officials\nsaid on Tuesday. "
      "Nobody died.";
  CHECK(SegmentedSentences(wrapped) ==
        std::vector<std::string>{
            "The bridge partly collapsed at about 5:40 in the evening, officials\nsaid on Tuesday.",
            "Nobody died."});
  // Long line wrapped before a capitalized word.
  std::string wrapped2 =
      "Ferries resumed between the two harbours on Wednesday after the\nCoast Guard cleared "
      "the channel.";
  CHECK(SegmentedSentences(wrapped2).size() == 1);
  // Blank lines with spaces, CRLF line ends.
  CHECK(SegmentedSentences("One.\r\n  \r\nTwo.\r\n") == std::vector<std::string>{"One.", "Two."});
}

TEST_CASE("SplitParagraphs trims and skips blank runs", "[segment]") {
  std::string text = "\n\n  Title line\n\nBody one\ncontinues here.\n\n\n";
  auto paras = SplitParagraphs(text);
  REQUIRE(paras.size() == 2);
  CHECK(text.substr(paras[0].first, paras[0].second - paras[0].first) == "Title line");
  CHECK(text.substr(paras[1].first, paras[1].second - paras[1].first) ==
        "Body one\ncontinues here.");
}

// A lone CR ends a line as LF and CRLF do (loader.h: "Line ends may be \n,
// \r\n or a lone \r"). Before, only LF did: a file saved with CR line ends
// was one paragraph, its headings and bylines run into the sentences after
// them, and the example article gave "no usable sentence".
TEST_CASE("SplitParagraphs reads CR and CRLF line ends as LF", "[segment]") {
  const std::string lf = "Title line\n\nBy A. Writer | Port Merrin\nBody one\ncontinues here.\n\n"
                         "Second paragraph.\nA heading\n\nLast one.\n";
  for (const std::string end : {"\r", "\r\n"}) {
    std::string text;
    std::vector<size_t> lf_offset;  // where each byte of `text` is in `lf`
    for (size_t i = 0; i < lf.size(); ++i) {
      const std::string piece = lf[i] == '\n' ? end : std::string(1, lf[i]);
      text += piece;
      lf_offset.insert(lf_offset.end(), piece.size(), i);
    }
    lf_offset.push_back(lf.size());
    std::vector<std::pair<size_t, size_t>> expected = SplitParagraphs(lf);
    std::vector<std::pair<size_t, size_t>> got;
    for (auto [b, e] : SplitParagraphs(text)) got.emplace_back(lf_offset[b], lf_offset[e]);
    INFO("line end " << (end == "\r" ? "CR" : "CRLF"));
    CHECK(got == expected);
  }
  CHECK(SegmentedSentences("A heading\r\rFirst one here.\r\rSecond.") ==
        std::vector<std::string>{"A heading", "First one here.", "Second."});
}

TEST_CASE("segmenter survives odd input", "[segment]") {
  CHECK(SegmentedSentences("").empty());
  CHECK(SegmentedSentences("   \n\n  ").empty());
  CHECK(SegmentedSentences("no punctuation at all") == std::vector<std::string>{"no punctuation at all"});
  CHECK(SegmentedSentences("\"unclosed quote. and more. and more. and more. end.").size() >= 1);
  std::string long_line(100000, 'a');
  CHECK(SegmentedSentences(long_line).size() == 1);
}

}  // namespace internal
}  // namespace chorus
