// chorus: cited extractive digests of news clusters. This file only wires
// the subcommands; each lives in its own *_command.cc.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/cli_common.h"
#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"chorus: a digest of many news articles about one story, every line cited"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("chorus 0.1.0"));
  CLI::App* digest = app.add_subcommand("digest", "Summarize articles of one story into a cited digest");
  chorus::cli::CommandRunner run_digest = chorus::cli::AddDigestCommand(digest);
  CLI::App* eval = app.add_subcommand("eval", "ROUGE of chorus (or given summaries) and the lead "
                                      "and random baselines on an evaluation set");
  chorus::cli::CommandRunner run_eval = chorus::cli::AddEvalCommand(eval);
  CLI::App* batch = app.add_subcommand("batch", "Digest every cluster of JSONL files in parallel, "
                                       "one file per cluster plus a manifest");
  chorus::cli::CommandRunner run_batch = chorus::cli::AddBatchCommand(batch);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);  // prints help/version to stdout, errors to stderr
    return code == 0 ? chorus::cli::kExitOk : chorus::cli::kExitUsage;
  }
  if (digest->parsed()) return run_digest();
  if (eval->parsed()) return run_eval();
  if (batch->parsed()) return run_batch();
  return chorus::cli::kExitUsage;
}
