#include "cli/cli_common.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string_view>

#include "cli/commands.h"
#include "file_util.h"
#include "format_internal.h"

namespace chorus {
namespace cli {

CLI::Validator NonEmpty(const std::string& what) {
  return CLI::Validator(
      [what](std::string& value) { return value.empty() ? "empty " + what : std::string(); },
      "", "non-empty");
}

int ExitCodeFor(const Status& status) {
  if (status.ok()) return kExitOk;
  return status.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitRuntimeError;
}

int Fail(const Status& status) {
  std::cerr << "chorus: " << internal::SafeLine(status.message()) << "\n";
  return ExitCodeFor(status);
}

void Warn(const std::string& message) {
  std::cerr << "chorus: warning: " << internal::SafeLine(message) << "\n";
}

void ReportError(const std::string& message) {
  std::cerr << "chorus: error: " << internal::SafeLine(message) << "\n";
}

Status ReadStdin(std::string* out, size_t max_bytes) {
  out->clear();
  char buf[1 << 16];
  while (true) {
    ssize_t n = ::read(0, buf, sizeof buf);
    if (n == 0) return Status::OK();
    if (n < 0) {
      if (errno == EINTR) continue;
      return internal::ReadFailed("stdin", out->size(), errno);
    }
    if (out->size() + static_cast<size_t>(n) > max_bytes)
      return Status::LimitExceeded("stdin: article is over the limit of " +
                                   std::to_string(max_bytes) +
                                   " bytes (raise it with --max-article-bytes)");
    out->append(buf, static_cast<size_t>(n));
  }
}

namespace {

// Writes into an existing file that is not a regular one (a device, a
// FIFO): opened as it is, never created, truncated or replaced.
Status WriteInPlace(const std::string& path, const std::string& bytes) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return Status::IOError(path + ": " + std::strerror(errno));
  Status s = internal::WriteAllToFd(fd, bytes, path);
  if (::close(fd) != 0 && s.ok()) s = Status::IOError(path + ": " + std::strerror(errno));
  return s;
}

// The descriptor a path names when it is one of the process's own open
// files: /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N. Written as
// the descriptor (bash does the same), so `>> log` keeps appending and
// `-o >(gzip > x.gz)` works; -1 for other paths.
int OwnDescriptor(const std::string& path) {
  if (path == "/dev/stdout") return 1;
  if (path == "/dev/stderr") return 2;
  for (std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
    if (!path.starts_with(prefix) || path.size() == prefix.size() ||
        path.size() > prefix.size() + 9)
      continue;
    int fd = 0;
    for (size_t i = prefix.size(); i < path.size(); ++i) {
      if (path[i] < '0' || path[i] > '9') return -1;
      fd = fd * 10 + (path[i] - '0');
    }
    return fd;
  }
  return -1;
}

// The file a chain of symlinks ends in, read link by link (each link's
// text relative to the link's folder), so a dangling link gives the file to
// create, as a shell's `>` would; empty after 40 links (a loop, where the
// kernel gives ELOOP). A link that cannot be read (gone since the check) is
// returned as it is: the path given is then written as a plain name.
std::filesystem::path LinkTarget(std::filesystem::path p) {
  namespace fs = std::filesystem;
  std::error_code ec;
  for (int links = 0; links < 40; ++links) {
    if (!fs::is_symlink(p, ec)) return p;
    const fs::path next = fs::read_symlink(p, ec);
    if (ec) return p;
    p = next.is_absolute() ? next : p.parent_path() / next;
  }
  return {};
}

}  // namespace

Status WriteOutput(const std::string& path, const std::string& bytes) {
  if (path.empty() || path == "-") return internal::WriteAllToFd(1, bytes, "stdout");
  if (const int fd = OwnDescriptor(path); fd >= 0) return internal::WriteAllToFd(fd, bytes, path);
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
    return WriteInPlace(path, bytes);
  // A symlink: the file it names is written (whole), created when missing
  // (before, a dangling link was replaced by the file); the link stays.
  std::error_code ec;
  if (std::filesystem::is_symlink(path, ec)) {
    const std::filesystem::path target = LinkTarget(path);
    if (target.empty()) return Status::IOError(path + ": " + std::strerror(ELOOP));
    return internal::WriteFileAtomic(target.string(), bytes);
  }
  return internal::WriteFileAtomic(path, bytes);
}

}  // namespace cli
}  // namespace chorus
