// Copyright (c) chorus developers.
//
// What batch --resume reads of a previous run. Contract in batch_resume.h.

#include "batch_resume.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <system_error>

#include "file_util.h"

namespace chorus {
namespace internal {

namespace fs = std::filesystem;

namespace {

std::string Hex64(uint64_t v) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(v));
  return hex;
}

}  // namespace

std::string OptionsFingerprint(const BatchOptions& o) {
  const SummarizerOptions& s = o.summarizer;
  std::ostringstream out;
  out.precision(17);
  out << "format=" << o.format
      << "\nexplain=" << o.format_options.explain << "\nmax_words=" << o.format_options.max_words
      << "\nlossy_utf8=" << o.load.lossy_utf8 << "\nmax_article_bytes=" << o.load.max_article_bytes
      << "\nmax_cluster_bytes=" << o.load.max_cluster_bytes
      << "\nmax_articles=" << o.load.max_articles << "\nlanguage=" << s.analyzer.language
      << "\nstem=" << s.analyzer.stem << "\nremove_stopwords=" << s.analyzer.remove_stopwords
      << "\nbudget_unit=" << static_cast<int>(s.budget_unit) << "\nbudget=" << s.budget
      << "\ndamping=" << s.damping << "\ntolerance=" << s.tolerance
      << "\nmax_iterations=" << s.max_iterations << "\nedge_threshold=" << s.edge_threshold
      << "\nposition_prior=" << s.position_prior << "\nmmr_lambda=" << s.mmr_lambda
      << "\nconcept_mix=" << s.concept_mix << "\nconcept_min_docs=" << s.concept_min_docs
      << "\nlength_exponent=" << s.length_exponent << "\nunigram_mix=" << s.unigram_mix
      << "\nconcept_min_doc_fraction=" << s.concept_min_doc_fraction
      << "\nconcept_lead_weight=" << s.concept_lead_weight
      << "\nconcept_lead_factor=" << s.concept_lead_factor
      << "\nconcept_stopword_factor=" << s.concept_stopword_factor
      << "\nposition_weight=" << s.position_weight
      << "\nconcept_word_bigrams=" << s.concept_word_bigrams << "\nidf_exponent=" << s.idf_exponent
      << "\nskip_quotes=" << s.skip_quotes
      << "\nrefuse_unnamed_speakers=" << s.refuse_unnamed_speakers
      << "\nredundancy_threshold=" << s.redundancy_threshold
      << "\nmin_sentence_words=" << s.min_sentence_words
      << "\nmax_sentence_words=" << s.max_sentence_words
      << "\ncitation_threshold=" << s.citation_threshold << "\nfilter_noise=" << s.filter_noise
      << "\ntopic_threshold=" << s.topic_threshold << "\nfill=" << s.fill
      << "\ncut_aware_order=" << s.cut_aware_order
      << "\norder=" << static_cast<int>(s.order) << "\nexplain=" << s.explain
      << "\nmax_sentence_bytes=" << s.max_sentence_bytes << "\nmax_sentences=" << s.max_sentences
      << "\ntiming=" << o.timing << "\n";
  return out.str();
}

std::string OutputHash(std::string_view bytes) { return Hex64(Fnv1a64(bytes)); }

bool MatchesRecord(const std::string& path, const nlohmann::ordered_json& record) {
  if (!record.contains("bytes") || !record["bytes"].is_number_unsigned() ||
      !record.contains("fnv1a64") || !record["fnv1a64"].is_string())
    return false;
  std::error_code ec;
  const uintmax_t size = fs::file_size(path, ec);
  if (ec || size != record["bytes"].get<uintmax_t>()) return false;
  std::string bytes;
  if (!ReadWholeFile(path, &bytes).ok()) return false;
  return OutputHash(bytes) == record["fnv1a64"].get<std::string>();
}

void LoadPreviousRecords(const std::string& path, std::map<std::string, std::string>* out) {
  std::string bytes;
  if (!ReadWholeFile(path, &bytes).ok()) return;
  size_t start = 0;
  while (start < bytes.size()) {
    size_t end = bytes.find('\n', start);
    if (end == std::string::npos) break;  // torn: no newline yet
    std::string line = bytes.substr(start, end - start);
    start = end + 1;
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || j.value("status", "") != "ok") continue;
    if (!j.contains("file") || !j["file"].is_string()) continue;
    (*out)[j["file"].get<std::string>()] = line;
  }
}

void RemoveStaleTemporaries(const std::string& dir) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (IsTemporaryName(entry.path().filename().string())) fs::remove(entry.path(), ec);
}

}  // namespace internal
}  // namespace chorus
