// The subcommands of the chorus CLI. Each registers its flags on a CLI11 app
// and returns the function that runs it (returning the exit code).
#ifndef CHORUS_SRC_CLI_COMMANDS_H_
#define CHORUS_SRC_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace chorus {
namespace cli {

using CommandRunner = std::function<int()>;

// Refuses an empty value ("empty <what>", exit 2): an unset "$DIR" or
// "$OUT" would otherwise read as a flag not given (eval's --summaries
// scored chorus instead; -o '' wrote to stdout).
CLI::Validator NonEmpty(const std::string& what);

// `chorus digest PATH...`
CommandRunner AddDigestCommand(CLI::App* app);

// `chorus eval DATA.jsonl`
CommandRunner AddEvalCommand(CLI::App* app);

// `chorus batch INPUT.jsonl... --out DIR`
CommandRunner AddBatchCommand(CLI::App* app);

}  // namespace cli
}  // namespace chorus

#endif  // CHORUS_SRC_CLI_COMMANDS_H_
