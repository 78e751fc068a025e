#include "chorus/options.h"

#include <string>

namespace chorus {

namespace {

Status OutOfRange(const char* field, const std::string& range) {
  return Status::InvalidArgument(std::string(field) + " must be " + range);
}

}  // namespace

Status CheckThreads(int threads) {
  if (threads >= 0 && threads <= kMaxThreads) return Status::OK();
  return Status::InvalidArgument("threads: " + std::to_string(threads) + " is out of range 0.." +
                                 std::to_string(kMaxThreads) + " (0: all cores)");
}

Status SummarizerOptions::Validate() const {
  if (budget < 1 || budget > 10'000'000) return OutOfRange("budget", "in 1..10000000");
  if (!IsBudgetUnit(budget_unit)) return OutOfRange("budget_unit", "kWords, kSentences or kChars");
  if (order != SentenceOrder::kChrono && order != SentenceOrder::kSource &&
      order != SentenceOrder::kScore)
    return OutOfRange("order", "kChrono, kSource or kScore");
  if (!(damping > 0 && damping < 1)) return OutOfRange("damping", "in (0, 1)");
  if (!(tolerance > 0)) return OutOfRange("tolerance", "positive");
  if (max_iterations < 1) return OutOfRange("max_iterations", "at least 1");
  if (!(edge_threshold >= 0 && edge_threshold < 1))
    return OutOfRange("edge_threshold", "in [0, 1)");
  if (!(position_prior >= 0 && position_prior <= 1))
    return OutOfRange("position_prior", "in [0, 1]");
  if (!(concept_mix >= 0 && concept_mix <= 1)) return OutOfRange("concept_mix", "in [0, 1]");
  if (!(unigram_mix >= 0 && unigram_mix <= 1)) return OutOfRange("unigram_mix", "in [0, 1]");
  if (concept_min_docs < 1) return OutOfRange("concept_min_docs", "at least 1");
  if (!(length_exponent >= 0 && length_exponent <= 2))
    return OutOfRange("length_exponent", "in [0, 2]");
  if (!(concept_min_doc_fraction >= 0 && concept_min_doc_fraction <= 1))
    return OutOfRange("concept_min_doc_fraction", "in [0, 1]");
  if (!(concept_lead_weight >= 0 && concept_lead_weight <= 10))
    return OutOfRange("concept_lead_weight", "in [0, 10]");
  if (!(concept_lead_factor >= 0 && concept_lead_factor <= 10))
    return OutOfRange("concept_lead_factor", "in [0, 10]");
  if (!(concept_stopword_factor >= 0 && concept_stopword_factor <= 10))
    return OutOfRange("concept_stopword_factor", "in [0, 10]");
  if (!(position_weight >= 0 && position_weight <= 1))
    return OutOfRange("position_weight", "in [0, 1]");
  if (!(idf_exponent > 0 && idf_exponent <= 2)) return OutOfRange("idf_exponent", "in (0, 2]");
  if (!(mmr_lambda >= 0 && mmr_lambda <= 1)) return OutOfRange("mmr_lambda", "in [0, 1]");
  if (!(redundancy_threshold > 0 && redundancy_threshold <= 1))
    return OutOfRange("redundancy_threshold", "in (0, 1]");
  if (min_sentence_words > max_sentence_words)
    return OutOfRange("min_sentence_words", "at most max_sentence_words");
  if (!(citation_threshold > 0 && citation_threshold <= 1))
    return OutOfRange("citation_threshold", "in (0, 1]");
  if (citation_threshold < edge_threshold)
    return OutOfRange("citation_threshold", "at least edge_threshold");
  if (!(topic_threshold >= 0 && topic_threshold < 1))
    return OutOfRange("topic_threshold", "in [0, 1)");
  if (max_sentence_bytes < 1 || max_sentence_bytes > (size_t{1} << 40))
    return OutOfRange("max_sentence_bytes", "in 1..1099511627776");
  if (max_sentences < 1 || max_sentences > 100'000'000)
    return OutOfRange("max_sentences", "in 1..100000000");
  CHORUS_RETURN_IF_ERROR(CheckThreads(threads));
  if (analyzer.language.empty()) return OutOfRange("language", "non-empty");
  return Status::OK();
}

}  // namespace chorus
