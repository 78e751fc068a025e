// Copyright (c) chorus developers.
//
// JSON clusters: {"cluster", "docs": [{"id", "title", "source", "url",
// "date", "text"}]}. The source is checked (or repaired) as UTF-8 once, then
// read by the in-place reader of cluster_json_fast.cc when it has the usual
// shape, else parsed with nlohmann::json in the one place that may throw;
// every error names the file and, for syntax errors, line:column.
//
// Tests: tests/loader_test.cc, tests/cluster_json_fast_test.cc.

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "cluster_json_fast.h"
#include "date_key.h"
#include "loader_internal.h"
#include "text_util.h"
#include "utf8.h"

namespace chorus {
namespace internal {

namespace {

using Json = nlohmann::json;

// "line:column" (from 1; columns in bytes) of byte `offset` of `text`.
std::string LineColumn(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  const std::string_view before = text.substr(0, offset);
  const size_t line = 1 + std::count(before.begin(), before.end(), '\n');
  const size_t newline = before.rfind('\n');
  const size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
  return std::to_string(line) + ":" + std::to_string(offset - line_start + 1);
}

// nlohmann's message without its "[json.exception...] " tag and "parse
// error at line L, column C: " prefix (we give the position ourselves), cut
// to a readable length at a character boundary.
std::string ParseErrorDetail(std::string_view what) {
  if (what.starts_with('[') && what.find("] ") != std::string_view::npos)
    what.remove_prefix(what.find("] ") + 2);
  const size_t colon = what.find(": ");
  if (what.starts_with("parse error") && colon != std::string_view::npos)
    what.remove_prefix(colon + 2);
  size_t cut = std::min<size_t>(what.size(), 300);
  while (cut < what.size() && (what[cut] & 0xC0) == 0x80) --cut;
  return std::string(what.substr(0, cut)) + (cut < what.size() ? "..." : "");
}

// nlohmann's own DOM builder, which also notes the first key given twice in
// one object. One pass: a separate SAX pass for the keys cost as much as the
// DOM parse. (nlohmann's callback parser would rescan the parent array at
// each object's end: quadratic on a cluster of many articles.) The parse
// goes on after a duplicate, so a later syntax error is still the one
// reported, as when the check was a second pass.
class DomBuilder : public nlohmann::detail::json_sax_dom_parser<Json> {
 public:
  explicit DomBuilder(Json* root) : json_sax_dom_parser(*root, /*allow_exceptions=*/true) {}
  const std::string& duplicate() const { return duplicate_; }

  bool start_object(size_t n) {
    open_.emplace_back();
    return json_sax_dom_parser::start_object(n);
  }
  bool key(string_t& key) {
    if (duplicate_.empty() && !open_.back().insert(key).second) duplicate_ = key;
    return json_sax_dom_parser::key(key);
  }
  bool end_object() {
    open_.pop_back();
    return json_sax_dom_parser::end_object();
  }

 private:
  std::vector<std::unordered_set<std::string>> open_;  // keys of the open objects
  std::string duplicate_;
};

// Parses `json` (valid UTF-8) into *root. The one place where nlohmann may
// throw; a syntax error becomes "NAME:L:C: malformed JSON: DETAIL". A key
// given twice in one object is an error: nlohmann would keep the last value,
// other parsers the first, so a checker upstream and chorus could read
// different texts. (Deep nesting is safe: nlohmann's parser and destructor
// keep their own stacks.)
Status ParseJsonDom(std::string_view json, const std::string& name,
                    Json* root) {
  DomBuilder builder(root);
  try {
    Json::sax_parse(json.begin(), json.end(), &builder);
  } catch (const Json::parse_error& e) {
    const size_t offset = e.byte == 0 ? 0 : e.byte - 1;  // e.byte counts from 1
    return Invalid(name + ":" + LineColumn(json, offset),
                   "malformed JSON: " + ParseErrorDetail(e.what()));
  } catch (const Json::exception& e) {  // e.g. a number out of range
    return Invalid(name, "malformed JSON: " + ParseErrorDetail(e.what()));
  }
  if (!builder.duplicate().empty())
    return Invalid(name, "malformed JSON: key \"" + ParseErrorDetail(builder.duplicate()) +
                             "\" appears twice in one object");
  return Status::OK();
}

// Copies the string field `key` of `object` into *out. An absent (or null)
// field is an error when `required`, else leaves *out empty. `prefix` names
// `object` in messages: "a.json: docs[2]." gives "a.json: docs[2].id: ...".
Status GetString(const Json& object, const char* key, const std::string& prefix,
                 bool required, std::string* out) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) {
    return required ? Status::InvalidInput(prefix + key + ": missing")
                    : Status::OK();
  }
  if (!it->is_string())
    return Status::InvalidInput(prefix + key + ": expected a string");
  *out = it->get_ref<const std::string&>();
  return Status::OK();
}

// Parses docs[i] (`prefix` is "NAME: docs[i].").
Status ParseJsonDocument(const Json& item, const std::string& prefix,
                         const LoadOptions& options, Document* doc) {
  if (!item.is_object())
    return Status::InvalidInput(prefix.substr(0, prefix.size() - 1) +
                                ": expected an object");
  CHORUS_RETURN_IF_ERROR(GetString(item, "id", prefix, true, &doc->id));
  if (doc->id.empty()) return Status::InvalidInput(prefix + "id: empty");
  CHORUS_RETURN_IF_ERROR(GetString(item, "text", prefix, true, &doc->text));
  if (doc->text.size() > options.max_article_bytes)
    return TooLarge(prefix + "text", doc->text.size(),
                    options.max_article_bytes);
  const std::pair<const char*, std::string*> optional[] = {
      {"title", &doc->title},
      {"source", &doc->source},
      {"url", &doc->url},
      {"date", &doc->date}};
  for (const auto& [key, field] : optional) {
    CHORUS_RETURN_IF_ERROR(GetString(item, key, prefix, false, field));
    if (field->size() > options.max_article_bytes)
      return TooLarge(prefix + key, field->size(), options.max_article_bytes);
  }
  return Status::OK();
}

// Adds the "docs" array of `root` to *cluster (rules of ParseClusterJson).
Status ParseJsonDocuments(const Json& root, const std::string& name,
                          const LoadOptions& options, Cluster* cluster,
                          std::vector<std::string>* warnings) {
  const auto docs = root.find("docs");
  if (docs == root.end()) return Invalid(name, "docs: missing");
  if (!docs->is_array()) return Invalid(name, "docs: expected an array");
  if (docs->size() > options.max_articles)
    return TooManyArticles(name, docs->size(), options.max_articles);
  std::unordered_map<std::string, size_t> first_index;
  for (size_t i = 0; i < docs->size(); ++i) {
    const std::string at = "docs[" + std::to_string(i) + "]";
    Document doc;
    CHORUS_RETURN_IF_ERROR(
        ParseJsonDocument((*docs)[i], name + ": " + at + ".", options, &doc));
    const auto [it, inserted] = first_index.emplace(doc.id, i);
    if (!inserted) {
      return Invalid(name, "duplicate document id \"" + doc.id + "\" (docs[" +
                               std::to_string(it->second) + "] and " + at +
                               ")");
    }
    if (!IsBlank(doc.text)) {
      cluster->docs.push_back(std::move(doc));
    } else if (warnings != nullptr) {
      warnings->push_back(name + ": " + at + " (id \"" + doc.id +
                          "\"): empty article, skipped");
    }
  }
  return Status::OK();
}

}  // namespace

