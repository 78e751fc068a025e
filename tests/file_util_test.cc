// Whole-file writes (file_util.h): a new file and a replaced one hold
// exactly the bytes, with mode 0644 less the umask, and leave nothing else
// in the folder, whichever way writes them: the unnamed file (O_TMPFILE)
// linked by AT_EMPTY_PATH or through /proc/self/fd, or the named temporary
// file (the fallback); concurrent writers into
// one folder; errors name the path and leave nothing behind.
#include "file_util.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "test_util.h"

namespace chorus {
namespace internal {
namespace {

namespace fs = std::filesystem;

std::set<std::string> Names(const std::string& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.insert(entry.path().filename());
  return names;
}

mode_t Mode(const std::string& path) {
  struct stat st;
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

mode_t Umask() {
  const mode_t mask = ::umask(022);
  ::umask(mask);
  return mask;
}

// Each way, restoring the default afterwards.
struct Way {
  explicit Way(AtomicWriteWay way) { SetAtomicWriteWayForTest(way); }
  ~Way() { SetAtomicWriteWayForTest(AtomicWriteWay::kAuto); }
};

constexpr AtomicWriteWay kWays[] = {AtomicWriteWay::kAuto, AtomicWriteWay::kProcFd,
                                    AtomicWriteWay::kNamed};

TEST_CASE("WriteFileAtomic: new and replaced files, either way", "[util]") {
  for (AtomicWriteWay w : kWays) {
    INFO("way " << static_cast<int>(w));
    Way way(w);
    const std::string dir = test::TempDir();
    const std::string path = dir + "/a.txt";
    REQUIRE(WriteFileAtomic(path, "first version\n", /*sync=*/false).ok());
    CHECK(test::ReadFileOrDie(path) == "first version\n");
    CHECK(Mode(path) == (0644 & ~Umask()));
    REQUIRE(WriteFileAtomic(path, "second", /*sync=*/true).ok());
    CHECK(test::ReadFileOrDie(path) == "second");
    REQUIRE(WriteFileAtomic(path, "").ok());
    CHECK(test::ReadFileOrDie(path).empty());
    CHECK(Names(dir) == std::set<std::string>{"a.txt"});
  }
}

TEST_CASE("WriteFileAtomic: a path without a folder is written in the working folder",
          "[util]") {
  const std::string dir = test::TempDir();
  const fs::path before = fs::current_path();
  fs::current_path(dir);
  for (AtomicWriteWay w : kWays) {
    Way way(w);
    const std::string bytes = "way " + std::to_string(static_cast<int>(w));
    CHECK(WriteFileAtomic("here.txt", bytes).ok());
    CHECK(test::ReadFileOrDie(dir + "/here.txt") == bytes);
  }
  fs::current_path(before);
  CHECK(Names(dir) == std::set<std::string>{"here.txt"});
}

TEST_CASE("WriteFileAtomicAt: files of one open folder, from several threads", "[util]") {
  for (AtomicWriteWay w : kWays) {
    INFO("way " << static_cast<int>(w));
    Way way(w);
    const std::string dir = test::TempDir();
    const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    REQUIRE(dir_fd >= 0);
    // Each thread writes its own files twice (new, then replaced) and
    // then replaces a file that all threads write.
    std::vector<std::thread> threads;
    std::vector<int> failures(4, 0);
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&, t] {
        for (int round = 0; round < 2; ++round) {
          for (int i = 0; i < 50; ++i) {
            const std::string name = "f" + std::to_string(t) + "-" + std::to_string(i);
            const std::string bytes(100 + i, static_cast<char>('a' + round));
            if (!WriteFileAtomicAt(dir_fd, dir, name, bytes, false).ok())
              ++failures[t];
          }
          if (!WriteFileAtomicAt(dir_fd, dir, "shared", std::string(1000, 'x'), false).ok())
            ++failures[t];
        }
      });
    }
    for (std::thread& thread : threads) thread.join();
    CHECK(failures == std::vector<int>(4, 0));
    std::set<std::string> expected{"shared"};
    for (int t = 0; t < 4; ++t) {
      for (int i = 0; i < 50; ++i) {
        const std::string name = "f" + std::to_string(t) + "-" + std::to_string(i);
        expected.insert(name);
        CHECK(test::ReadFileOrDie(dir + "/" + name) == std::string(100 + i, 'b'));
      }
    }
    CHECK(test::ReadFileOrDie(dir + "/shared") == std::string(1000, 'x'));
    CHECK(Names(dir) == expected);  // no temporary left
    CHECK(SyncFileSystemAt(dir_fd, dir).ok());
    ::close(dir_fd);
  }
}

TEST_CASE("IsTemporaryName: the form WriteFileAtomic's temporary files have, and no output's",
          "[util]") {
  CHECK(IsTemporaryName("story-1.txt.tmp.Ab09Zz"));
  CHECK(IsTemporaryName("manifest.jsonl.tmp.000000"));
  CHECK(!IsTemporaryName("x.tmp.ab.txt"));        // cluster "x.tmp.ab"'s digest
  CHECK(!IsTemporaryName("x.tmp.abcd.md"));       // six bytes, one a '.'
  CHECK(!IsTemporaryName("story.txt.tmp.Ab09Z"));  // five
  CHECK(!IsTemporaryName("story.txt.tmp.Ab09Zz9"));
  CHECK(!IsTemporaryName("story.txt.tmp.Ab-9Zz"));
  CHECK(!IsTemporaryName("story.txt"));
  CHECK(!IsTemporaryName(""));
}

TEST_CASE("WriteFileAtomic: errors name the path and leave nothing", "[util]") {
  for (AtomicWriteWay w : kWays) {
    INFO("way " << static_cast<int>(w));
    Way way(w);
    const std::string dir = test::TempDir();
    // No such folder.
    Status s = WriteFileAtomic(dir + "/missing/a.txt", "x");
    CHECK(s.code() == Status::Code::kIOError);
    CHECK(s.message().starts_with(dir + "/missing/a.txt: "));
    // A folder where the file should be: not replaced.
    fs::create_directory(dir + "/sub");
    s = WriteFileAtomic(dir + "/sub", "x");
    CHECK(s.code() == Status::Code::kIOError);
    CHECK(s.message().starts_with(dir + "/sub: "));
    CHECK(fs::is_directory(dir + "/sub"));
    CHECK(Names(dir) == std::set<std::string>{"sub"});
    CHECK(Names(dir + "/sub").empty());
  }
}

TEST_CASE("ReadFailed says what is known of a failed read, and no more", "[util]") {
  CHECK(ReadFailed("in.txt", 0, EIO).message() == "in.txt: cannot read: Input/output error");
  CHECK(ReadFailed("stdin:13", 52113, EBADF).message() ==
        "stdin:13: cannot read after 52113 bytes: Bad file descriptor");
  CHECK(ReadFailed("stdin:2", 7, 0).message() == "stdin:2: cannot read after 7 bytes");
  CHECK(ReadFailed("stdin", 0, 0).message() == "stdin: cannot read");
  CHECK(ReadFailed("x", 0, EIO).code() == Status::Code::kIOError);
}

TEST_CASE("ReadWholeFile gives the system's reason of a failed read", "[util]") {
  // /proc/self/mem opens, and reading its first page fails with EIO.
  std::string bytes;
  const Status s = ReadWholeFile("/proc/self/mem", &bytes);
  CHECK(s.message() == "/proc/self/mem: cannot read: Input/output error");
  const std::string dir = test::TempDir();
  CHECK(ReadWholeFile(dir, &bytes).message() == dir + ": cannot read: Is a directory");
}

}  // namespace
TEST_CASE("ReadBoundedLine: lines up to a bound, longer ones consumed whole", "[util]") {
  const std::string long_line(200000, 'x');  // over the 64 KiB chunk, three times
  std::istringstream in("short\n" + long_line + "\n\nlast without newline");
  std::string line;
  size_t length = 0, consumed = 0;
  REQUIRE(ReadBoundedLine(in, 10, &line, &length, &consumed));
  CHECK(line == "short");
  CHECK(length == 5);
  CHECK(consumed == 6);
  REQUIRE(ReadBoundedLine(in, 10, &line, &length, &consumed));
  CHECK(line.empty());  // over the bound: consumed, not kept
  CHECK(length == long_line.size());
  CHECK(consumed == 6 + long_line.size() + 1);
  REQUIRE(ReadBoundedLine(in, 10, &line, &length, &consumed));
  CHECK(line.empty());  // a blank line
  CHECK(length == 0);
  REQUIRE(ReadBoundedLine(in, 100, &line, &length, &consumed));
  CHECK(line == "last without newline");
  CHECK(consumed == 6 + long_line.size() + 1 + 1 + line.size());
  CHECK_FALSE(ReadBoundedLine(in, 100, &line, &length, &consumed));
  std::istringstream big(long_line);
  REQUIRE(ReadBoundedLine(big, long_line.size(), &line, &length, &consumed));
  CHECK(line == long_line);  // a bound the line meets exactly keeps it
}

}  // namespace internal
}  // namespace chorus
