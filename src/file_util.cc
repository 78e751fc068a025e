#include "file_util.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace chorus {
namespace internal {

Status ReadWholeFile(const std::string& path, std::string* out, size_t max_bytes,
                     const char* limit_name) {
  std::unique_ptr<FILE, int (*)(FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (file == nullptr) {
    if (errno == ENOENT || errno == ENOTDIR)
      return Status::NotFound(path + ": no such file or directory");
    return Status::IOError(path + ": cannot read: " + std::strerror(errno));
  }
  out->clear();
  char buffer[1 << 16];
  size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof(buffer), file.get())) > 0) {
    if (out->size() + got > max_bytes) {
      return Status::LimitExceeded(path + ": " + std::to_string(out->size() + got) +
                                   " bytes, larger than the limit of " +
                                   std::to_string(max_bytes) + " bytes (" + limit_name + ")");
    }
    out->append(buffer, got);
  }
  if (std::ferror(file.get()))  // e.g. EISDIR: fopen succeeds on a folder, fread fails
    return Status::IOError(path + ": cannot read: " + std::strerror(errno));
  return Status::OK();
}

}  // namespace internal
}  // namespace chorus