namespace {

// A warning for each article whose date DateKey cannot read: the
// chronological order would put it where its text sorts.
void WarnAboutDates(const Cluster& cluster, const std::string& name,
                    std::vector<std::string>* warnings) {
  for (size_t i = 0; i < cluster.docs.size(); ++i) {
    const Document& doc = cluster.docs[i];
    std::string key;
    if (doc.date.empty() || internal::DateKey(doc.date, &key)) continue;
    size_t cut = std::min<size_t>(doc.date.size(), 40);  // at a UTF-8 boundary
    while (cut < doc.date.size() && (static_cast<unsigned char>(doc.date[cut]) & 0xC0) == 0x80) --cut;
    const std::string shown = doc.date.substr(0, cut);
    warnings->push_back(name + ": docs[" + std::to_string(i) + "].date \"" + shown +
                        (shown.size() < doc.date.size() ? "...\"" : "\"") + " (id \"" + doc.id +
                        "\"): not a date chorus reads (ISO 8601, as 2020-01-14 or "
                        "2020-01-14T08:00:00Z, or RFC 822, as RSS gives it); the "
                        "chronological order compares it as text");
  }
}

// ParseCluster, with or without the in-place reader in front of nlohmann.
Status ParseClusterWith(bool fast, std::string_view json, const std::string& name,
                        const LoadOptions& options, Cluster* cluster,
                        std::vector<std::string>* warnings) {
  if (json.size() > options.max_cluster_bytes)
    return internal::ClusterTooLarge(name, json.size(), options.max_cluster_bytes);
  // nlohmann rejects invalid UTF-8 anywhere in the source, so one check of
  // the source (or one repair, in lossy mode) covers every string in it.
  std::string repaired;
  const size_t bad =
      internal::CheckOrRepairUtf8(&json, options.lossy_utf8, &repaired);
  if (bad != kUtf8Valid) {
    return Invalid(name + ":" + LineColumn(json, bad),
                   "invalid UTF-8 at byte " + std::to_string(bad));
  }
  // The usual shape, read in place; anything else (errors included) goes
  // through nlohmann below, which gives the result or the message.
  if (fast && FastParseCluster(json, name, options, cluster, warnings)) {
    if (warnings != nullptr) WarnAboutDates(*cluster, name, warnings);
    return Status::OK();
  }
  Json root;
  CHORUS_RETURN_IF_ERROR(ParseJsonDom(json, name, &root));
  if (!root.is_object())
    return Invalid(name, "expected a {\"cluster\", \"docs\"} object");
  Cluster result;
  CHORUS_RETURN_IF_ERROR(
      GetString(root, "cluster", name + ": ", false, &result.id));
  if (Status s = ParseJsonDocuments(root, name, options, &result, warnings); !s.ok()) {
    *cluster = Cluster();
    cluster->id = std::move(result.id);  // so that batch can name the cluster
    return s;
  }
  if (warnings != nullptr) WarnAboutDates(result, name, warnings);
  *cluster = std::move(result);
  return Status::OK();
}

}  // namespace

Status ParseCluster(std::string_view json, const std::string& name,
                    const LoadOptions& options, Cluster* cluster,
                    std::vector<std::string>* warnings) {
  return ParseClusterWith(true, json, name, options, cluster, warnings);
}

Status ParseClusterWithNlohmann(std::string_view json, const std::string& name,
                                const LoadOptions& options, Cluster* cluster,
                                std::vector<std::string>* warnings) {
  return ParseClusterWith(false, json, name, options, cluster, warnings);
}

}  // namespace internal
}  // namespace chorus
