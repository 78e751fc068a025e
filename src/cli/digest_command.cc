// `chorus digest PATH...`: flags → SummarizerOptions → one library call →
// formatter → stdout (or --output, written whole).
#include <memory>
#include <string>
#include <vector>

#include "chorus/chorus.h"
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "cli/summarizer_flags.h"

namespace chorus {
namespace cli {

namespace {

struct DigestFlags {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  bool lossy = false;
  bool explain = false;
  SummarizerFlags summarizer;
};

int RunDigest(const DigestFlags& f) {
  if (Status s = f.summarizer.Check(); !s.ok()) return Fail(s);
  SummarizerOptions options = f.summarizer.Resolve();
  options.explain = f.explain;

  std::unique_ptr<Summarizer> summarizer;
  if (Status s = Summarizer::Create(options, &summarizer); !s.ok()) return Fail(s);
  std::unique_ptr<Formatter> formatter;
  FormatOptions format_options;
  format_options.explain = options.explain;
  if (options.fill && options.budget_unit == BudgetUnit::kWords)
    format_options.max_words = options.budget;
  if (Status s = NewFormatter(f.format, format_options, &formatter); !s.ok()) return Fail(s);

  std::string stdin_bytes;
  for (const auto& p : f.paths)
    if (p == "-") {
      if (Status s = ReadStdin(&stdin_bytes, f.summarizer.load.max_article_bytes); !s.ok()) return Fail(s);
      break;
    }
  LoadOptions load = f.summarizer.load;
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
  AddSummarizerFlags(app, &f->summarizer);
  std::vector<std::string> formats = FormatNames();
  app->add_option("--format", f->format, "Output format")
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
  app->add_option("-o,--output", f->output, "Write the digest to this file (whole or not at all)")
      ->check(NonEmpty("file name"));
  app->add_flag("--lossy", f->lossy, "Replace invalid UTF-8 with U+FFFD instead of failing");
  app->add_flag("--explain", f->explain,
                "Show every candidate's scores and why each dropped line was dropped");
  return [f] { return RunDigest(*f); };
}

}  // namespace cli
}  // namespace chorus
