// The "json" format: exactly one JSON object on one line, then "\n" (so a
// batch of digests is JSON Lines). Keys always appear, in this order:
//
//   {"cluster": str,
//    "sentences": [{"text": str, "doc": <doc id>, "sentence": int,
//                   "span": [begin, end], "score": num,
//                   "sources": [<doc id>...],
//                   "support": [{"doc", "sentence", "span", "similarity",
//                                "text"}]}],   evidence per other cited article
//    "sources": [{"id", "title", "source", "url", "date"}]   all strings,
//                                                            "" when unknown
//    "stats": {"articles", "sentences", "dropped_noise", "words"}}
//
// With FormatOptions::explain two more keys follow "stats":
//    "candidates": [{"doc", "sentence", "span", "text", "centrality",
//                    "topic", "words", "chosen", "note"}]
//    "dropped": [{"doc", "span", "reason", "text"}]
//
// Strings: '"' and '\' are escaped, and every terminal control (C0, DEL, C1,
// bidi controls; see format_internal.h), U+2028/U+2029 and '<', '>', '&' as
// "\u00XX" style, so the raw output is safe on a terminal, in JavaScript and
// inside an HTML <script> element (input text "</script>" cannot close it)
// while the decoded value is unchanged. Invalid UTF-8 becomes U+FFFD. Numbers: up to 6
// significant digits ("%.6g" style, via std::to_chars: locale-free);
// non-finite numbers are written as null. Output is byte-identical for equal
// inputs.
//
// Tests: tests/formatter_test.cc.

#include <array>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "format_internal.h"

namespace chorus {
namespace internal {

namespace {

// ASCII bytes that a JSON string holds as they are: printable, and none of
// '"', '\\', '<', '>', '&'.
constexpr auto kPlainAscii = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x7F; ++c) plain[static_cast<size_t>(c)] = true;
  for (char c : {'"', '\\', '<', '>', '&'}) plain[static_cast<unsigned char>(c)] = false;
  return plain;
}();

}  // namespace

// A JSON string literal for `text`, escaped as the file comment says. Runs
// of plain ASCII are copied whole (most of the text); every other character
// is decoded and escaped or re-encoded on its own.
void AppendJsonString(std::string_view text, std::string* out) {
  out->push_back('"');
  for (size_t i = 0; i < text.size();) {
    size_t run = i;
    while (run < text.size() && kPlainAscii[static_cast<unsigned char>(text[run])]) ++run;
    out->append(text.data() + i, run - i);
    i = run;
    if (i == text.size()) break;
    char32_t cp = 0;
    i += DecodeUtf8(text, i, &cp);
    if (cp == '"' || cp == '\\') {
      out->push_back('\\');
      out->push_back(static_cast<char>(cp));
    } else if (IsTerminalControl(cp) || cp == 0x2028 || cp == 0x2029 || cp == '<' ||
               cp == '>' || cp == '&') {
      AppendUnicodeEscape(cp, out);
    } else {
      AppendUtf8(cp, out);
    }
  }
  out->push_back('"');
}

namespace {

// "%.6g" style, or null: JSON has no NaN or infinity.
void AppendNumber(double value, std::string* out) {
  if (!std::isfinite(value)) {
    *out += "null";
    return;
  }
  char buf[32];
  const std::to_chars_result r = std::to_chars(
      buf, buf + sizeof buf, value, std::chars_format::general, 6);
  out->append(buf, r.ptr);
}

// Writes the members of one JSON object, commas included; the caller
// writes the braces.
class Members {
 public:
  explicit Members(std::string* out) : out_(out) {}

  // Writes `"key":` and returns the output for the value.
  std::string* Key(std::string_view key) {
    if (!first_) out_->push_back(',');
    first_ = false;
    AppendJsonString(key, out_);
    out_->push_back(':');
    return out_;
  }
  Members& Str(std::string_view key, std::string_view value) {
    AppendJsonString(value, Key(key));
    return *this;
  }
  Members& Int(std::string_view key, size_t value) {
    *Key(key) += std::to_string(value);
    return *this;
  }
  Members& Num(std::string_view key, double value) {
    AppendNumber(value, Key(key));
    return *this;
  }
  Members& Bool(std::string_view key, bool value) {
    *Key(key) += value ? "true" : "false";
    return *this;
  }
  Members& SpanOf(std::string_view key, const Span& span) {
    *Key(key) += "[" + std::to_string(span.begin) + "," +
                 std::to_string(span.end) + "]";
    return *this;
  }

