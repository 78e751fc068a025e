// Copyright (c) chorus developers.
//
// Where the summaries an evaluation scores come from: folders of
// <cluster>.txt files (one sentence per line, read as bytes like ROUGE
// reads them), a folder of such folders, or chorus's own digests.
//
// Tests: tests/evaluation_test.cc.

#include <omp.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "chorus/batch.h"
#include "chorus/evaluation.h"
#include "chorus/summarizer.h"
#include "eval_internal.h"
#include "file_util.h"
#include "text_util.h"

namespace chorus {

namespace internal {

namespace {


size_t DigitRunEnd(const std::string& s, size_t i) {
  while (i < s.size() && IsAsciiDigit(s[i])) ++i;
  return i;
}

// The digits of s[begin, end) without leading zeros (at least one digit).
std::string_view Significant(const std::string& s, size_t begin, size_t end) {
  while (begin + 1 < end && s[begin] == '0') ++begin;
  return std::string_view(s).substr(begin, end - begin);
}

}  // namespace

bool NaturalLess(const std::string& a, const std::string& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (IsAsciiDigit(a[i]) && IsAsciiDigit(b[j])) {
      const size_t ie = DigitRunEnd(a, i), je = DigitRunEnd(b, j);
      const std::string_view da = Significant(a, i, ie), db = Significant(b, j, je);
      if (da.size() != db.size()) return da.size() < db.size();
      if (da != db) return da < db;
      if (ie - i != je - j) return ie - i < je - j;
      i = ie;
      j = je;
    } else {
      if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
      ++i;
      ++j;
    }
  }
  return i == a.size() && j < b.size();
}

}  // namespace internal

namespace {

namespace fs = std::filesystem;

// OK when `dir` is a folder we can list; NotFound / IOError naming it.
Status CheckFolder(const std::string& dir) {
  std::error_code ec;
  const fs::file_status st = fs::status(dir, ec);
  if (!fs::exists(st)) return Status::NotFound(dir + ": no such folder");
  if (!fs::is_directory(st)) return Status::IOError(dir + ": not a folder");
  fs::directory_iterator it(dir, ec);
  if (ec) return Status::IOError(dir + ": cannot read: " + ec.message());
  return Status::OK();
}

bool HasText(const std::vector<std::string>& lines) {
  for (const std::string& line : lines)
    if (line.find_first_not_of(" \t\n\v\f\r") != std::string::npos) return true;
  return false;
}

}  // namespace

Status ReadSummaryFolder(const std::string& dir, const std::string& name,
                         const std::vector<EvalCluster>& clusters, SystemSummaries* out,
                         std::vector<std::string>* warnings) {
  CHORUS_RETURN_IF_ERROR(CheckFolder(dir));
  SystemSummaries system;
  system.name = name;
  std::string bytes;
  for (const EvalCluster& c : clusters) {
    const std::string& id = c.cluster.id;
    // The name batch writes the cluster to: inside `dir` whatever the id.
    const std::string path = (fs::path(dir) / (SafeFileName(id) + ".txt")).string();
    Status s = internal::ReadWholeFile(path, &bytes);
    if (s.code() == Status::Code::kNotFound)
      return Status::NotFound("system '" + name + "': no summary for cluster '" + id +
                              "' (" + path + " not found)");
    if (!s.ok()) return s.WithContext("system '" + name + "': cluster '" + id + "'");
    system.summaries.push_back(RougeSplitLines(bytes));
    if (!HasText(system.summaries.back()) && warnings != nullptr)
      warnings->push_back("system '" + name + "': cluster '" + id + "': empty summary (" + path +
                          "), scored 0");
  }
  *out = std::move(system);
  return Status::OK();
}

Status ReadSystemFolders(const std::string& dir, const std::vector<EvalCluster>& clusters,
                         std::vector<SystemSummaries>* out, std::vector<std::string>* warnings) {
  CHORUS_RETURN_IF_ERROR(CheckFolder(dir));
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string entry = it->path().filename().string();
    std::error_code type_ec;
    if (!entry.starts_with('.') && it->is_directory(type_ec)) names.push_back(entry);
  }
  if (ec) return Status::IOError(dir + ": cannot read: " + ec.message());
  if (names.empty())
    return Status::InvalidInput(dir + ": no system folders (expected one subfolder per system)");
  std::sort(names.begin(), names.end(), internal::NaturalLess);
  std::vector<SystemSummaries> systems(names.size());
  for (size_t i = 0; i < names.size(); ++i)
    CHORUS_RETURN_IF_ERROR(ReadSummaryFolder((fs::path(dir) / names[i]).string(), names[i],
                                             clusters, &systems[i], warnings));
  for (SystemSummaries& s : systems) out->push_back(std::move(s));
  return Status::OK();
}

Status SummarizeClusters(const SummarizerOptions& options,
                         const std::vector<EvalCluster>& clusters, SystemSummaries* out,
                         std::vector<std::string>* warnings) {
  // Clusters run in parallel, so each digest is made single-threaded (no
  // nested parallelism; the digest does not depend on threads anyway).
  // The outer count is checked here, as the inner one replaces it.
  CHORUS_RETURN_IF_ERROR(options.Validate());
  SummarizerOptions inner = options;
  inner.threads = 1;
  inner.explain = false;
  std::unique_ptr<Summarizer> summarizer;
  CHORUS_RETURN_IF_ERROR(Summarizer::Create(inner, &summarizer));
  const int n = static_cast<int>(clusters.size());
  const int threads = options.threads > 0 ? options.threads : omp_get_max_threads();
  std::vector<std::vector<std::string>> summaries(clusters.size());
  std::vector<Status> status(clusters.size());
#pragma omp parallel for num_threads(threads) schedule(dynamic)
  for (int k = 0; k < n; ++k) {
    Digest digest;
    status[k] = summarizer->Summarize(clusters[k].cluster, &digest);
    for (DigestSentence& sentence : digest.sentences) summaries[k].push_back(std::move(sentence.text));
  }
  for (size_t k = 0; k < clusters.size(); ++k) {
    const std::string named = "cluster '" + clusters[k].cluster.id + "'";
    if (!status[k].ok())  // the summarizer's messages usually name the cluster already
      return status[k].message().find(named) != std::string::npos
                 ? status[k]
                 : status[k].WithContext(named);
    if (summaries[k].empty() && warnings != nullptr)
      warnings->push_back(named + ": chorus's digest is empty, scored 0");
  }
  out->name = "chorus";
  out->summaries = std::move(summaries);
  return Status::OK();
}

}  // namespace chorus
