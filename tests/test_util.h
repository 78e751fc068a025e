// Helpers shared by the tests: where the data lives, running the CLI, files.
#ifndef CHORUS_TESTS_TEST_UTIL_H_
#define CHORUS_TESTS_TEST_UTIL_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace chorus {
namespace test {

// The project's source folder (for examples/, tests/golden/ ...).
std::string SourceDir();
// The shared data folder: $CHORUS_SHARED if set, else ../shared beside the
// source folder.
std::string SharedDir();

// Calls `visit` with the text of every article of the shared DUC 2003 and
// DUC 2006 sets (SharedDir()/data/SET/clusters.jsonl), in file order, and
// returns how many it visited. A set that is absent gets a "SKIPPED"
// warning, so a test over them passes without ../shared; a set that is
// present but holds no article fails the test.
size_t ForEachSharedArticle(const std::function<void(const std::string& text)>& visit);

// The sentences the segmenter finds in `text` for `locale`, as strings;
// fails the current test if the segmenter cannot be made.
std::vector<std::string> SegmentedSentences(const std::string& text, const std::string& locale = "en");

// The reason the form rules (ApplyFormRules, noise_filter.h) give the first
// sentence of `paragraph`, set after an opening paragraph that must keep
// (no reason); "" when it is kept. English segmentation.
std::string FormRuleReason(const std::string& paragraph);

// Reads a whole file; fails the current test if it cannot.
std::string ReadFileOrDie(const std::string& path);
// Writes a file, creating parent folders.
void WriteFile(const std::string& path, const std::string& bytes);
// A fresh empty temporary folder, unique per call.
std::string TempDir();

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};
// Runs the chorus CLI with `args` (each passed as one argument, no shell
// interpretation), optional `stdin_bytes`, and environment additions
// "NAME=value". Captures stdout and stderr.
CommandResult RunCli(const std::vector<std::string>& args,
                     const std::string& stdin_bytes = "",
                     const std::vector<std::string>& env = {});

// RunCli with stdin opened from `stdin_path` (a folder too, whose reads
// fail with EISDIR), or closed when it is empty (reads fail with EBADF).
CommandResult RunCliStdinFrom(const std::vector<std::string>& args,
                              const std::string& stdin_path);

// Runs the CLI with `args` under OMP_NUM_THREADS=1 and =4, requires the
// first to succeed and checks both printed the same bytes (the determinism
// contract). Returns the one-thread result for further checks.
CommandResult RunWithOneAndFourThreads(const std::vector<std::string>& args);

}  // namespace test
}  // namespace chorus

#endif  // CHORUS_TESTS_TEST_UTIL_H_
