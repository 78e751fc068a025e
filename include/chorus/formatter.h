// Copyright (c) chorus developers.
//
// Rendering a Digest. One interface, one factory (as sentencepiece's
// model_factory): callers never switch on the format themselves.
//
// Formats:
//   text      sentences with [1][3] citations and the number of sources,
//             then a numbered source list (title, outlet, URL where known)
//   plain     the chosen sentences only, one per line
//   markdown  as text, with Markdown escaping and footnote-style links
//   json      {"cluster", "sentences": [{"text", "doc", "sentence", "span",
//             "score", "sources", "support": [{"doc", "sentence", "span",
//             "similarity", "text"}]}], "sources": [{"id", "title",
//             "source", "url", "date"}], "stats": {"articles", "sentences",
//             "dropped_noise", "words"}} (+ "candidates", "dropped" with
//             explain; `plain` ignores explain). A "span" is [begin, end) in
//             bytes of Document::text, not of the input file: for a .txt
//             article with a title, the text after the title line and the
//             blank lines below it (Document::text_offset, where that starts
//             in the file, is not in the json).
//
// Thread-safety: Format() is const and safe from many threads.

#ifndef CHORUS_FORMATTER_H_
#define CHORUS_FORMATTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/digest.h"
#include "chorus/document.h"
#include "chorus/status.h"

namespace chorus {

struct FormatOptions {
  // Add each candidate's scores and each dropped line with its reason.
  bool explain = false;
  // plain only: cut the output after this many words (split on ASCII
  // whitespace), the last sentence mid-way, as ROUGE-1.5.5's -l does. For
  // evaluation with SummarizerOptions::fill. 0 (default): no cut.
  size_t max_words = 0;
};

class Formatter {
 public:
  virtual ~Formatter() = default;
  // Renders `digest` of `cluster` into *out (overwritten). The output ends
  // with a newline, except `plain` for a digest without sentences, which
  // is empty (one line per sentence, and there are none).
  virtual Status Format(const Cluster& cluster, const Digest& digest,
                        std::string* out) const = 0;
  // File name extension without the dot: "txt", "md", "json".
  virtual std::string_view extension() const = 0;
};

// The names accepted by NewFormatter, in a stable order.
std::vector<std::string> FormatNames();

// Creates the formatter named `name`; InvalidArgument for an unknown name.
Status NewFormatter(std::string_view name, const FormatOptions& options,
                    std::unique_ptr<Formatter>* out);

}  // namespace chorus

#endif  // CHORUS_FORMATTER_H_
