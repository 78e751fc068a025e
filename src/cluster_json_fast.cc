// Copyright (c) chorus developers.
//
// The in-place cluster reader (contract in cluster_json_fast.h). It follows
// nlohmann's grammar where it accepts: whitespace is space, tab, LF and CR;
// a string holds no byte below 0x20; escapes are \" \\ \/ \b \f \n \r \t and
// \uXXXX (a high surrogate must be followed by an escaped low one; a lone
// low one is an error). Whatever it does not accept makes it decline.
//
// Tests: tests/cluster_json_fast_test.cc.

#include "cluster_json_fast.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#include "text_util.h"
#include "utf8.h"

namespace chorus {
namespace internal {

namespace {

// Offset of the first byte of `p[0, n)` that ends a run of plain string
// bytes ('"', '\\' or below 0x20), or n. Eight bytes at a time: for each
// test the lowest flagged byte of the word is exact (higher ones may be
// false positives), so the lowest flag of their union is the first hit.
size_t PlainRun(const char* p, size_t n) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  size_t i = 0;
  for (; std::endian::native == std::endian::little && i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    const uint64_t q = w ^ (kOnes * '"');
    const uint64_t b = w ^ (kOnes * '\\');
    const uint64_t hit = (((q - kOnes) & ~q) | ((b - kOnes) & ~b) | ((w - kOnes * 0x20) & ~w)) & kHigh;
    if (hit != 0) return i + static_cast<size_t>(std::countr_zero(hit)) / 8;
  }
  for (; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(p[i]);
    if (c == '"' || c == '\\' || c < 0x20) return i;
  }
  return n;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Which known fields of an object have been seen (duplicate-key check).
// Unknown keys (never escaped: an escaped key makes the reader decline)
// are compared by their bytes.
class KeySet {
 public:
  // False when `key` was already seen (or too many unknown keys).
  bool Insert(std::string_view key, int known) {
    if (known >= 0) {
      if (known_ & (1u << known)) return false;
      known_ |= 1u << known;
      return true;
    }
    if (unknown_.size() >= 16) return false;
    if (std::find(unknown_.begin(), unknown_.end(), key) != unknown_.end()) return false;
    unknown_.push_back(key);
    return true;
  }

 private:
  uint32_t known_ = 0;
  std::vector<std::string_view> unknown_;
};

class Scanner {
 public:
  explicit Scanner(std::string_view json) : p_(json.data()), end_(json.data() + json.size()) {}

  void SkipSpace() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }
  // Skips whitespace; consumes `c` if it comes next.
  bool Take(char c) {
    SkipSpace();
    if (p_ < end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return false;
  }
  bool AtEnd() {
    SkipSpace();
    return p_ == end_;
  }
  bool Peek(char c) {
    SkipSpace();
    return p_ < end_ && *p_ == c;
  }
  // A literal (true, false, null) at the cursor.
  bool Literal(std::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() ||
        std::memcmp(p_, word.data(), word.size()) != 0)
      return false;
    p_ += word.size();
    return true;
  }

  // An object key followed by ':'; false for an escaped key.
  bool Key(std::string_view* key) {
    if (!Take('"')) return false;
    const size_t n = PlainRun(p_, end_ - p_);
    if (p_ + n == end_ || *(p_ + n) != '"') return false;
    *key = std::string_view(p_, n);
    p_ += n + 1;
    return Take(':');
  }

  // A string value into *out (replaced), escapes decoded.
  bool String(std::string* out) {
    if (!Take('"')) return false;
    size_t n = PlainRun(p_, end_ - p_);
    if (p_ + n < end_ && p_[n] == '"') {  // the usual case: no escape
      out->assign(p_, n);
      p_ += n + 1;
      return true;
    }
    out->clear();
    for (;;) {
      out->append(p_, n);
      p_ += n;
      if (p_ == end_) return false;
      if (*p_ == '"') break;
      if (*p_ != '\\' || !Escape(out)) return false;  // a control byte, or a bad escape
      n = PlainRun(p_, end_ - p_);
    }
    ++p_;
    return true;
  }

  // A value under an unknown key: a string, a literal, or an array of
  // them (evaluation lines carry "references": [...]). Anything else
  // (numbers: nlohmann may reject them as out of range; objects: their
  // keys would need checking; deeper arrays) declines.
  bool SkipValue(std::string* scratch) {
    if (!Take('[')) return SkipScalar(scratch);
    if (Take(']')) return true;
    do {
      if (!SkipScalar(scratch)) return false;
    } while (Take(','));
    return Take(']');
  }
  bool SkipScalar(std::string* scratch) {
    SkipSpace();
    if (p_ == end_) return false;
    if (*p_ == '"') return String(scratch);
    return Literal("null") || Literal("true") || Literal("false");
  }

  // A string or null for a field; *is_null tells which.
  bool StringOrNull(std::string* out, bool* is_null) {
    SkipSpace();
    *is_null = Literal("null");
    return *is_null || String(out);
  }

