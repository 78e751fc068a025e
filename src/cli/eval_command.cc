// `chorus eval DATA.jsonl`: flags → the systems to score (chorus's digests,
// or --summaries / --systems folders) plus the lead and random baselines →
// Evaluate → one table (or JSON) → stdout (or --output, written whole).
//
// The budget of chorus and of the baselines is the digest flags' (--words,
// --sentences, --chars); when none is given it follows the ROUGE limit
// (--limit-words N: N words; --limit-bytes N: N characters), else the
// digest default (120 words). With a ROUGE limit, chorus and the baselines
// fill the budget (SummarizerOptions::fill, BaselineOptions::fill: the last
// sentence may run past it) and the scorer cuts every summary at the limit,
// as DUC did; so `--words 100 --limit-words 100` scores `lead` exactly as
// NIST's DUC 2003 baseline (the first 100 words). --no-fill keeps every
// summary within the budget, as NIST's DUC 2005-2007 lead (leading
// sentences up to 250 words) was made. The baselines are always scored, also beside --summaries
// and --systems, so every figure stands beside them.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "chorus/evaluation.h"
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "cli/summarizer_flags.h"

namespace chorus {
namespace cli {

namespace {

struct EvalFlags {
  std::string data;
  std::string summaries;  // --summaries DIR
  std::string systems;    // --systems DIR
  std::string format = "text";
  std::string output;
  bool no_stem = false;
  bool remove_stopwords = false;
  bool no_fill = false;
  size_t limit_words = 0;
  size_t limit_bytes = 0;
  SummarizerFlags summarizer;
};

SummarizerOptions BudgetedOptions(const EvalFlags& f) {
  SummarizerOptions options = f.summarizer.Resolve();
  // With a scorer limit, summaries fill the budget and the scorer cuts them
  // (the DUC protocol; it makes `lead` NIST's baseline).
  if ((f.limit_words > 0 || f.limit_bytes > 0) && !f.no_fill) options.fill = true;
  if (f.summarizer.budget_given()) return options;
  if (f.limit_words > 0) {
    options.budget_unit = BudgetUnit::kWords;
    options.budget = f.limit_words;
  } else if (f.limit_bytes > 0) {
    options.budget_unit = BudgetUnit::kChars;
    options.budget = f.limit_bytes;
  }
  return options;
}

EvalOptions ScoringOptions(const EvalFlags& f, int threads) {
  EvalOptions options;
  options.rouge.stem = !f.no_stem;
  options.rouge.remove_stopwords = f.remove_stopwords;
  options.rouge.limit_words = f.limit_words;
  options.rouge.limit_bytes = f.limit_bytes;
  options.threads = threads;
  return options;
}

// The system name of a --summaries folder: its own name ("runs/mine/" →
// "mine").
std::string FolderName(const std::string& dir) {
  std::filesystem::path p = std::filesystem::path(dir).lexically_normal();
  if (!p.has_filename()) p = p.parent_path();
  const std::string name = p.filename().string();
  return name.empty() || name == "." || name == ".." ? "summaries" : name;
}

// The systems to score besides the baselines.
Status ScoredSystems(const EvalFlags& f, const SummarizerOptions& options,
                     const std::vector<EvalCluster>& data, std::vector<SystemSummaries>* systems,
                     std::vector<std::string>* warnings) {
  if (!f.systems.empty()) return ReadSystemFolders(f.systems, data, systems, warnings);
  systems->emplace_back();
  if (!f.summaries.empty())
    return ReadSummaryFolder(f.summaries, FolderName(f.summaries), data, &systems->back(), warnings);
  return SummarizeClusters(options, data, &systems->back(), warnings);
}

// A scored system may not take a baseline's name.
Status CheckNames(const std::vector<SystemSummaries>& systems) {
  for (const SystemSummaries& s : systems)
    if (s.name == "lead" || s.name == "random")
      return Status::InvalidInput("system '" + s.name + "': the name of a baseline; rename " +
                                  "its folder");
  return Status::OK();
}

int RunEval(const EvalFlags& f) {
  if (Status s = f.summarizer.Check(); !s.ok()) return Fail(s);
  const SummarizerOptions options = BudgetedOptions(f);
  const EvalOptions scoring = ScoringOptions(f, options.threads);
  if (Status s = options.Validate(); !s.ok()) return Fail(s);
  if (Status s = scoring.rouge.Validate(); !s.ok()) return Fail(s);

  std::vector<std::string> warnings;
  std::vector<EvalCluster> data;
  Status s = LoadEvalJsonl(f.data, &data, &warnings, f.summarizer.load);
  std::vector<SystemSummaries> systems;
  if (s.ok()) s = ScoredSystems(f, options, data, &systems, &warnings);
  if (s.ok()) s = CheckNames(systems);
  BaselineOptions baseline;
  baseline.language = options.analyzer.language;
  baseline.budget_unit = options.budget_unit;
  baseline.budget = options.budget;
  baseline.fill = options.fill;
  baseline.threads = options.threads;
  if (s.ok()) s = BaselineSummaries(baseline, data, &systems, &warnings);
  for (const std::string& w : warnings) Warn(w);
  if (!s.ok()) return Fail(s);

  EvalReport report;
  if (s = Evaluate(data, systems, scoring, &report); !s.ok()) return Fail(s);
  std::string out;
  if (s = FormatEvalReport(report, f.format, &out); !s.ok()) return Fail(s);
  if (s = WriteOutput(f.output, out); !s.ok()) return Fail(s);
  return kExitOk;
}

}  // namespace

CommandRunner AddEvalCommand(CLI::App* app) {
  auto f = std::make_shared<EvalFlags>();
  app->add_option("data", f->data,
                  "Evaluation set: JSON Lines, one cluster per line with its \"references\"")
      ->required()
      ->check(NonEmpty("data path"));
  auto* summaries = app->add_option("--summaries", f->summaries,
                                    "Score DIR/<cluster>.txt (one sentence per line) instead of "
                                    "running chorus")
                        ->check(NonEmpty("folder name"));
  auto* systems = app->add_option("--systems", f->systems,
                                  "Score every subfolder of DIR as one system (instead of chorus)")
                      ->check(NonEmpty("folder name"));
  summaries->excludes(systems);
  AddSummarizerFlags(app, &f->summarizer);
  auto* words = app->add_option("-l,--limit-words", f->limit_words,
                                "ROUGE -l: score only the first N words of every summary")
                    ->check(CLI::Range(size_t{1}, size_t{10000000}));
  auto* bytes = app->add_option("-b,--limit-bytes", f->limit_bytes,
                                "ROUGE -b: score only the first N bytes of every summary")
                    ->check(CLI::Range(size_t{1}, size_t{10000000}));
  words->excludes(bytes);
  auto* no_fill = app->add_flag(
      "--no-fill", f->no_fill,
      "Keep summaries within the budget even with a ROUGE limit (by default the last "
      "sentence may run past it and the limit cuts it, as in DUC)");
  if (CLI::Option* fill = app->get_option_no_throw("--fill")) no_fill->excludes(fill);
  app->add_flag("--no-stem", f->no_stem, "ROUGE without -m: no stemming");
  app->add_flag("--remove-stopwords", f->remove_stopwords,
                "ROUGE -s, with chorus's English stopword list (not ROUGE's own)");
  app->add_option("--format", f->format, "Output: text (a table, x100) or json (values 0..1)")
      ->check(CLI::IsMember(EvalReportFormats()))
      ->capture_default_str();
  app->add_option("-o,--output", f->output, "Write the report to this file (whole or not at all)")
      ->check(NonEmpty("file name"));
  return [f] { return RunEval(*f); };
}

}  // namespace cli
}  // namespace chorus