 private:
  std::string* out_;
  bool first_ = true;
};

// `[{...},{...}]`, each object's members written by `fill(item, members)`.
template <typename T, typename Fill>
void AppendArray(const std::vector<T>& items, Fill fill, std::string* out) {
  out->push_back('[');
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out->push_back(',');
    out->push_back('{');
    Members members(out);
    fill(items[i], members);
    out->push_back('}');
  }
  out->push_back(']');
}

void AppendSentences(const Cluster& cluster, const Digest& digest,
                     std::string* out) {
  AppendArray(digest.sentences, [&](const DigestSentence& s, Members& m) {
    m.Str("text", s.text)
        .Str("doc", cluster.docs[s.doc].id)
        .Int("sentence", s.sentence)
        .SpanOf("span", s.span)
        .Num("score", s.score);
    std::string* list = m.Key("sources");
    list->push_back('[');
    for (size_t i = 0; i < s.sources.size(); ++i) {
      if (i > 0) list->push_back(',');
      AppendJsonString(cluster.docs[digest.sources[s.sources[i]].doc].id, list);
    }
    list->push_back(']');
    AppendArray(s.support, [&](const Support& e, Members& em) {
      em.Str("doc", cluster.docs[e.doc].id)
          .Int("sentence", e.sentence)
          .SpanOf("span", e.span)
          .Num("similarity", e.similarity)
          .Str("text", e.text);
    }, m.Key("support"));
  }, out);
}

void AppendSources(const Cluster& cluster, const Digest& digest,
                   std::string* out) {
  AppendArray(digest.sources, [&](const DigestSource& s, Members& m) {
    const Document& doc = cluster.docs[s.doc];
    m.Str("id", doc.id)
        .Str("title", doc.title)
        .Str("source", doc.source)
        .Str("url", doc.url)
        .Str("date", doc.date);
  }, out);
}

void AppendStats(const DigestStats& stats, std::string* out) {
  out->push_back('{');
  Members(out)
      .Int("articles", stats.articles)
      .Int("sentences", stats.sentences)
      .Int("dropped_noise", stats.dropped_noise)
      .Int("words", stats.words);
  out->push_back('}');
}

void AppendCandidates(const Cluster& cluster, const Digest& digest,
                      std::string* out) {
  AppendArray(digest.candidates, [&](const Candidate& c, Members& m) {
    m.Str("doc", cluster.docs[c.doc].id)
        .Int("sentence", c.sentence)
        .SpanOf("span", c.span)
        .Str("text", c.text)
        .Num("centrality", c.centrality)
        .Num("topic", c.topic)
        .Int("words", c.words)
        .Bool("chosen", c.chosen)
        .Str("note", c.note);
  }, out);
}

void AppendDropped(const Cluster& cluster, const Digest& digest,
                   std::string* out) {
  AppendArray(digest.dropped, [&](const DroppedLine& d, Members& m) {
    m.Str("doc", cluster.docs[d.doc].id)
        .SpanOf("span", d.span)
        .Str("reason", d.reason)
        .Str("text", d.text);
  }, out);
}

class JsonFormatter : public Formatter {
 public:
  explicit JsonFormatter(const FormatOptions& options) : options_(options) {}

  Status Format(const Cluster& cluster, const Digest& digest,
                std::string* out) const override {
    out->clear();
    CHORUS_RETURN_IF_ERROR(ValidateDigest(cluster, digest, options_.explain));
    out->push_back('{');
    Members top(out);
    top.Str("cluster", digest.cluster);
    AppendSentences(cluster, digest, top.Key("sentences"));
    AppendSources(cluster, digest, top.Key("sources"));
    AppendStats(digest.stats, top.Key("stats"));
    if (options_.explain) {
      AppendCandidates(cluster, digest, top.Key("candidates"));
      AppendDropped(cluster, digest, top.Key("dropped"));
    }
    *out += "}\n";
    return Status::OK();
  }

  std::string_view extension() const override { return "json"; }

 private:
  const FormatOptions options_;
};

}  // namespace

std::unique_ptr<Formatter> NewJsonFormatter(const FormatOptions& options) {
  return std::make_unique<JsonFormatter>(options);
}

}  // namespace internal
}  // namespace chorus
