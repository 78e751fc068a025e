// Reading and writing whole files: the one place where the library opens
// files for reading (the loader's .txt/.json inputs, eval's data and
// summaries) and writes them whole (batch outputs, the CLI's -o), so that
// I/O stays behind one seam.
#ifndef CHORUS_SRC_FILE_UTIL_H_
#define CHORUS_SRC_FILE_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <string_view>

#include "chorus/status.h"

namespace chorus {
namespace internal {

// Reads the whole file at `path` into *out. NotFound when it does not
// exist, IOError with the system's reason when it cannot be read (a folder
// included), LimitExceeded naming the flag `limit_flag` when the file is
// larger than `max_bytes`: a regular file from its size, before anything is
// read; a pipe as soon as more than `max_bytes` have been read. Messages
// start with the path: "PATH: WHAT is SIZE bytes, over the limit of ...".
Status ReadWholeFile(const std::string& path, std::string* out, size_t max_bytes = SIZE_MAX,
                     const char* limit_flag = "--max-article-bytes",
                     const char* what = "article");

// The IOError of a read that failed, saying what is known of it:
// "NAME: cannot read[ after N bytes][: REASON]", where N (`bytes_read`,
// shown when not 0) is how far the input was read and REASON is
// strerror(`err`), shown when `err` is not 0 (0: the reason is not known,
// and none is made up). NAME may hold a line ("stdin:13").
Status ReadFailed(const std::string& name, size_t bytes_read, int err);

// Writes `bytes` to `path` whole: the file is either complete or untouched,
// even if the process is killed. The bytes go to an unnamed file in the
// destination folder (O_TMPFILE), synced when `sync`, which is then linked
// under `path`; when `path` exists it is linked under a temporary name
// beside it ("<path>.tmp.XXXXXX") and renamed over it. Where the file system
// has no O_TMPFILE (or linking it is refused), a named temporary file is
// written and renamed instead. The file's mode is 0644 less the umask.
// Without `sync` a power loss may still lose or empty it: the caller must
// sync later (SyncFileSystem) and be able to tell such a file from a
// complete one. No temporary file is left on failure. IOError with the
// system's reason, the message starting with the path.
Status WriteFileAtomic(const std::string& path, const std::string& bytes, bool sync = true);

// True when `name` has the form of a temporary file WriteFileAtomic leaves
// if it is killed: "<anything>.tmp." then six ASCII letters or digits. No
// output of chorus has it (an output's last six bytes hold the '.' of its
// extension): batch removes such files at the start of a run.
bool IsTemporaryName(std::string_view name);

// WriteFileAtomic for the file `name` (no '/') of the folder `dir` open as
// `dir_fd` (O_DIRECTORY): path lookups start at the folder, and messages
// start with "DIR/NAME". Thread-safe.
Status WriteFileAtomicAt(int dir_fd, const std::string& dir, const std::string& name,
                         const std::string& bytes, bool sync);

// For tests: the way WriteFileAtomic* name their files from now on, as
// where linkat(AT_EMPTY_PATH) is refused (kProcFd: unprivileged users) or
// where there is no O_TMPFILE (kNamed). kAuto: the default, learnt anew.
enum class AtomicWriteWay { kAuto, kProcFd, kNamed };
void SetAtomicWriteWayForTest(AtomicWriteWay way);

// Commits to disk everything written to the file system holding the folder
// `dir` (syncfs): one call instead of a sync per file. IOError naming `dir`.
Status SyncFileSystem(const std::string& dir);
// The same for the folder open as `dir_fd`.
Status SyncFileSystemAt(int dir_fd, const std::string& dir);

// Reads one line of `in` (without its '\n') into *line, keeping no more
// than `max` bytes: a longer line is consumed to its end, but *line is left
// empty. *length is the line's whole length; *consumed grows by the bytes
// taken from `in` (the '\n' included). False at the end of input when
// nothing was read. (batch reads its JSONL lines so.)
bool ReadBoundedLine(std::istream& in, size_t max, std::string* line, size_t* length,
                     size_t* consumed);

// Writes all of `bytes` to the open descriptor `fd` (retrying on EINTR);
// `name` prefixes the IOError message.
Status WriteAllToFd(int fd, const std::string& bytes, const std::string& name);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_FILE_UTIL_H_
