// Golden files: the digest of examples/harbor-bridge in every format,
// compared byte for byte. Refresh on purpose only:
//   CHORUS_UPDATE_GOLDEN=1 ./build/tests/golden_test
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>

#include "test_util.h"

namespace chorus {
namespace test {

namespace {

std::vector<std::string> ExampleArticles() {
  std::vector<std::string> files;
  for (const auto& e :
       std::filesystem::directory_iterator(SourceDir() + "/examples/harbor-bridge"))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

void CheckGolden(const std::string& name, const std::vector<std::string>& extra_args) {
  std::vector<std::string> args = {"digest"};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  for (const auto& f : ExampleArticles()) args.push_back(f);
  CommandResult r = RunCli(args);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const std::string path = SourceDir() + "/tests/golden/" + name;
  const char* update = std::getenv("CHORUS_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    WriteFile(path, r.out);
    WARN("updated " << path);
    return;
  }
  REQUIRE(std::filesystem::exists(path));
  CHECK(r.out == ReadFileOrDie(path));
}

}  // namespace

TEST_CASE("golden: example cluster in every format", "[golden]") {
  CheckGolden("harbor-bridge.txt", {"--format", "text"});
  CheckGolden("harbor-bridge.plain.txt", {"--format", "plain"});
  CheckGolden("harbor-bridge.md", {"--format", "markdown"});
  CheckGolden("harbor-bridge.json", {"--format", "json"});
  CheckGolden("harbor-bridge.explain.txt", {"--format", "text", "--explain"});
  CheckGolden("harbor-bridge.sentences3.source.txt", {"--sentences", "3", "--order", "source"});
}

TEST_CASE("golden outputs do not depend on the thread count", "[golden][determinism]") {
  std::vector<std::string> args = {"digest", "--format", "json", "--explain"};
  for (const auto& f : ExampleArticles()) args.push_back(f);
  RunWithOneAndFourThreads(args);
}

TEST_CASE("example digest drops the planted noise", "[golden]") {
  std::vector<std::string> args = {"digest", "--format", "plain", "--words", "400"};
  for (const auto& f : ExampleArticles()) args.push_back(f);
  CommandResult r = RunCli(args);
  REQUIRE(r.exit_code == 0);
  for (const char* noise :
       {"By Tessa Marlow", "Updated:", "Read more", "Share this", "Leave a comment",
        "PORT MERRIN (Coastline Wire)", "Photo:", "Home \xE2\x80\xBA", "Also read",
        "Bridges, Transport", "log in to comment", "Average rents", "Sign up", "unsubscribe",
        "rl/tb", "top stories"}) {
    INFO(noise);
    CHECK(r.out.find(noise) == std::string::npos);
  }
}

}  // namespace test
}  // namespace chorus
