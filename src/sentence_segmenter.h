// Sentence segmentation: paragraphs, then ICU sentence breaks inside each
// paragraph, with abbreviation suppressions ("Mr.", "Gen.", "U.S.", "Jan.")
// and the repairs of break_repairs.h (a quoted "...!'' they shouted." and
// "the U.S. Embassy" stay whole).
// Works on the original UTF-8 bytes, so every sentence keeps its byte span.
//
// Paragraphs: a blank line always ends a paragraph. Lines end with \n, \r\n
// or a lone \r (as the loader reads them). A single line break is a
// soft wrap (joined with a space) when the line before it looks wrapped: it
// does not end with sentence-final punctuation or a colon and either the next
// line starts with a lowercase letter or the line is long (>= 40 bytes);
// otherwise it ends the paragraph (headings, labels and one-line paragraphs
// stay apart). Tested in tests/sentence_segmenter_test.cc.

#ifndef CHORUS_SRC_SENTENCE_SEGMENTER_H_
#define CHORUS_SRC_SENTENCE_SEGMENTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/status.h"

namespace chorus {
namespace internal {

struct Paragraph {
  size_t begin = 0;  // byte span in the text, trimmed
  size_t end = 0;
  size_t first_sentence = 0;  // index into the sentence list
  size_t num_sentences = 0;
};

struct SentenceSpan {
  size_t begin = 0;  // byte span in the text, trimmed of whitespace
  size_t end = 0;
  size_t paragraph = 0;  // index into the paragraph list
};

struct Segmentation {
  std::vector<Paragraph> paragraphs;
  std::vector<SentenceSpan> sentences;
};

class SentenceSegmenter {
 public:
  // Builds the ICU iterator for `locale` (e.g. "en") with the locale's
  // standard suppressions plus chorus's news abbreviations.
  static Status Create(const std::string& locale,
                       std::unique_ptr<SentenceSegmenter>* out);
  ~SentenceSegmenter();

  // Splits `text` (valid UTF-8). Thread-safe: each thread uses its own clone
  // of the iterator, made on its first call.
  Segmentation Segment(std::string_view text) const;

 private:
  struct Rep;
  explicit SentenceSegmenter(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

// chorus's news abbreviations ("Gen.", "Calif."), suppressed in addition to
// ICU's locale data (exposed for tests).
std::vector<std::string> NewsAbbreviations();

// Paragraph spans of `text` under the rules above (exposed for tests).
std::vector<std::pair<size_t, size_t>> SplitParagraphs(std::string_view text);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_SENTENCE_SEGMENTER_H_
