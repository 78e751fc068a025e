// `chorus digest PATH...`: flags → SummarizerOptions → one library call →
// formatter → stdout (or --output, written whole).
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "chorus/chorus.h"
#include "cli/cli_common.h"
#include "cli/commands.h"

namespace chorus {
namespace cli {

namespace {

struct DigestFlags {
  std::vector<std::string> paths;
  size_t words = 0, sentences = 0, chars = 0;
  std::string format = "text";
  std::string order = "chrono";
  std::string output;
  bool lossy = false;
  SummarizerOptions options;
};

int RunDigest(const DigestFlags& f) {
  SummarizerOptions options = f.options;
  if (f.sentences > 0) {
    options.budget_unit = BudgetUnit::kSentences;
    options.budget = f.sentences;
  } else if (f.chars > 0) {
    options.budget_unit = BudgetUnit::kChars;
    options.budget = f.chars;
  } else if (f.words > 0) {
    options.budget = f.words;
  }
  static const std::map<std::string, SentenceOrder> kOrders = {
      {"chrono", SentenceOrder::kChrono}, {"source", SentenceOrder::kSource},
      {"score", SentenceOrder::kScore}};
  options.order = kOrders.at(f.order);

  std::unique_ptr<Summarizer> summarizer;
  if (Status s = Summarizer::Create(options, &summarizer); !s.ok()) return Fail(s);
  std::unique_ptr<Formatter> formatter;
  if (Status s = NewFormatter(f.format, {options.explain}, &formatter); !s.ok()) return Fail(s);

  std::string stdin_bytes;
  for (const auto& p : f.paths)
    if (p == "-") {
      if (Status s = ReadStdin(&stdin_bytes); !s.ok()) return Fail(s);
      break;
    }
  LoadOptions load;
  load.lossy_utf8 = f.lossy;
  Cluster cluster;
  std::vector<std::string> warnings;
  Status s = LoadCluster(f.paths, stdin_bytes, load, &cluster, &warnings);
  for (const auto& w : warnings) Warn(w);
  if (!s.ok()) return Fail(s);

  Digest digest;
  if (s = summarizer->Summarize(cluster, &digest); !s.ok()) return Fail(s);
  std::string out;
  if (s = formatter->Format(cluster, digest, &out); !s.ok()) return Fail(s);
  if (s = WriteOutput(f.output, out); !s.ok()) return Fail(s);
  return kExitOk;
}

}  // namespace

CommandRunner AddDigestCommand(CLI::App* app) {
  auto f = std::make_shared<DigestFlags>();
  app->add_option("paths", f->paths,
                  "Articles: .txt files (one article each), .json clusters, folders of them, "
                  "or - for one article on stdin")
      ->required();
  auto* words = app->add_option("--words", f->words, "Budget in words (default 120)")
                    ->check(CLI::Range(size_t{1}, size_t{10000000}));
  auto* sentences = app->add_option("--sentences", f->sentences, "Budget in sentences")
                        ->check(CLI::Range(size_t{1}, size_t{10000000}));
  auto* chars = app->add_option("--chars", f->chars, "Budget in characters")
                    ->check(CLI::Range(size_t{1}, size_t{10000000}));
  words->excludes(sentences)->excludes(chars);
  sentences->excludes(chars);
  std::vector<std::string> formats = FormatNames();
  app->add_option("--format", f->format, "Output format")
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
  app->add_option("--order", f->order, "Sentence order: chrono (date, then position), "
                  "source (article order), score (most central first)")
      ->check(CLI::IsMember({"chrono", "source", "score"}))
      ->capture_default_str();
  app->add_option("--language", f->options.analyzer.language,
                  "Snowball stemmer language (english, german, french, spanish, ...)")
      ->capture_default_str();
  app->add_option("-o,--output", f->output, "Write the digest to this file (whole or not at all)");
  app->add_flag("--lossy", f->lossy, "Replace invalid UTF-8 with U+FFFD instead of failing");
  app->add_flag("--explain", f->options.explain,
                "Show every candidate's scores and why each dropped line was dropped");
  app->add_option("--threads", f->options.threads, "Worker threads (0: all cores)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  app->add_option("--lambda", f->options.mmr_lambda, "MMR trade-off: centrality vs novelty")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  app->add_option("--citation-threshold", f->options.citation_threshold,
                  "Cosine at which another article counts as carrying a sentence")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  app->add_flag("--no-filter", [f](int64_t) { f->options.filter_noise = false; },
                "Keep noise (bylines, teasers, off-topic lines) as candidates");
  return [f] { return RunDigest(*f); };
}

}  // namespace cli
}  // namespace chorus
