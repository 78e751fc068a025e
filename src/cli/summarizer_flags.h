// The flags that set SummarizerOptions and the input limits of
// LoadOptions, shared by `chorus digest`, `chorus eval` and `chorus batch`
// (one registration, so all take the same flags with the same checks and
// help).
#ifndef CHORUS_SRC_CLI_SUMMARIZER_FLAGS_H_
#define CHORUS_SRC_CLI_SUMMARIZER_FLAGS_H_

#include <CLI/CLI.hpp>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "chorus/loader.h"
#include "chorus/options.h"

namespace chorus {
namespace cli {

struct SummarizerFlags {
  size_t words = 0, sentences = 0, chars = 0;  // 0: not given
  std::string order = "chrono";
  SummarizerOptions options;
  LoadOptions load;  // the limits only; each command sets lossy_utf8
  // (field, flag) for each SummarizerOptions field a flag sets, in Validate's
  // names ("mmr_lambda", "--lambda"): recorded by AddSummarizerFlags as it
  // registers each flag, so a new flag is named in one place. Check uses it.
  std::vector<std::pair<std::string, std::string>> flag_of_field;

  // True when --words, --sentences or --chars was given.
  bool budget_given() const { return words > 0 || sentences > 0 || chars > 0; }
  // `options` with the budget (when given) and the order applied.
  SummarizerOptions Resolve() const;
  // Resolve().Validate(), its message naming flags instead of fields
  // (flag_of_field: "--min-sentence-words must be at most
  // --max-sentence-words"): the flags' own checks let through NaN and the
  // limits between two flags.
  Status Check() const;
};

// Registers --words, --sentences, --chars (mutually exclusive), --order,
// --threads, a flag for every SummarizerOptions field a user may tune
// (--language, --lambda, the concept and selection weights, the candidate
// rules, --citation-threshold, --fill, --cut-aware-order, --no-filter; the
// others keep their defaults) and the limits (--max-article-bytes,
// --max-cluster-bytes, --max-articles, --max-sentence-bytes,
// --max-sentences) on `app`, writing into *flags (which must outlive the
// parse).
void AddSummarizerFlags(CLI::App* app, SummarizerFlags* flags);

}  // namespace cli
}  // namespace chorus

#endif  // CHORUS_SRC_CLI_SUMMARIZER_FLAGS_H_
