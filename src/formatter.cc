// The formatter factory (one table of names, as sentencepiece's
// model_factory.cc) and the helpers every format shares: digest validation,
// UTF-8 decoding, terminal-safe text and locale-free number printing.
// Tests: tests/formatter_test.cc.

#include "chorus/formatter.h"

#include <charconv>
#include <string>
#include <system_error>

#include "format_internal.h"
#include "text_util.h"

namespace chorus {

namespace {

using Constructor = std::unique_ptr<Formatter> (*)(const FormatOptions&);

struct FormatEntry {
  const char* name;
  Constructor make;
};

// The one list of formats; FormatNames() and its order come from here.
constexpr FormatEntry kFormats[] = {
    {"text", internal::NewTextFormatter},
    {"plain", internal::NewPlainFormatter},
    {"markdown", internal::NewMarkdownFormatter},
    {"json", internal::NewJsonFormatter},
};

std::string JoinedNames() {
  std::string names;
  for (const FormatEntry& entry : kFormats) {
    if (!names.empty()) names += ", ";
    names += entry.name;
  }
  return names;
}

}  // namespace

std::vector<std::string> FormatNames() {
  std::vector<std::string> names;
  for (const FormatEntry& entry : kFormats) names.emplace_back(entry.name);
  return names;
}

Status NewFormatter(std::string_view name, const FormatOptions& options,
                    std::unique_ptr<Formatter>* out) {
  for (const FormatEntry& entry : kFormats) {
    if (name == entry.name) {
      *out = entry.make(options);
      return Status::OK();
    }
  }
  // The name comes from the command line; it is echoed terminal-safe.
  return Status::InvalidArgument("unknown format '" + internal::SafeLine(name) +
                                 "' (expected one of: " + JoinedNames() + ")");
}

namespace internal {

namespace {

Status CheckDoc(const Cluster& cluster, size_t doc, const char* what,
                size_t index) {
  if (doc < cluster.docs.size()) return Status::OK();
  return Status::InvalidArgument(
      "digest " + std::string(what) + " " + std::to_string(index) +
      " refers to document " + std::to_string(doc) + " but cluster '" +
      SafeLine(cluster.id) + "' has " + std::to_string(cluster.docs.size()) +
      " documents");
}

Status CheckSentences(const Cluster& cluster, const Digest& digest) {
  for (size_t i = 0; i < digest.sentences.size(); ++i) {
    const DigestSentence& s = digest.sentences[i];
    CHORUS_RETURN_IF_ERROR(CheckDoc(cluster, s.doc, "sentence", i));
    for (const Support& e : s.support)
      CHORUS_RETURN_IF_ERROR(CheckDoc(cluster, e.doc, "support of sentence", i));
    for (size_t source : s.sources) {
      if (source >= digest.sources.size()) {
        return Status::InvalidArgument(
            "digest sentence " + std::to_string(i) + " cites source " +
            std::to_string(source) + " but the digest has " +
            std::to_string(digest.sources.size()) + " sources");
      }
    }
  }
  return Status::OK();
}

}  // namespace

Status ValidateDigest(const Cluster& cluster, const Digest& digest,
                      bool explain) {
  CHORUS_RETURN_IF_ERROR(CheckSentences(cluster, digest));
  for (size_t i = 0; i < digest.sources.size(); ++i)
    CHORUS_RETURN_IF_ERROR(CheckDoc(cluster, digest.sources[i].doc, "source", i));
  if (!explain) return Status::OK();
  for (size_t i = 0; i < digest.candidates.size(); ++i)
    CHORUS_RETURN_IF_ERROR(
        CheckDoc(cluster, digest.candidates[i].doc, "candidate", i));
  for (size_t i = 0; i < digest.dropped.size(); ++i)
    CHORUS_RETURN_IF_ERROR(
        CheckDoc(cluster, digest.dropped[i].doc, "dropped line", i));
  return Status::OK();
}

size_t DecodeUtf8(std::string_view text, size_t i, char32_t* cp) {
  const auto lead = static_cast<unsigned char>(text[i]);
  *cp = 0xFFFD;
  if (lead < 0x80) {
    *cp = lead;
    return 1;
  }
  size_t len = 0;
  char32_t value = 0, min = 0;
  if ((lead & 0xE0) == 0xC0) {
    len = 2, value = lead & 0x1F, min = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    len = 3, value = lead & 0x0F, min = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    len = 4, value = lead & 0x07, min = 0x10000;
  } else {
    return 1;  // a continuation byte or 0xF8..0xFF
  }
  if (len > text.size() - i) return 1;
  for (size_t k = 1; k < len; ++k) {
    const auto byte = static_cast<unsigned char>(text[i + k]);
    if ((byte & 0xC0) != 0x80) return 1;
    value = (value << 6) | (byte & 0x3F);
  }
  if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
    return 1;
  *cp = value;
  return len;
}

bool IsTerminalControl(char32_t cp) {
  if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return true;  // C0, DEL, C1
  return cp == 0x061C || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

void AppendUnicodeEscape(char32_t cp, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out->append("\\u");
  int shift = 12;
  while (shift < 28 && (cp >> (shift + 4)) != 0) shift += 4;
  for (; shift >= 0; shift -= 4) out->push_back(kHex[(cp >> shift) & 0xF]);
}

std::string TerminalSafeJson(std::string_view dumped) {
  std::string out;
  out.reserve(dumped.size());
  for (size_t i = 0; i < dumped.size();) {
    char32_t cp = 0;
    const size_t n = DecodeUtf8(dumped, i, &cp);
    if (IsTerminalControl(cp) || cp == 0x2028 || cp == 0x2029)
      AppendUnicodeEscape(cp, &out);
    else
      out.append(dumped, i, n);
    i += n;
  }
  return out;
}

std::string SafeLine(std::string_view text) {
  const std::string collapsed = CollapseWhitespace(text);
  std::string out;
  out.reserve(collapsed.size());
  for (size_t i = 0; i < collapsed.size();) {
    // A run of printable ASCII is copied whole (it re-encodes to itself).
    size_t run = i;
    while (run < collapsed.size() && collapsed[run] >= 0x20 && collapsed[run] < 0x7F) ++run;
    out.append(collapsed, i, run - i);
    i = run;
    if (i == collapsed.size()) break;
    char32_t cp = 0;
    i += DecodeUtf8(collapsed, i, &cp);
    if (IsTerminalControl(cp)) {
      AppendUnicodeEscape(cp, &out);
    } else {
      AppendUtf8(cp, &out);  // re-encodes valid input byte for byte
    }
  }
  return out;
}

std::string FormatFixed(double value, int decimals) {
  // std::to_chars ignores the C locale, unlike printf("%.4f").
  char buf[400];
  std::to_chars_result r = std::to_chars(buf, buf + sizeof buf, value,
                                         std::chars_format::fixed, decimals);
  if (r.ec != std::errc()) {  // |value| too large for the buffer
    r = std::to_chars(buf, buf + sizeof buf, value,
                      std::chars_format::general, 17);
  }
  return std::string(buf, r.ptr);
}

std::string SourceCountNote(size_t count) {
  if (count <= 1) return "";
  return " (" + std::to_string(count) + " sources)";
}

SourceParts DescribeSource(const Document& doc) {
  SourceParts parts;
  const std::string id = SafeLine(doc.id);
  parts.label = SafeLine(doc.title);
  if (parts.label.empty()) {
    parts.label = id.empty() ? "(untitled)" : id;
  } else {
    parts.id = id;
  }
  parts.meta = SafeLine(doc.source);
  const std::string date = SafeLine(doc.date);
  if (!parts.meta.empty() && !date.empty()) parts.meta += ", ";
  parts.meta += date;
  parts.url = SafeLine(doc.url);
  return parts;
}

}  // namespace internal
}  // namespace chorus
