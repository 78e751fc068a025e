#include "cli/cli_common.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "file_util.h"
#include "format_internal.h"

namespace chorus {
namespace cli {

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

Status WriteOutput(const std::string& path, const std::string& bytes) {
  if (path.empty() || path == "-") return internal::WriteAllToFd(1, bytes, "stdout");
  return internal::WriteFileAtomic(path, bytes);
}

}  // namespace cli
}  // namespace chorus
