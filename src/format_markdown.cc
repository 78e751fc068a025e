// The "markdown" format (CommonMark + GFM tables):
//
//   # <cluster id>                          omitted when the id is empty
//
//   - <sentence> [[1]](#source-1)[[2]](#source-2) (2 sources)
//   - <sentence> [[2]](#source-2)
//
//   ## Sources                              omitted when nothing is cited
//
//   1. <a id="source-1"></a>[<title>](<url>) (<id>) — <outlet>, <date>
//   2. <a id="source-2"></a><id>
//   3. <a id="source-3"></a><title> (<id>) — <outlet> <url as text>
//
// and with FormatOptions::explain a "## Candidates" table (chosen,
// centrality, topic, words, doc, sentence, text, note) and a "## Dropped"
// table (doc, span, reason, text); "(none)" for an empty one.
//
// Safety: input text is first made a SafeLine (terminal controls shown as
// "\u001B"), then every ASCII punctuation character Markdown could act on
// where it stands is backslash-escaped (see MdText), '<' and '>' included,
// so no raw HTML, link, emphasis, list or entity comes from the input; the
// only HTML is our own fixed anchors. A URL becomes a link only when its
// scheme is http or https (any case); others (javascript:, data:, file:
// ...) are printed as escaped text.
//
// Tests: tests/formatter_test.cc.

#include <string>
#include <string_view>

#include "format_internal.h"
#include "text_util.h"

