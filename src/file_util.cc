#include "file_util.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace chorus {
namespace internal {

namespace {

// "PATH: WHAT is SIZE bytes, over the limit of MAX bytes (raise it with
// FLAG)"; without a known size, "PATH: WHAT is over the limit ...".
Status TooBig(const std::string& path, size_t size, bool size_known, size_t max_bytes,
              const char* limit_flag, const char* what) {
  return Status::LimitExceeded(path + ": " + what + " is " +
                               (size_known ? std::to_string(size) + " bytes, " : "") +
                               "over the limit of " + std::to_string(max_bytes) +
                               " bytes (raise it with " + limit_flag + ")");
}

}  // namespace

Status ReadWholeFile(const std::string& path, std::string* out, size_t max_bytes,
                     const char* limit_flag, const char* what) {
  std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (file == nullptr) {
    if (errno == ENOENT || errno == ENOTDIR)
      return Status::NotFound(path + ": no such file or directory");
    return Status::IOError(path + ": cannot read: " + std::strerror(errno));
  }
  struct stat st;
  if (::fstat(fileno(file.get()), &st) == 0 && S_ISREG(st.st_mode) &&
      static_cast<uint64_t>(st.st_size) > max_bytes)  // fail before reading
    return TooBig(path, static_cast<size_t>(st.st_size), true, max_bytes, limit_flag, what);
  out->clear();
  char buffer[1 << 16];
  size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof(buffer), file.get())) > 0) {
    if (out->size() + got > max_bytes) return TooBig(path, 0, false, max_bytes, limit_flag, what);
    out->append(buffer, got);
  }
  if (std::ferror(file.get()))  // e.g. EISDIR: fopen succeeds on a folder, fread fails
    return Status::IOError(path + ": cannot read: " + std::strerror(errno));
  return Status::OK();
}

Status WriteAllToFd(int fd, const std::string& bytes, const std::string& name) {
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

Status WriteFileAtomic(const std::string& path, const std::string& bytes, bool sync) {
  std::string tmp = path + ".tmp.XXXXXX";
  int fd = ::mkstemp(tmp.data());
  if (fd < 0) return Status::IOError(path + ": cannot create temporary file: " + std::strerror(errno));
  Status s = WriteAllToFd(fd, bytes, path);
  if (s.ok() && ::fchmod(fd, 0644) != 0) s = Status::IOError(path + ": " + std::strerror(errno));
  if (s.ok() && sync && ::fsync(fd) != 0) s = Status::IOError(path + ": " + std::strerror(errno));
  if (::close(fd) != 0 && s.ok()) s = Status::IOError(path + ": " + std::strerror(errno));
  if (s.ok() && std::rename(tmp.c_str(), path.c_str()) != 0)
    s = Status::IOError(path + ": " + std::strerror(errno));
  if (!s.ok()) ::unlink(tmp.c_str());
  return s;
}

Status SyncFileSystem(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Status::IOError(dir + ": cannot open to sync: " + std::strerror(errno));
  Status s;
  if (::syncfs(fd) != 0) s = Status::IOError(dir + ": sync failed: " + std::strerror(errno));
  ::close(fd);
  return s;
}

}  // namespace internal
}  // namespace chorus
