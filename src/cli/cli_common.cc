#include "cli/cli_common.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

namespace chorus {
namespace cli {

int ExitCodeFor(const Status& status) {
  if (status.ok()) return kExitOk;
  return status.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitRuntimeError;
}

int Fail(const Status& status) {
  std::cerr << "chorus: " << status.message() << "\n";
  return ExitCodeFor(status);
}

void Warn(const std::string& message) { std::cerr << "chorus: warning: " << message << "\n"; }

Status ReadStdin(std::string* out) {
  out->clear();
  char buf[1 << 16];
  while (true) {
    ssize_t n = ::read(0, buf, sizeof buf);
    if (n == 0) return Status::OK();
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IOError(std::string("stdin: ") + std::strerror(errno));
    }
    out->append(buf, static_cast<size_t>(n));
  }
}

namespace {

Status WriteAll(int fd, const std::string& bytes, const std::string& name) {
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IOError(name + ": " + std::strerror(errno));
    }
    done += static_cast<size_t>(n);
  }
  return Status::OK();
}

}  // namespace

Status WriteOutput(const std::string& path, const std::string& bytes) {
  if (path.empty() || path == "-") return WriteAll(1, bytes, "stdout");
  std::string tmp = path + ".tmp.XXXXXX";
  int fd = ::mkstemp(tmp.data());
  if (fd < 0) return Status::IOError(path + ": cannot create temporary file: " + std::strerror(errno));
  Status s = WriteAll(fd, bytes, path);
  if (s.ok() && ::fchmod(fd, 0644) != 0) s = Status::IOError(path + ": " + std::strerror(errno));
  if (s.ok() && ::fsync(fd) != 0) s = Status::IOError(path + ": " + std::strerror(errno));
  if (::close(fd) != 0 && s.ok()) s = Status::IOError(path + ": " + std::strerror(errno));
  if (s.ok() && std::rename(tmp.c_str(), path.c_str()) != 0)
    s = Status::IOError(path + ": " + std::strerror(errno));
  if (!s.ok()) ::unlink(tmp.c_str());
  return s;
}

}  // namespace cli
}  // namespace chorus
