// What every chorus subcommand shares: exit codes, error printing, stdin,
// and whole-or-nothing output files.
#ifndef CHORUS_SRC_CLI_CLI_COMMON_H_
#define CHORUS_SRC_CLI_CLI_COMMON_H_

#include <cstddef>
#include <string>

#include "chorus/status.h"

namespace chorus {
namespace cli {

// Exit codes, documented in README.md.
enum ExitCode : int {
  kExitOk = 0,
  kExitRuntimeError = 1,  // runtime or I/O error, bad input data
  kExitUsage = 2,         // bad flags or option values
  kExitSomeFailed = 3,    // batch: some clusters failed
};

// Exit code for a failed Status: usage errors (InvalidArgument) → 2, else 1.
int ExitCodeFor(const Status& status);

// Prints "chorus: <message>" to stderr, the message as one line with its
// terminal controls escaped (SafeLine: ids and keys come from the input);
// returns ExitCodeFor(status).
int Fail(const Status& status);

// Prints "chorus: warning: <message>" to stderr (escaped as Fail's).
void Warn(const std::string& message);

// Prints "chorus: error: <message>" to stderr (escaped as Fail's): a failure
// the command goes on after (one cluster of `batch`).
void ReportError(const std::string& message);

// Reads all of standard input; LimitExceeded (naming --max-article-bytes)
// as soon as more than `max_bytes` have arrived, so a endless pipe cannot
// exhaust memory. A failed read gives internal::ReadFailed's IOError
// ("stdin: cannot read after N bytes: REASON").
Status ReadStdin(std::string* out, size_t max_bytes);

// Writes `bytes` to stdout when `path` is "" or "-"; otherwise to a
// temporary file beside `path` that is then renamed over it, so the file is
// either complete or untouched. A symlink is followed: its target is
// written so (and created, when the link dangles), and the link stays.
// /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N are written as
// that open descriptor (so `>> log` still appends), and another existing
// file that is not a regular file or folder (a device, a FIFO) is opened
// and written in place: such streams, as stdout, cannot be written whole
// or not at all.
Status WriteOutput(const std::string& path, const std::string& bytes);

}  // namespace cli
}  // namespace chorus

#endif  // CHORUS_SRC_CLI_CLI_COMMON_H_
