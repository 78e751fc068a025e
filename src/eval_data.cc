// Copyright (c) chorus developers.
//
// Evaluation sets in JSON Lines (the ../shared/data format): one cluster per
// line, its documents read by the loader's JSON cluster parser, plus the
// human "references". Every error starts with "FILE:LINE" and, once the id
// is known, names the cluster.
//
// Tests: tests/evaluation_test.cc.

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "chorus/evaluation.h"
#include "eval_internal.h"
#include "file_util.h"
#include "loader_internal.h"
#include "text_util.h"
#include "utf8.h"

namespace chorus {

namespace {

using Json = nlohmann::json;
using internal::Invalid;

// nlohmann's parse error without its "[json.exception...] parse error at
// line L, column C: " prefix (the caller gives the position).
std::string SyntaxDetail(std::string_view what) {
  if (what.starts_with('[') && what.find("] ") != std::string_view::npos)
    what.remove_prefix(what.find("] ") + 2);
  const size_t colon = what.find(": ");
  if (what.starts_with("parse error") && colon != std::string_view::npos)
    what.remove_prefix(colon + 2);
  return std::string(what.substr(0, 300));
}

// Parses one line into *root; errors are "WHERE:COLUMN: ..." (bytes from 1).
Status ParseLineJson(std::string_view line, const std::string& where, Json* root) {
  const size_t bad = internal::FindInvalidUtf8(line);
  if (bad != internal::kUtf8Valid)
    return Invalid(where + ":" + std::to_string(bad + 1), "invalid UTF-8");
  try {
    *root = Json::parse(line.begin(), line.end());
  } catch (const Json::parse_error& e) {
    return Invalid(where + ":" + std::to_string(e.byte == 0 ? 1 : e.byte),
                   "malformed JSON: " + SyntaxDetail(e.what()));
  } catch (const Json::exception& e) {
    return Invalid(where, "malformed JSON: " + SyntaxDetail(e.what()));
  }
  if (!root->is_object()) return Invalid(where, "expected a {\"cluster\", \"docs\", \"references\"} object");
  return Status::OK();
}

// The "references" (and "reference_ids") of `root` into *out. `where` is
// "FILE:LINE: cluster 'ID'".
Status ParseReferences(const Json& root, const std::string& where, EvalCluster* out) {
  const auto refs = root.find("references");
  if (refs == root.end() || refs->is_null()) return Invalid(where, "no references (\"references\" missing)");
  if (!refs->is_array()) return Invalid(where, "references: expected an array of strings");
  if (refs->empty()) return Invalid(where, "no references (\"references\" is empty)");
  for (size_t i = 0; i < refs->size(); ++i) {
    const Json& ref = (*refs)[i];
    const std::string at = "references[" + std::to_string(i) + "]";
    if (!ref.is_string()) return Invalid(where, at + ": expected a string");
    const std::string& text = ref.get_ref<const std::string&>();
    if (internal::IsBlank(text)) return Invalid(where, at + ": empty reference");
    out->references.push_back(RougeSplitLines(text));
  }
  const auto ids = root.find("reference_ids");
  if (ids == root.end() || ids->is_null()) return Status::OK();
  if (!ids->is_array() || ids->size() != refs->size())
    return Invalid(where, "reference_ids: expected an array of " + std::to_string(refs->size()) +
                              " strings, one per reference");
  for (const Json& id : *ids) {
    if (!id.is_string()) return Invalid(where, "reference_ids: expected strings");
    out->reference_ids.push_back(id.get<std::string>());
  }
  return Status::OK();
}

// One non-blank line; `where` is "FILE:LINE".
Status ParseEvalLine(std::string_view line, const std::string& where, const LoadOptions& load,
                     EvalCluster* out, std::vector<std::string>* warnings) {
  Json root;
  CHORUS_RETURN_IF_ERROR(ParseLineJson(line, where, &root));
  LoadOptions strict = load;
  strict.lossy_utf8 = false;
  CHORUS_RETURN_IF_ERROR(internal::ParseCluster(line, where, strict, &out->cluster, warnings));
  if (out->cluster.id.empty()) return Invalid(where, "cluster: missing or empty cluster id");
  const std::string named = where + ": cluster '" + out->cluster.id + "'";
  if (out->cluster.docs.empty()) return Invalid(named, "no articles");
  return ParseReferences(root, named, out);
}

}  // namespace

Status ParseEvalJsonl(std::string_view bytes, const std::string& name,
                      std::vector<EvalCluster>* out, std::vector<std::string>* warnings,
                      const LoadOptions& load) {
  std::vector<EvalCluster> clusters;
  std::map<std::string, size_t> line_of;  // cluster id → line
  size_t line_number = 0;
  for (size_t pos = 0; pos < bytes.size();) {
    size_t end = bytes.find('\n', pos);
    if (end == std::string_view::npos) end = bytes.size();
    const std::string_view line = bytes.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (internal::IsValidUtf8(line) && internal::IsBlank(line)) continue;
    const std::string where = name + ":" + std::to_string(line_number);
    EvalCluster cluster;
    CHORUS_RETURN_IF_ERROR(ParseEvalLine(line, where, load, &cluster, warnings));
    const auto [it, fresh] = line_of.emplace(cluster.cluster.id, line_number);
    if (!fresh)
      return Invalid(where, "cluster '" + cluster.cluster.id + "' already given on line " +
                                std::to_string(it->second));
    clusters.push_back(std::move(cluster));
  }
  if (clusters.empty()) return Invalid(name, "no clusters (expected one JSON object per line)");
  *out = std::move(clusters);
  return Status::OK();
}

Status LoadEvalJsonl(const std::string& path, std::vector<EvalCluster>* out,
                     std::vector<std::string>* warnings, const LoadOptions& load) {
  std::string bytes;
  CHORUS_RETURN_IF_ERROR(internal::ReadWholeFile(path, &bytes));
  return ParseEvalJsonl(bytes, path, out, warnings, load);
}

}  // namespace chorus
