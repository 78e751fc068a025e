// Copyright (c) chorus developers.
//
// ManifestWriter (contract in manifest_writer.h).

#include "manifest_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "file_util.h"

namespace chorus {
namespace internal {

ManifestWriter::~ManifestWriter() {
  if (fd_ >= 0) ::close(fd_);
}

Status ManifestWriter::Open(int dir_fd, const std::string& dir) {
  dir_fd_ = dir_fd;
  dir_ = dir;
  fd_ = ::openat(dir_fd, kPartial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0)
    return Status::IOError(dir + "/" + kPartial + ": cannot write: " + std::strerror(errno));
  waiting_.reserve(kPieceBytes + 1024);
  last_write_ = std::chrono::steady_clock::now();
  return Status::OK();
}

Status ManifestWriter::WritePiece() {
  Status s = WriteAllToFd(fd_, waiting_, dir_ + "/" + kPartial);
  waiting_.clear();
  last_write_ = std::chrono::steady_clock::now();
  return s;
}

Status ManifestWriter::Append(std::string_view record) {
  waiting_.append(record);
  waiting_ += '\n';
  if (waiting_.size() >= kPieceBytes ||
      std::chrono::steady_clock::now() - last_write_ >= kPieceTime)
    return WritePiece();
  return Status::OK();
}

Status ManifestWriter::Commit() {
  const std::string partial = dir_ + "/" + kPartial;
  if (!waiting_.empty()) CHORUS_RETURN_IF_ERROR(WritePiece());
  if (::fsync(fd_) != 0) return Status::IOError(partial + ": " + std::strerror(errno));
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) return Status::IOError(partial + ": " + std::strerror(errno));
  if (::renameat(dir_fd_, kPartial, dir_fd_, kFinal) != 0)
    return Status::IOError(dir_ + "/" + kFinal + ": " + std::strerror(errno));
  return Status::OK();
}

}  // namespace internal
}  // namespace chorus