namespace chorus {
namespace internal {

namespace {

// Characters escaped wherever they appear: those that open inline
// constructs ('*', '_', '`', '[', '<', '&' for entities, '~' for GFM
// strikethrough, '|' for table cells, '{' '}' for attribute extensions) and
// '#' (headings open and close with it). '-', '+', '!' are left alone
// mid-line: '-' and '+' only act at the start of a block, and '!' only
// before '[', which is always escaped.
constexpr std::string_view kMarkdownSpecials = "\\`*_{}[]<>#|&~";

// `safe` (a SafeLine) with Markdown specials backslash-escaped, so it reads
// as literal text wherever we put it (list item, link text, table cell).
// Besides kMarkdownSpecials, a leading '-' or '+' (list item, thematic
// break) and the '.' or ')' after leading digits (ordered list) are escaped,
// since our text often starts a list item.
std::string MdText(std::string_view safe) {
  size_t digits = 0;
  while (digits < safe.size() && safe[digits] >= '0' && safe[digits] <= '9')
    ++digits;
  std::string out;
  out.reserve(safe.size() + safe.size() / 8);
  for (size_t i = 0; i < safe.size(); ++i) {
    const char c = safe[i];
    const bool block_marker = (i == 0 && (c == '-' || c == '+')) ||
                              (i == digits && i > 0 && (c == '.' || c == ')'));
    if (block_marker || kMarkdownSpecials.find(c) != std::string_view::npos)
      out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

// True when `url` starts with "http://" or "https://", in any case.
bool IsWebUrl(std::string_view url) {
  auto starts_with = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
      char c = url[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != prefix[i]) return false;
    }
    return true;
  };
  return starts_with("http://") || starts_with("https://");
}

// A link destination for `(...)`: spaces, controls and every non-ASCII byte
// are percent-encoded (so no bidi control or invalid UTF-8 survives), and
// the characters that could end the destination or be decoded as an entity
// are backslash-escaped.
std::string MdDestination(std::string_view url) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : url) {
    const auto b = static_cast<unsigned char>(ch);
    if (b <= 0x20 || b >= 0x7F) {
      out += '%';
      out += kHex[b >> 4];
      out += kHex[b & 0xF];
      continue;
    }
    if (std::string_view("\\()<>&\"").find(ch) != std::string_view::npos)
      out.push_back('\\');
    out.push_back(ch);
  }
  return out;
}

std::string Anchor(size_t source) {
  return "#source-" + std::to_string(source + 1);
}

void AppendSentences(const Digest& digest, std::string* out) {
  if (digest.sentences.empty()) {
    *out += "(no sentences)\n";
    return;
  }
  for (const DigestSentence& s : digest.sentences) {
    *out += "- " + MdText(SafeLine(s.text));
    if (!s.sources.empty()) *out += " ";
    for (size_t source : s.sources)
      *out += "[[" + std::to_string(source + 1) + "]](" + Anchor(source) + ")";
    *out += SourceCountNote(s.sources.size()) + "\n";
  }
}

// "[<title>](<url>) (<id>) — <outlet>, <date>", or without a web URL
// "<title> (<id>) — <outlet>, <date> <url>"; known fields only.
std::string SourceItem(const Document& doc) {
  const SourceParts parts = DescribeSource(doc);
  const std::string url = CollapseWhitespace(doc.url);
  const bool link = IsWebUrl(url);
  std::string item = MdText(parts.label);
  if (link) item = "[" + item + "](" + MdDestination(url) + ")";
  if (!parts.id.empty()) item += " (" + MdText(parts.id) + ")";
  std::string tail = MdText(parts.meta);
  if (!link && !parts.url.empty()) {
    if (!tail.empty()) tail += " ";
    tail += MdText(parts.url);
  }
  if (!tail.empty()) item += " — " + tail;
  return item;
}

void AppendSources(const Cluster& cluster, const Digest& digest,
                   std::string* out) {
  if (digest.sources.empty()) return;
  *out += "\n## Sources\n\n";
  for (size_t i = 0; i < digest.sources.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    *out += n + ". <a id=\"source-" + n + "\"></a>" +
            SourceItem(cluster.docs[digest.sources[i].doc]) + "\n";
  }
}

// One GFM table row; each cell is already escaped.
std::string Row(std::initializer_list<std::string> cells) {
  std::string row = "|";
  for (const std::string& cell : cells) row += " " + cell + " |";
  return row + "\n";
}

void AppendCandidates(const Cluster& cluster, const Digest& digest,
                      std::string* out) {
  *out += "\n## Candidates\n\n";
  if (digest.candidates.empty()) {
    *out += "(none)\n";
    return;
  }
  *out += "| chosen | centrality | topic | words | doc | sentence | text | note |\n"
          "|---|---:|---:|---:|---|---:|---|---|\n";
  for (const Candidate& c : digest.candidates) {
    *out += Row({c.chosen ? "yes" : "no", FormatFixed(c.centrality, 4),
                 FormatFixed(c.topic, 4), std::to_string(c.words),
                 MdText(SafeLine(cluster.docs[c.doc].id)),
                 std::to_string(c.sentence), MdText(SafeLine(c.text)),
                 MdText(SafeLine(c.note))});
  }
}

void AppendDropped(const Cluster& cluster, const Digest& digest,
                   std::string* out) {
  *out += "\n## Dropped\n\n";
  if (digest.dropped.empty()) {
    *out += "(none)\n";
    return;
  }
  *out += "| doc | span | reason | text |\n|---|---|---|---|\n";
  for (const DroppedLine& d : digest.dropped) {
    const std::string span = "\\[" + std::to_string(d.span.begin) + "," +
                             std::to_string(d.span.end) + ")";
    *out += Row({MdText(SafeLine(cluster.docs[d.doc].id)), span,
                 MdText(SafeLine(d.reason)), MdText(SafeLine(d.text))});
  }
}

class MarkdownFormatter : public Formatter {
 public:
  explicit MarkdownFormatter(const FormatOptions& options)
      : options_(options) {}

  Status Format(const Cluster& cluster, const Digest& digest,
                std::string* out) const override {
    out->clear();
    CHORUS_RETURN_IF_ERROR(ValidateDigest(cluster, digest, options_.explain));
    const std::string title = MdText(SafeLine(digest.cluster));
    if (!title.empty()) *out += "# " + title + "\n\n";
    AppendSentences(digest, out);
    AppendSources(cluster, digest, out);
    if (options_.explain) {
      AppendCandidates(cluster, digest, out);
      AppendDropped(cluster, digest, out);
    }
    return Status::OK();
  }

  std::string_view extension() const override { return "md"; }

 private:
  const FormatOptions options_;
};

}  // namespace

std::unique_ptr<Formatter> NewMarkdownFormatter(const FormatOptions& options) {
  return std::make_unique<MarkdownFormatter>(options);
}

}  // namespace internal
}  // namespace chorus
