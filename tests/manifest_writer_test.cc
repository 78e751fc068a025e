// ManifestWriter: records reach manifest.jsonl.partial in pieces of whole
// lines (16 KiB, or after a second), in order; Commit writes the rest and
// renames the file to manifest.jsonl.
#include "manifest_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <thread>

#include "test_util.h"

namespace chorus {
namespace internal {
namespace {

std::string Record(int i) {
  return "{\"line\":" + std::to_string(i) + ",\"status\":\"ok\",\"pad\":\"" +
         std::string(i % 50, 'x') + "\"}";
}

TEST_CASE("ManifestWriter: whole lines in order, in pieces, then committed", "[batch]") {
  const std::string dir = test::TempDir();
  const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  REQUIRE(dir_fd >= 0);
  {
    ManifestWriter writer;
    REQUIRE(writer.Open(dir_fd, dir).ok());
    const std::string partial = dir + "/manifest.jsonl.partial";
    std::string all;
    int i = 0;
    // A few records wait in memory.
    for (; i < 3; ++i) {
      REQUIRE(writer.Append(Record(i)).ok());
      all += Record(i) + "\n";
    }
    CHECK(test::ReadFileOrDie(partial).empty());
    // 16 KiB of them are written, as whole lines.
    while (all.size() < 3 * ManifestWriter::kPieceBytes) {
      REQUIRE(writer.Append(Record(i)).ok());
      all += Record(i++) + "\n";
      const std::string written = test::ReadFileOrDie(partial);
      REQUIRE(all.starts_with(written));
      REQUIRE((written.empty() || written.back() == '\n'));
      REQUIRE(all.size() - written.size() < ManifestWriter::kPieceBytes + 200);
    }
    CHECK(test::ReadFileOrDie(partial).size() >= 2 * ManifestWriter::kPieceBytes);
    // A record that comes a second after the last write is written at once.
    std::this_thread::sleep_for(ManifestWriter::kPieceTime + std::chrono::milliseconds(50));
    REQUIRE(writer.Append(Record(i)).ok());
    all += Record(i++) + "\n";
    CHECK(test::ReadFileOrDie(partial) == all);
    REQUIRE(writer.Append(Record(i)).ok());
    all += Record(i++) + "\n";
    REQUIRE(writer.Commit().ok());
    CHECK(test::ReadFileOrDie(dir + "/manifest.jsonl") == all);
    CHECK(!std::filesystem::exists(partial));
  }
  ::close(dir_fd);
}

TEST_CASE("ManifestWriter: a folder it cannot write in is an IOError naming the file",
          "[batch]") {
  const std::string dir = test::TempDir();
  std::filesystem::create_directory(dir + "/manifest.jsonl.partial");  // in the way
  const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  REQUIRE(dir_fd >= 0);
  ManifestWriter writer;
  const Status s = writer.Open(dir_fd, dir);
  CHECK(s.code() == Status::Code::kIOError);
  CHECK(s.message().starts_with(dir + "/manifest.jsonl.partial: cannot write: "));
  ::close(dir_fd);
}

}  // namespace
}  // namespace internal
}  // namespace chorus