 private:
  // The escape at the cursor ('\\'), decoded into *out.
  bool Escape(std::string* out) {
    if (end_ - p_ < 2) return false;
    const char c = p_[1];
    p_ += 2;
    switch (c) {
      case '"': out->push_back('"'); return true;
      case '\\': out->push_back('\\'); return true;
      case '/': out->push_back('/'); return true;
      case 'b': out->push_back('\b'); return true;
      case 'f': out->push_back('\f'); return true;
      case 'n': out->push_back('\n'); return true;
      case 'r': out->push_back('\r'); return true;
      case 't': out->push_back('\t'); return true;
      case 'u': break;
      default: return false;
    }
    int first = Hex4();
    if (first < 0 || (first >= 0xDC00 && first <= 0xDFFF)) return false;
    uint32_t cp = static_cast<uint32_t>(first);
    if (first >= 0xD800 && first <= 0xDBFF) {
      if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
      p_ += 2;
      const int second = Hex4();
      if (second < 0xDC00 || second > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + static_cast<uint32_t>(second - 0xDC00);
    }
    AppendUtf8(cp, out);
    return true;
  }
  // Four hex digits at the cursor, or -1.
  int Hex4() {
    if (end_ - p_ < 4) return -1;
    int value = 0;
    for (int i = 0; i < 4; ++i) {
      const int digit = HexValue(p_[i]);
      if (digit < 0) return -1;
      value = value * 16 + digit;
    }
    p_ += 4;
    return value;
  }

  const char* p_;
  const char* end_;
};

// A document as read, before the checks of ParseJsonDocument.
struct RawDoc {
  Document doc;
  bool has_id = false;
  bool has_text = false;
};

constexpr std::string_view kDocKeys[] = {"id", "text", "title", "source", "url", "date"};

std::string* DocField(Document* doc, int key) {
  std::string* fields[] = {&doc->id, &doc->text, &doc->title, &doc->source, &doc->url, &doc->date};
  return fields[key];
}

// One element of "docs" (an object of string-or-null fields).
bool ReadDoc(Scanner* in, RawDoc* raw, std::string* scratch) {
  if (!in->Take('{')) return false;
  if (in->Take('}')) return true;
  KeySet keys;
  do {
    std::string_view key;
    if (!in->Key(&key)) return false;
    int known = -1;
    for (int k = 0; k < 6; ++k)
      if (key == kDocKeys[k]) known = k;
    if (!keys.Insert(key, known)) return false;
    if (known < 0) {
      if (!in->SkipValue(scratch)) return false;
      continue;
    }
    bool is_null = false;
    if (!in->StringOrNull(DocField(&raw->doc, known), &is_null)) return false;
    if (known == 0) raw->has_id = !is_null;
    if (known == 1) raw->has_text = !is_null;
  } while (in->Take(','));
  return in->Take('}');
}

// The "docs" array; declines past options.max_articles.
bool ReadDocs(Scanner* in, const LoadOptions& options, std::vector<RawDoc>* docs,
              std::string* scratch) {
  if (!in->Take('[')) return false;
  if (in->Take(']')) return true;
  do {
    if (docs->size() >= options.max_articles) return false;
    docs->emplace_back();
    if (!ReadDoc(in, &docs->back(), scratch)) return false;
  } while (in->Take(','));
  return in->Take(']');
}

// The checks of ParseJsonDocument and ParseJsonDocuments: true when all
// pass (required fields, non-empty id, sizes, unique ids).
bool DocsPass(const std::vector<RawDoc>& docs, const LoadOptions& options) {
  std::vector<std::string_view> ids;
  ids.reserve(docs.size());
  for (const RawDoc& raw : docs) {
    const Document& d = raw.doc;
    if (!raw.has_id || d.id.empty() || !raw.has_text) return false;
    for (const std::string* field : {&d.text, &d.title, &d.source, &d.url, &d.date})
      if (field->size() > options.max_article_bytes) return false;
    ids.push_back(d.id);
  }
  std::sort(ids.begin(), ids.end());
  return std::adjacent_find(ids.begin(), ids.end()) == ids.end();
}

}  // namespace

bool FastParseCluster(std::string_view json, const std::string& name,
                      const LoadOptions& options, Cluster* cluster,
                      std::vector<std::string>* warnings) {
  Scanner in(json);
  if (!in.Take('{')) return false;  // also: a byte order mark, any other root
  std::string id;
  std::vector<RawDoc> docs;
  std::string scratch;
  bool has_docs = false;
  KeySet keys;
  if (!in.Peek('}')) {
    do {
      std::string_view key;
      if (!in.Key(&key)) return false;
      const int known = key == "cluster" ? 0 : key == "docs" ? 1 : -1;
      if (!keys.Insert(key, known)) return false;
      bool is_null = false;
      if (known == 0) {
        if (!in.StringOrNull(&id, &is_null)) return false;
      } else if (known == 1) {
        if (!ReadDocs(&in, options, &docs, &scratch)) return false;
        has_docs = true;
      } else if (!in.SkipValue(&scratch)) {
        return false;
      }
    } while (in.Take(','));
  }
  if (!in.Take('}') || !in.AtEnd() || !has_docs || !DocsPass(docs, options)) return false;

  Cluster result;
  result.id = std::move(id);
  result.docs.reserve(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    Document& doc = docs[i].doc;
    if (!IsBlank(doc.text)) {
      result.docs.push_back(std::move(doc));
    } else if (warnings != nullptr) {
      warnings->push_back(name + ": docs[" + std::to_string(i) + "] (id \"" + doc.id +
                          "\"): empty article, skipped");
    }
  }
  *cluster = std::move(result);
  return true;
}

}  // namespace internal
}  // namespace chorus
