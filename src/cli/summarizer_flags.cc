#include "cli/summarizer_flags.h"

#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "text_util.h"

namespace chorus {
namespace cli {

SummarizerOptions SummarizerFlags::Resolve() const {
  SummarizerOptions resolved = options;
  if (sentences > 0) {
    resolved.budget_unit = BudgetUnit::kSentences;
    resolved.budget = sentences;
  } else if (chars > 0) {
    resolved.budget_unit = BudgetUnit::kChars;
    resolved.budget = chars;
  } else if (words > 0) {
    resolved.budget_unit = BudgetUnit::kWords;
    resolved.budget = words;
  }
  static const std::map<std::string, SentenceOrder> kOrders = {
      {"chrono", SentenceOrder::kChrono}, {"source", SentenceOrder::kSource},
      {"score", SentenceOrder::kScore}};
  resolved.order = kOrders.at(order);
  return resolved;
}

namespace {

bool IsFieldByte(char c) { return internal::IsAsciiLower(c) || c == '_'; }

// `message` with every whole-word field name of `flag_of_field` replaced by
// its flag.
std::string NameFlags(const std::vector<std::pair<std::string, std::string>>& flag_of_field,
                      std::string message) {
  for (const auto& [field, flag] : flag_of_field) {
    const std::string_view name(field), with(flag);
    for (size_t at = message.find(name); at != std::string::npos; at = message.find(name, at)) {
      const size_t end = at + name.size();
      // Whole words only, and never inside a flag already written ("--language").
      if ((at > 0 && (IsFieldByte(message[at - 1]) || message[at - 1] == '-')) ||
          (end < message.size() && IsFieldByte(message[end]))) {
        at = end;
        continue;
      }
      message.replace(at, name.size(), with);
      at += with.size();
    }
  }
  return message;
}

}  // namespace

Status SummarizerFlags::Check() const {
  const Status s = Resolve().Validate();
  return s.ok() ? s : Status::InvalidArgument(NameFlags(flag_of_field, s.message()));
}

namespace {

// The largest count a flag takes (budgets, words, articles): far above any
// real value. Unsigned flags need an upper bound: CLI11 reads "-1" as the
// largest unsigned value, which the range then refuses by its own text.
constexpr size_t kMaxCount = 10'000'000;

// Registers option `flag` for the SummarizerOptions field named `field`
// (Validate's name for it) and records the pair, so that Check names the
// flag: the one place a flag is added.
template <typename T>
CLI::Option* AddFieldOption(CLI::App* app, SummarizerFlags* f, const char* flag,
                            const char* field, T* value, const std::string& help) {
  f->flag_of_field.emplace_back(field, flag);
  return app->add_option(flag, *value, help);
}

// The input limits (docs/robustness.md), in the "Limits" option group.
void AddLimitFlags(CLI::App* app, SummarizerFlags* f) {
  const size_t kMaxBytes = size_t{1} << 40;
  app->add_option("--max-article-bytes", f->load.max_article_bytes,
                  "Largest article (a .txt file, a JSON text or title), in bytes")
      ->check(CLI::Range(size_t{1}, kMaxBytes))
      ->capture_default_str()
      ->group("Limits");
  app->add_option("--max-cluster-bytes", f->load.max_cluster_bytes,
                  "Largest cluster in JSON (a .json file, a batch line), in bytes")
      ->check(CLI::Range(size_t{1}, kMaxBytes))
      ->capture_default_str()
      ->group("Limits");
  app->add_option("--max-articles", f->load.max_articles, "Most articles in one cluster")
      ->check(CLI::Range(size_t{1}, kMaxCount))
      ->capture_default_str()
      ->group("Limits");
  AddFieldOption(app, f, "--max-sentence-bytes", "max_sentence_bytes",
                 &f->options.max_sentence_bytes,
                 "Longer sentences are dropped (with --explain, shown with the reason)")
      ->check(CLI::Range(size_t{1}, kMaxBytes))
      ->capture_default_str()
      ->group("Limits");
  AddFieldOption(app, f, "--max-sentences", "max_sentences", &f->options.max_sentences,
                 "Most sentences in one cluster; more is an error")
      ->check(CLI::Range(size_t{1}, size_t{100'000'000}))
      ->capture_default_str()
      ->group("Limits");
}

}  // namespace

void AddSummarizerFlags(CLI::App* app, SummarizerFlags* f) {
  auto* words = app->add_option("--words", f->words, "Budget in words (default 120)")
                    ->check(CLI::Range(size_t{1}, kMaxCount));
  auto* sentences = app->add_option("--sentences", f->sentences, "Budget in sentences")
                        ->check(CLI::Range(size_t{1}, kMaxCount));
  auto* chars = app->add_option("--chars", f->chars, "Budget in characters")
                    ->check(CLI::Range(size_t{1}, kMaxCount));
  words->excludes(sentences)->excludes(chars);
  sentences->excludes(chars);
  app->add_option("--order", f->order, "Sentence order: chrono (date, then position), "
                  "source (article order), score (the order chosen in, best gain first)")
      ->check(CLI::IsMember({"chrono", "source", "score"}))
      ->capture_default_str();
  AddFieldOption(app, f, "--language", "language", &f->options.analyzer.language,
                 "Snowball stemmer language (english, german, french, spanish, ...)")
      ->capture_default_str();
  AddFieldOption(app, f, "--threads", "threads", &f->options.threads,
                 "Worker threads (0: all cores)")
      ->check(CLI::Range(0, kMaxThreads))
      ->capture_default_str();
  AddFieldOption(app, f, "--position-prior", "position_prior", &f->options.position_prior,
                 "Weight of the lead-position prior in LexRank (0: none)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  AddFieldOption(app, f, "--concept-mix", "concept_mix", &f->options.concept_mix,
                 "Weight of concept (cross-article bigram) coverage in selection (0: none)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  AddFieldOption(
      app, f, "--unigram-mix", "unigram_mix", &f->options.unigram_mix,
      "Weight of matching the cluster's word distribution (KL-Sum) in selection (0: none)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  AddFieldOption(app, f, "--concept-min-docs", "concept_min_docs", &f->options.concept_min_docs,
                 "Articles a bigram must appear in to count as a concept")
      ->check(CLI::Range(size_t{1}, kMaxCount))
      ->capture_default_str();
  AddFieldOption(app, f, "--length-exponent", "length_exponent", &f->options.length_exponent,
                 "Coverage gain is divided by words^this")
      ->check(CLI::Range(0.0, 2.0))
      ->capture_default_str();
  AddFieldOption(app, f, "--concept-min-fraction", "concept_min_doc_fraction",
                 &f->options.concept_min_doc_fraction,
                 "Fraction of the articles a concept must also appear in")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  AddFieldOption(app, f, "--concept-lead-weight", "concept_lead_weight",
                 &f->options.concept_lead_weight,
                 "Extra concept weight per article whose first sentence has it")
      ->check(CLI::Range(0.0, 10.0))
      ->capture_default_str();
  AddFieldOption(app, f, "--concept-lead-factor", "concept_lead_factor",
                 &f->options.concept_lead_factor,
                 "Concept weight × (1 + this × articles whose first sentence has it)")
      ->check(CLI::Range(0.0, 10.0))
      ->capture_default_str();
  AddFieldOption(app, f, "--concept-stopword-factor", "concept_stopword_factor",
                 &f->options.concept_stopword_factor,
                 "Weight of a concept with a stopword in it, relative to content-word pairs")
      ->check(CLI::Range(0.0, 10.0))
      ->capture_default_str();
  AddFieldOption(app, f, "--position-weight", "position_weight", &f->options.position_weight,
                 "Weight of sentence position (1/sqrt(1 + index)) in selection relevance")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  AddFieldOption(app, f, "--redundancy-threshold", "redundancy_threshold",
                 &f->options.redundancy_threshold,
                 "Cosine with a chosen sentence at which a candidate is a near-duplicate")
      ->check(CLI::Range(0.01, 1.0))
      ->capture_default_str();
  AddFieldOption(app, f, "--min-sentence-words", "min_sentence_words",
                 &f->options.min_sentence_words, "Candidates shorter than this are fragments")
      ->check(CLI::Range(size_t{0}, kMaxCount))
      ->capture_default_str();
  AddFieldOption(app, f, "--max-sentence-words", "max_sentence_words",
                 &f->options.max_sentence_words, "Candidates longer than this are run-ons")
      ->check(CLI::Range(size_t{0}, kMaxCount))
      ->capture_default_str();
  app->add_flag("--concept-word-bigrams,!--concept-term-bigrams", f->options.concept_word_bigrams,
                "Concepts are adjacent stemmed words, stopwords kept (not both stopwords), "
                "or (--concept-term-bigrams) adjacent content terms");
  AddFieldOption(app, f, "--idf-exponent", "idf_exponent", &f->options.idf_exponent,
                 "The sentence vectors' IDF is raised to this power")
      ->check(CLI::Range(0.01, 2.0))
      ->capture_default_str();
  app->add_flag("--skip-quotes,!--keep-quotes", f->options.skip_quotes,
                "Sentences opening with a quotation mark, or closing one they did not open, "
                "are not candidates (--keep-quotes: they are)");
  app->add_flag("--refuse-unnamed-speakers,!--keep-unnamed-speakers",
                f->options.refuse_unnamed_speakers,
                "Sentences whose speaker is a he, she or they the sentence does not name "
                "(\"..., he said.\") are not candidates (English; --keep-unnamed-speakers: "
                "they are)");
  AddFieldOption(app, f, "--lambda", "mmr_lambda", &f->options.mmr_lambda,
                 "MMR trade-off: centrality vs novelty")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  // Citations are read from the similarity graph's edges, so the threshold
  // cannot be below the edge threshold (SummarizerOptions::Validate), which
  // no flag changes: the range the help shows is the one Validate keeps.
  AddFieldOption(app, f, "--citation-threshold", "citation_threshold",
                 &f->options.citation_threshold,
                 "Cosine at which another article counts as carrying a sentence")
      ->check(CLI::Range(SummarizerOptions().edge_threshold, 1.0))
      ->capture_default_str();
  app->add_flag("--fill", f->options.fill,
                "Let the last sentence run past the budget (plain output is cut at the word "
                "limit, as ROUGE's -l does); for evaluation");
  app->add_flag("--cut-aware-order,!--no-cut-aware-order", f->options.cut_aware_order,
                "With --fill: the sentence whose cut at the word limit loses least goes last "
                "(--no-cut-aware-order: --order alone)");
  AddLimitFlags(app, f);
  app->add_flag("--no-filter", [f](int64_t) { f->options.filter_noise = false; },
                "Keep noise (bylines, teasers, off-topic lines) as candidates");
}

}  // namespace cli
}  // namespace chorus
