// The "text" and "plain" formats: line-oriented output for a terminal and
// for scripts. No line is ever wrapped, so each sentence stays grep-able.
// Every input string goes through SafeLine (format_internal.h): one line,
// terminal controls shown as "\u001B".
//
// text:
//   <sentence> [1][2] (2 sources)        one line per chosen sentence, in
//                                        digest order, separated by a blank
//   <sentence> [2]                       line; " (N sources)" only if N > 1
//
//   Sources:                             omitted when nothing is cited
//   [1] <title> (<id>) — <outlet>, <date> <url>
//   [2] <id>                             the id stands in for a missing
//                                        title; unknown fields are left out
//                                        (the " — " too when all are)
//   With FormatOptions::explain, then:
//
//   Candidates:
//   [x] 1.2345 topic 0.5000 12 words <id>#<sentence> <text> (<note>)
//   [ ] ...                              [x] = chosen; note when non-empty
//
//   Dropped:
//   <id> [<begin>,<end>) <reason>: <text>
//   Each explain section shows "(none)" when empty. A digest without
//   sentences prints "(no sentences)" in place of them.
//
// plain: each chosen sentence on its own line, nothing else (no output at
// all for a digest without sentences). With FormatOptions::max_words, the
// output stops after that many words, mid-sentence if need be.
//
// Tests: tests/formatter_test.cc.

#include <string>
#include <vector>

#include "format_internal.h"

namespace chorus {
namespace internal {

namespace {

// "[1][3]": the 1-based numbers of Digest::sources indices.
std::string Citations(const std::vector<size_t>& sources) {
  std::string out;
  for (size_t source : sources) out += "[" + std::to_string(source + 1) + "]";
  return out;
}

void AppendSentences(const Digest& digest, std::string* out) {
  if (digest.sentences.empty()) {
    *out += "(no sentences)\n";
    return;
  }
  for (size_t i = 0; i < digest.sentences.size(); ++i) {
    const DigestSentence& s = digest.sentences[i];
    if (i > 0) *out += "\n";
    *out += SafeLine(s.text);
    if (!s.sources.empty()) *out += " " + Citations(s.sources);
    *out += SourceCountNote(s.sources.size()) + "\n";
  }
}

// "<title> (<id>) — <outlet>, <date> <url>", known fields only.
std::string SourceLine(const Document& doc) {
  const SourceParts parts = DescribeSource(doc);
  std::string line = parts.label;
  if (!parts.id.empty()) line += " (" + parts.id + ")";
  std::string tail = parts.meta;
  if (!tail.empty() && !parts.url.empty()) tail += " ";
  tail += parts.url;
  if (!tail.empty()) line += " — " + tail;
  return line;
}

void AppendSources(const Cluster& cluster, const Digest& digest,
                   std::string* out) {
  if (digest.sources.empty()) return;
  *out += "\nSources:\n";
  for (size_t i = 0; i < digest.sources.size(); ++i) {
    *out += "[" + std::to_string(i + 1) + "] " +
            SourceLine(cluster.docs[digest.sources[i].doc]) + "\n";
  }
}

std::string CandidateLine(const Cluster& cluster, const Candidate& c) {
  std::string line = c.chosen ? "[x] " : "[ ] ";
  line += FormatFixed(c.centrality, 4) + " topic " + FormatFixed(c.topic, 4);
  line += " " + std::to_string(c.words) + (c.words == 1 ? " word " : " words ");
  line += SafeLine(cluster.docs[c.doc].id) + "#" + std::to_string(c.sentence);
  line += " " + SafeLine(c.text);
  const std::string note = SafeLine(c.note);
  if (!note.empty()) line += " (" + note + ")";
  return line;
}

std::string DroppedText(const Cluster& cluster, const DroppedLine& d) {
  return SafeLine(cluster.docs[d.doc].id) + " [" +
         std::to_string(d.span.begin) + "," + std::to_string(d.span.end) +
         ") " + SafeLine(d.reason) + ": " + SafeLine(d.text);
}

void AppendExplain(const Cluster& cluster, const Digest& digest,
                   std::string* out) {
  *out += "\nEvidence (the sentence in each other cited article):\n";
  bool any = false;
  for (size_t i = 0; i < digest.sentences.size(); ++i) {
    for (const Support& e : digest.sentences[i].support) {
      *out += "#" + std::to_string(i + 1) + " " + SafeLine(cluster.docs[e.doc].id) + "#" +
              std::to_string(e.sentence) + " cosine " + FormatFixed(e.similarity, 2) + ": " +
              SafeLine(e.text) + "\n";
      any = true;
    }
  }
  if (!any) *out += "(none)\n";
  *out += "\nCandidates:\n";
  if (digest.candidates.empty()) *out += "(none)\n";
  for (const Candidate& c : digest.candidates)
    *out += CandidateLine(cluster, c) + "\n";
  *out += "\nDropped:\n";
  if (digest.dropped.empty()) *out += "(none)\n";
  for (const DroppedLine& d : digest.dropped)
    *out += DroppedText(cluster, d) + "\n";
}

class TextFormatter : public Formatter {
 public:
  explicit TextFormatter(const FormatOptions& options) : options_(options) {}

  Status Format(const Cluster& cluster, const Digest& digest,
                std::string* out) const override {
    out->clear();
    CHORUS_RETURN_IF_ERROR(ValidateDigest(cluster, digest, options_.explain));
    AppendSentences(digest, out);
    AppendSources(cluster, digest, out);
    if (options_.explain) AppendExplain(cluster, digest, out);
    return Status::OK();
  }

  std::string_view extension() const override { return "txt"; }

 private:
  const FormatOptions options_;
};

// The first `n` space-separated words of `line` (already one line, single
// spaces); adds the number kept to *count.
std::string FirstWords(const std::string& line, size_t n, size_t* count) {
  size_t pos = 0, kept = 0;
  while (pos < line.size() && kept < n) {
    const size_t space = line.find(' ', pos);
    ++kept;
    pos = space == std::string::npos ? line.size() : space + 1;
  }
  *count += kept;
  std::string out = line.substr(0, pos);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

class PlainFormatter : public Formatter {
 public:
  explicit PlainFormatter(size_t max_words) : max_words_(max_words) {}

  Status Format(const Cluster& cluster, const Digest& digest,
                std::string* out) const override {
    out->clear();
    CHORUS_RETURN_IF_ERROR(ValidateDigest(cluster, digest, false));
    size_t words = 0;
    for (const DigestSentence& s : digest.sentences) {
      std::string line = SafeLine(s.text);
      if (max_words_ > 0) {
        if (words >= max_words_) break;
        line = FirstWords(line, max_words_ - words, &words);
      }
      *out += line + "\n";
    }
    return Status::OK();
  }

  std::string_view extension() const override { return "txt"; }

 private:
  const size_t max_words_;
};

}  // namespace

std::unique_ptr<Formatter> NewTextFormatter(const FormatOptions& options) {
  return std::make_unique<TextFormatter>(options);
}

// plain has nothing to explain; it honours only max_words.
std::unique_ptr<Formatter> NewPlainFormatter(const FormatOptions& options) {
  return std::make_unique<PlainFormatter>(options.max_words);
}

}  // namespace internal
}  // namespace chorus
