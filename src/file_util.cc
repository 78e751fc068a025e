#include "file_util.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>

#include "text_util.h"

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
    return ReadFailed(path, 0, errno);
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
    return ReadFailed(path, out->size(), errno);
  return Status::OK();
}

Status ReadFailed(const std::string& name, size_t bytes_read, int err) {
  std::string message = name + ": cannot read";
  if (bytes_read > 0) message += " after " + std::to_string(bytes_read) + " bytes";
  if (err != 0) message += std::string(": ") + std::strerror(err);
  return Status::IOError(std::move(message));
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

namespace {

// How a file made with O_TMPFILE gets its name: linkat with AT_EMPTY_PATH
// (refused without CAP_DAC_READ_SEARCH on older kernels), linkat of
// /proc/self/fd/N, or not at all (named temporary files, as on a file
// system without O_TMPFILE). Learnt on first use, shared by all threads.
enum LinkMethod : int { kEmptyPath, kProcFd, kNamed };
std::atomic<int> g_link_method{kEmptyPath};

Status SystemError(const std::string& shown, int err) {
  return Status::IOError(shown + ": " + std::strerror(err));
}

// "<name>.tmp.XXXXXX", X six letters or digits, different at each call.
std::string TemporaryName(const std::string& name) {
  static std::atomic<uint64_t> counter{0};
  uint64_t x = counter.fetch_add(1, std::memory_order_relaxed) +
               (static_cast<uint64_t>(::getpid()) << 40) +
               static_cast<uint64_t>(
                   std::chrono::steady_clock::now().time_since_epoch().count());
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;  // splitmix64's finalizer
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  x ^= x >> 31;
  static constexpr char kSymbols[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  std::string tmp = name + ".tmp.";
  for (int i = 0; i < 6; ++i, x /= 62) tmp += kSymbols[x % 62];
  return tmp;
}

}  // namespace

bool IsTemporaryName(std::string_view name) {
  const size_t at = name.rfind(".tmp.");
  if (at == std::string_view::npos || at + 5 + 6 != name.size()) return false;
  for (size_t i = at + 5; i < name.size(); ++i)
    if (!IsAsciiAlnum(name[i])) return false;
  return true;
}

namespace {

// Calls make(name) with new temporary names for `name` while it returns
// EEXIST; the name it took in *tmp. Returns 0 or make's errno.
template <typename Make>
int WithTemporaryName(const std::string& name, std::string* tmp, Make make) {
  int err = EEXIST;
  for (int attempt = 0; attempt < 100 && err == EEXIST; ++attempt) {
    *tmp = TemporaryName(name);
    err = make(tmp->c_str());
  }
  return err;
}

// All of `bytes` into `fd`, then fsync when `sync`.
Status Fill(int fd, const std::string& bytes, bool sync, const std::string& shown) {
  CHORUS_RETURN_IF_ERROR(WriteAllToFd(fd, bytes, shown));
  if (sync && ::fsync(fd) != 0) return SystemError(shown, errno);
  return Status::OK();
}

// A named temporary file beside `name`, renamed over it.
Status WriteNamed(int dir_fd, const std::string& name, const std::string& bytes, bool sync,
                  const std::string& shown) {
  std::string tmp;
  int fd = -1;
  const int err = WithTemporaryName(name, &tmp, [&](const char* t) {
    fd = ::openat(dir_fd, t, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    return fd < 0 ? errno : 0;
  });
  if (err != 0)
    return Status::IOError(shown + ": cannot create temporary file: " + std::strerror(err));
  Status s = Fill(fd, bytes, sync, shown);
  if (::close(fd) != 0 && s.ok()) s = SystemError(shown, errno);
  if (s.ok() && ::renameat(dir_fd, tmp.c_str(), dir_fd, name.c_str()) != 0)
    s = SystemError(shown, errno);
  if (!s.ok()) ::unlinkat(dir_fd, tmp.c_str(), 0);
  return s;
}

// Links the unnamed file `fd` as `name`; 0 or errno.
int LinkUnnamed(int fd, int dir_fd, const char* name, int method) {
  if (method == kEmptyPath) return ::linkat(fd, "", dir_fd, name, AT_EMPTY_PATH) == 0 ? 0 : errno;
  char proc[40];
  std::snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
  return ::linkat(AT_FDCWD, proc, dir_fd, name, AT_SYMLINK_FOLLOW) == 0 ? 0 : errno;
}

// Gives the written unnamed file `fd` the name `name`, replacing a file
// of that name through a temporary link and a rename. 0 when done; an
// errno of linking (the caller falls back to a named file) in *link_err.
Status NameUnnamed(int fd, int dir_fd, const std::string& name, const std::string& shown,
                   int* link_err) {
  int method = g_link_method.load(std::memory_order_relaxed);
  int err = LinkUnnamed(fd, dir_fd, name.c_str(), method);
  if (err != 0 && err != EEXIST && method == kEmptyPath) {
    err = LinkUnnamed(fd, dir_fd, name.c_str(), kProcFd);
    if (err == 0 || err == EEXIST) g_link_method.store(method = kProcFd, std::memory_order_relaxed);
  }
  *link_err = err == EEXIST ? 0 : err;
  if (err != EEXIST) return Status::OK();
  std::string tmp;
  err = WithTemporaryName(name, &tmp,
                          [&](const char* t) { return LinkUnnamed(fd, dir_fd, t, method); });
  if (err != 0)
    return Status::IOError(shown + ": cannot create temporary file: " + std::strerror(err));
  if (::renameat(dir_fd, tmp.c_str(), dir_fd, name.c_str()) == 0) return Status::OK();
  err = errno;
  ::unlinkat(dir_fd, tmp.c_str(), 0);
  return SystemError(shown, err);
}

// WriteFileAtomicAt, the unnamed file made in the folder `tmp_dir` (relative
// to dir_fd), which holds `name`.
Status WriteAtomic(int dir_fd, const char* tmp_dir, const std::string& name,
                   const std::string& bytes, bool sync, const std::string& shown) {
  if (g_link_method.load(std::memory_order_relaxed) == kNamed)
    return WriteNamed(dir_fd, name, bytes, sync, shown);
  const int fd = ::openat(dir_fd, tmp_dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0) {
    // No O_TMPFILE here: named files from now on. Any other reason: the
    // named file reports it (or, if it works, is the way for this file).
    if (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)
      g_link_method.store(kNamed, std::memory_order_relaxed);
    return WriteNamed(dir_fd, name, bytes, sync, shown);
  }
  Status s = Fill(fd, bytes, sync, shown);
  int link_err = 0;
  if (s.ok()) s = NameUnnamed(fd, dir_fd, name, shown, &link_err);
  if (::close(fd) != 0 && s.ok() && link_err == 0) s = SystemError(shown, errno);
  if (!s.ok() || link_err == 0) return s;
  // Neither way of linking works here: named files, from now on if they do.
  s = WriteNamed(dir_fd, name, bytes, sync, shown);
  if (s.ok()) g_link_method.store(kNamed, std::memory_order_relaxed);
  return s;
}

}  // namespace

Status WriteFileAtomic(const std::string& path, const std::string& bytes, bool sync) {
  const size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
  return WriteAtomic(AT_FDCWD, dir.c_str(), path, bytes, sync, path);
}

Status WriteFileAtomicAt(int dir_fd, const std::string& dir, const std::string& name,
                         const std::string& bytes, bool sync) {
  return WriteAtomic(dir_fd, ".", name, bytes, sync, dir + "/" + name);
}

void SetAtomicWriteWayForTest(AtomicWriteWay way) {
  g_link_method.store(way == AtomicWriteWay::kNamed    ? kNamed
                      : way == AtomicWriteWay::kProcFd ? kProcFd
                                                       : kEmptyPath,
                      std::memory_order_relaxed);
}

Status SyncFileSystem(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return Status::IOError(dir + ": cannot open to sync: " + std::strerror(errno));
  Status s = SyncFileSystemAt(fd, dir);
  ::close(fd);
  return s;
}

Status SyncFileSystemAt(int dir_fd, const std::string& dir) {
  if (::syncfs(dir_fd) != 0) return Status::IOError(dir + ": sync failed: " + std::strerror(errno));
  return Status::OK();
}

// The line reader of file_util.h: getline in 64 KiB chunks.
bool ReadBoundedLine(std::istream& in, size_t max, std::string* line, size_t* length,
                     size_t* consumed) {
  line->clear();
  *length = 0;
  bool any = false;
  char chunk[1 << 16];
  for (;;) {
    in.getline(chunk, sizeof(chunk));
    const size_t got = static_cast<size_t>(in.gcount());
    *consumed += got;
    any = any || got > 0;
    const bool newline = !in.fail() && !in.eof();     // the '\n' was read too
    const bool full = in.fail() && !in.eof() && got > 0;  // the line goes on
    const size_t stored = newline ? got - 1 : got;
    *length += stored;
    if (*length <= max) line->append(chunk, stored);
    else line->clear();
    if (!full) return any;
    in.clear(in.rdstate() & ~std::ios::failbit);
  }
}

}  // namespace internal
}  // namespace chorus
