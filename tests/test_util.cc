#include "test_util.h"

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <memory>
#include <sstream>

#include "noise_filter.h"
#include "sentence_segmenter.h"

namespace chorus {
namespace test {

namespace fs = std::filesystem;

std::string SourceDir() { return CHORUS_SOURCE_DIR; }

std::string SharedDir() {
  const char* env = std::getenv("CHORUS_SHARED");
  return env != nullptr && *env != '\0' ? env : CHORUS_DEFAULT_SHARED_DIR;
}

std::vector<std::string> SegmentedSentences(const std::string& text, const std::string& locale) {
  std::unique_ptr<internal::SentenceSegmenter> seg;
  REQUIRE(internal::SentenceSegmenter::Create(locale, &seg).ok());
  std::vector<std::string> out;
  for (const auto& s : seg->Segment(text).sentences) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

std::string FormRuleReason(const std::string& paragraph) {
  std::unique_ptr<internal::SentenceSegmenter> seg;
  REQUIRE(internal::SentenceSegmenter::Create("en", &seg).ok());
  const std::string text = "A real opening sentence about the harbour bridge.\n\n" + paragraph;
  internal::Segmentation s = seg->Segment(text);
  auto verdicts = internal::ApplyFormRules(text, s);
  REQUIRE(verdicts.size() >= 2);
  CHECK(verdicts[0].reason.empty());
  return verdicts[1].reason;
}

size_t ForEachSharedArticle(const std::function<void(const std::string& text)>& visit) {
  size_t articles = 0;
  for (const char* set : {"duc2003", "duc2006"}) {
    std::ifstream in(SharedDir() + "/data/" + set + "/clusters.jsonl");
    if (!in) {
      WARN("SKIPPED: " << set << " not found under " << SharedDir() << "/data");
      continue;
    }
    size_t in_set = 0;
    for (std::string line; std::getline(in, line);) {
      const nlohmann::json cluster = nlohmann::json::parse(line);  // outlives the loop
      for (const auto& doc : cluster.at("docs")) {
        visit(doc.at("text").get<std::string>());
        ++in_set;
      }
    }
    // A set that is present but yields nothing would let a test pass
    // without comparing anything.
    INFO(set << " under " << SharedDir() << "/data");
    REQUIRE(in_set > 0);
    articles += in_set;
  }
  return articles;
}

std::string ReadFileOrDie(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) FAIL("cannot read " << path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteFile(const std::string& path, const std::string& bytes) {
  fs::path p(path);
  if (p.has_parent_path()) fs::create_directories(p.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) FAIL("cannot write " << path);
}

std::string TempDir() {
  static std::atomic<int> counter{0};
  fs::path dir = fs::temp_directory_path() /
                 ("chorus_test_" + std::to_string(::getpid()) + "_" +
                  std::to_string(counter++));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

namespace {

// RunCli's body; stdin from `in_path`, closed when it is empty.
CommandResult RunCliWith(const std::vector<std::string>& args, const std::string& in_path,
                         const std::vector<std::string>& env) {
  const std::string dir = TempDir();
  const std::string out_path = dir + "/stdout", err_path = dir + "/stderr";
  std::vector<std::string> argv_s = {CHORUS_CLI_PATH};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_copy = env;

  pid_t pid = ::fork();
  if (pid == 0) {
    int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in_path.empty()) ::close(0);
    else ::dup2(::open(in_path.c_str(), O_RDONLY), 0);
    ::dup2(out, 1);
    ::dup2(err, 2);
    for (auto& e : env_copy) ::putenv(e.data());
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  REQUIRE(pid > 0);
  int status = 0;
  ::waitpid(pid, &status, 0);
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = ReadFileOrDie(out_path);
  result.err = ReadFileOrDie(err_path);
  fs::remove_all(dir);
  return result;
}

}  // namespace

CommandResult RunCli(const std::vector<std::string>& args,
                     const std::string& stdin_bytes,
                     const std::vector<std::string>& env) {
  const std::string dir = TempDir(), in_path = dir + "/stdin";
  WriteFile(in_path, stdin_bytes);
  CommandResult result = RunCliWith(args, in_path, env);
  fs::remove_all(dir);
  return result;
}

CommandResult RunCliStdinFrom(const std::vector<std::string>& args,
                              const std::string& stdin_path) {
  return RunCliWith(args, stdin_path, {});
}

CommandResult RunWithOneAndFourThreads(const std::vector<std::string>& args) {
  CommandResult one = RunCli(args, "", {"OMP_NUM_THREADS=1"});
  CommandResult four = RunCli(args, "", {"OMP_NUM_THREADS=4"});
  INFO(one.err);
  REQUIRE(one.exit_code == 0);
  CHECK(four.exit_code == 0);
  CHECK(one.out == four.out);
  return one;
}

}  // namespace test
}  // namespace chorus
