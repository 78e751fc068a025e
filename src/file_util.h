// Reading and writing whole files: the one place where the library opens
// files for reading (the loader's .txt/.json inputs, eval's data and
// summaries) and writes them whole (batch outputs, the CLI's -o), so that
// I/O stays behind one seam.
#ifndef CHORUS_SRC_FILE_UTIL_H_
#define CHORUS_SRC_FILE_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <string>

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

// Writes `bytes` to a temporary file beside `path` ("<path>.tmp.XXXXXX"),
// syncs it (when `sync`) and renames it over `path`: the file is either
// complete or untouched, even if the process is killed. Without `sync` a
// power loss may still lose or empty it: the caller must sync later
// (SyncFileSystem) and be able to tell such a file from a complete one.
// The temporary file is removed on failure. IOError with the system's
// reason, the message starting with the path.
Status WriteFileAtomic(const std::string& path, const std::string& bytes, bool sync = true);

// Commits to disk everything written to the file system holding the folder
// `dir` (syncfs): one call instead of a sync per file. IOError naming `dir`.
Status SyncFileSystem(const std::string& dir);

// Writes all of `bytes` to the open descriptor `fd` (retrying on EINTR);
// `name` prefixes the IOError message.
Status WriteAllToFd(int fd, const std::string& bytes, const std::string& name);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_FILE_UTIL_H_
