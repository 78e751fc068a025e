// The subcommands of the chorus CLI. Each registers its flags on a CLI11 app
// and returns the function that runs it (returning the exit code).
#ifndef CHORUS_SRC_CLI_COMMANDS_H_
#define CHORUS_SRC_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>

namespace chorus {
namespace cli {

using CommandRunner = std::function<int()>;

// `chorus digest PATH...`
CommandRunner AddDigestCommand(CLI::App* app);

// `chorus eval DATA.jsonl`
CommandRunner AddEvalCommand(CLI::App* app);

// `chorus batch INPUT.jsonl... --out DIR`
CommandRunner AddBatchCommand(CLI::App* app);

}  // namespace cli
}  // namespace chorus

#endif  // CHORUS_SRC_CLI_COMMANDS_H_
