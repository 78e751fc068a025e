// `chorus batch` as a user meets it: the same bytes whatever the thread
// count, a bad line isolated (exit 3), hostile ids kept inside --out,
// shards whose union is the whole run, and --resume (after lost outputs or
// SIGKILL) equal to a clean run.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "test_util.h"

namespace chorus {
namespace test {

namespace {

namespace fs = std::filesystem;
using Files = std::map<std::string, std::string>;  // name → bytes

const char* const kTowns[] = {"Port Merrin", "Quayside", "Northpoint", "Ashby", "Carrow",
                              "Dunmore", "Elsfield", "Fenwick", "Glenholt", "Harrowgate"};
const char* const kThings[] = {"harbour bridge", "water plant", "rail depot", "school roof",
                               "city library", "ferry terminal", "power station"};

// An invented cluster: three articles of one story, varied by k.
std::string ClusterLine(const std::string& id, int k, int sentences = 5) {
  const std::string town = kTowns[k % 10], thing = kThings[k % 7];
  nlohmann::json docs = nlohmann::json::array();
  for (int d = 0; d < 3; ++d) {
    std::string text;
    for (int s = 0; s < sentences; ++s) {
      const int v = (s + d + k) % 5;
      text += "Officials in " + town + " said the " + thing + " closed on day " +
              std::to_string(s + d) + " after engineers found " + std::to_string(v + 2) +
              " serious cracks in its main supports. ";
      text += "The council of " + town + " will meet " + std::to_string(s + 1) +
              " times this month to discuss repairs to the " + thing + " and its budget. ";
    }
    docs.push_back({{"id", "doc" + std::to_string(d)}, {"source", "Outlet " + std::to_string(d)},
                    {"text", text}});
  }
  return nlohmann::json({{"cluster", id}, {"docs", docs}}).dump() + "\n";
}

std::string Corpus(int n, int sentences = 5) {
  std::string out;
  for (int k = 0; k < n; ++k) out += ClusterLine("story-" + std::to_string(k), k, sentences);
  return out;
}

Files ReadDir(const std::string& dir) {
  Files files;
  for (const auto& e : fs::directory_iterator(dir))
    files[e.path().filename().string()] = ReadFileOrDie(e.path().string());
  return files;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("batch: 1 and 4 threads give the same bytes", "[cli][batch]") {
  const std::string dir = TempDir();
  WriteFile(dir + "/in.jsonl", Corpus(24));
  for (const std::string format : {"text", "json"}) {
    CommandResult one = RunCli({"batch", dir + "/in.jsonl", "--out", dir + "/one" + format,
                                "--threads", "1", "--no-time", "--format", format});
    CommandResult four = RunCli({"batch", dir + "/in.jsonl", "--out", dir + "/four" + format,
                                 "--threads", "4", "--no-time", "--format", format});
    INFO(one.err << four.err);
    REQUIRE(one.exit_code == 0);
    REQUIRE(four.exit_code == 0);
    const Files a = ReadDir(dir + "/one" + format), b = ReadDir(dir + "/four" + format);
    CHECK(a.size() == 26);  // 24 digests + manifest.jsonl + manifest.options
    CHECK(a == b);
  }
  // --out - streams the json digests in input order.
  CommandResult stream = RunCli({"batch", dir + "/in.jsonl", "--out", "-", "--threads", "3"});
  REQUIRE(stream.exit_code == 0);
  const std::vector<std::string> lines = Lines(stream.out);
  REQUIRE(lines.size() == 24);
  const Files json = ReadDir(dir + "/onejson");
  for (int k = 0; k < 24; ++k)
    CHECK(lines[k] + "\n" == json.at("story-" + std::to_string(k) + ".json"));
  CHECK(stream.err.empty());  // not a terminal: no progress
  CommandResult progress =
      RunCli({"batch", dir + "/in.jsonl", "--out", dir + "/p", "--progress"});
  CHECK(progress.err.find("24/24 clusters") != std::string::npos);
  CHECK(progress.err.find("clusters/s") != std::string::npos);
  // stdin works too.
  CommandResult in = RunCli({"batch", "-", "--out", "-", "--threads", "2"}, Corpus(24));
  CHECK(in.out == stream.out);
  // Progress knows the total of stdin when it is a file (here: a redirect).
  CommandResult in_progress =
      RunCli({"batch", "-", "--out", dir + "/pin", "--progress"}, Corpus(24));
  CHECK(in_progress.err.find("24/24 clusters") != std::string::npos);
}

TEST_CASE("batch: a bad line is isolated, exit 3", "[cli][batch]") {
  const std::string dir = TempDir();
  WriteFile(dir + "/in.jsonl", ClusterLine("a", 0) + "{\"cluster\": \"b\", \"docs\": [}\n" +
                                   "{\"cluster\": \"c\", \"docs\": []}\n" + ClusterLine("d", 3));
  CommandResult r = RunCli({"batch", dir + "/in.jsonl", "--out", dir + "/out"});
  CHECK(r.exit_code == 3);
  // Each failure on stderr, in input order, naming the line (and the
  // cluster when its id was read), then the count.
  const std::vector<std::string> err = Lines(r.err);
  REQUIRE(err.size() == 3);
  CHECK(err[0].starts_with("chorus: error: " + dir + "/in.jsonl:2:27: malformed JSON"));
  CHECK(err[1] == "chorus: error: " + dir + "/in.jsonl:3: cluster 'c': no articles");
  CHECK(err[2] == "chorus: warning: 2 of 4 clusters failed (see " + dir + "/out/manifest.jsonl)");
  // --out -: the same lines on stderr, the error records on stdout.
  CommandResult stream = RunCli({"batch", dir + "/in.jsonl", "--out", "-", "--threads", "3"});
  CHECK(stream.exit_code == 3);
  CHECK(stream.err == r.err.substr(0, r.err.find(" (see ")) + "\n");
  const Files files = ReadDir(dir + "/out");
  CHECK(files.count("a.txt") == 1);
  CHECK(files.count("d.txt") == 1);
  CHECK(files.count("manifest.options") == 1);
  CHECK(files.size() == 4);
  const std::vector<std::string> records = Lines(files.at("manifest.jsonl"));
  REQUIRE(records.size() == 4);
  const auto rec = [&](size_t i) { return nlohmann::json::parse(records[i]); };
  CHECK(rec(0)["status"] == "ok");
  CHECK(rec(0)["ms"].is_number());
  CHECK(rec(1)["status"] == "error");
  CHECK(rec(1)["cluster"].is_null());
  CHECK(rec(1)["error"].get<std::string>().find("in.jsonl:2") != std::string::npos);
  CHECK(rec(2)["cluster"] == "c");
  CHECK(rec(2)["error"].get<std::string>().find("in.jsonl:3") != std::string::npos);
  CHECK(rec(3)["file"] == "d.txt");
  // Usage and I/O errors keep their codes.
  CHECK(RunCli({"batch", dir + "/in.jsonl"}).exit_code == 2);  // no --out
  CHECK(RunCli({"batch", dir + "/in.jsonl", "--out", dir + "/x", "--shard", "2/2"}).exit_code == 2);
  CHECK(RunCli({"batch", dir + "/in.jsonl", "--out", "-", "--resume"}).exit_code == 2);
  CHECK(RunCli({"batch", dir + "/missing.jsonl", "--out", dir + "/y"}).exit_code == 1);
  CHECK(!fs::exists(dir + "/y"));
  // A folder as input names itself and the reason, and leaves --out alone.
  fs::create_directories(dir + "/folder");
  CommandResult folder = RunCli({"batch", dir + "/folder", "--out", dir + "/z"});
  CHECK(folder.exit_code == 1);
  CHECK(folder.err.find("folder: cannot read: Is a directory") != std::string::npos);
  CHECK(!fs::exists(dir + "/z"));
  WriteFile(dir + "/afile", "");
  CHECK(RunCli({"batch", dir + "/in.jsonl", "--out", dir + "/afile"}).exit_code == 1);
}

TEST_CASE("batch: a folder in one output's place fails that cluster only, exit 3",
          "[cli][batch]") {
  // A folder where a cluster's file goes (which a rename cannot replace) is that
  // cluster's fault, not the run's: an error record naming the path and the
  // reason, the other clusters written. A full disk still stops the run.
  const std::string dir = TempDir(), in = dir + "/in.jsonl", out = dir + "/out";
  WriteFile(in, Corpus(6));
  REQUIRE(RunCli({"batch", in, "--out", dir + "/clean", "--no-time"}).exit_code == 0);
  fs::create_directories(out + "/story-2.txt/inside");
  CommandResult r = RunCli({"batch", in, "--out", out, "--no-time", "--threads", "2"});
  INFO(r.err);
  CHECK(r.exit_code == 3);
  CHECK(r.err.find("1 of 6 clusters failed") != std::string::npos);
  CHECK(fs::is_directory(out + "/story-2.txt/inside"));  // left as it was
  const std::vector<std::string> records = Lines(ReadFileOrDie(out + "/manifest.jsonl"));
  REQUIRE(records.size() == 6);
  const nlohmann::json failed = nlohmann::json::parse(records[2]);
  CHECK(failed["status"] == "error");
  CHECK(failed["cluster"] == "story-2");
  CHECK(failed["error"] == in + ":3: cluster 'story-2': " + out +
                               "/story-2.txt: Is a directory (a folder in its place; move it "
                               "away)");
  for (int k : {0, 1, 3, 4, 5}) {
    const std::string name = "story-" + std::to_string(k) + ".txt";
    CHECK(ReadFileOrDie(out + "/" + name) == ReadFileOrDie(dir + "/clean/" + name));
  }
  // Once the folder is gone, --resume redoes that cluster only.
  fs::remove_all(out + "/story-2.txt");
  CHECK(RunCli({"batch", in, "--out", out, "--no-time", "--resume"}).exit_code == 0);
  CHECK(ReadDir(out) == ReadDir(dir + "/clean"));
}

// Reads what `fd` gives until it holds a '\n' or `ms` pass; what it read.
std::string ReadLineWithin(int fd, int ms) {
  std::string got;
  const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  while (got.find('\n') == std::string::npos) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        end - std::chrono::steady_clock::now()).count();
    pollfd p = {fd, POLLIN, 0};
    if (left <= 0 || ::poll(&p, 1, static_cast<int>(left)) <= 0) break;
    char buf[4096];
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n <= 0) break;
    got.append(buf, static_cast<size_t>(n));
  }
  return got;
}

TEST_CASE("batch: a cluster from a slow pipe is written before the next line arrives",
          "[cli][batch]") {
  // A feed that sends a line now and then: each cluster's record comes out
  // when it is done, not when 8 x threads lines more have arrived (before,
  // nothing came out until the window filled or the input ended).
  int in[2], out[2];
  REQUIRE(::pipe(in) == 0);
  REQUIRE(::pipe(out) == 0);
  pid_t pid = ::fork();
  if (pid == 0) {
    if (::dup2(in[0], 0) < 0 || ::dup2(out[1], 1) < 0) ::_exit(126);
    for (int fd : {in[0], in[1], out[0], out[1]}) ::close(fd);
    std::string cli = CHORUS_CLI_PATH;
    ::execl(cli.c_str(), cli.c_str(), "batch", "-", "--out", "-", "--threads", "2",
            static_cast<char*>(nullptr));
    ::_exit(127);
  }
  REQUIRE(pid > 0);
  ::close(in[0]);
  ::close(out[1]);
  for (int k = 0; k < 3; ++k) {
    const std::string line = ClusterLine("story-" + std::to_string(k), k);
    REQUIRE(::write(in[1], line.data(), line.size()) == static_cast<ssize_t>(line.size()));
    const std::string got = ReadLineWithin(out[0], 10000);
    INFO(k);
    CHECK(got.starts_with("{\"cluster\":\"story-" + std::to_string(k) + "\""));
  }
  ::close(in[1]);
  CHECK(ReadLineWithin(out[0], 10000).empty());  // the end of input: nothing more
  ::close(out[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

// ClusterLine with an empty article and a date not in ISO form.
std::string WarnedLine(const std::string& id, int k) {
  nlohmann::json j = nlohmann::json::parse(ClusterLine(id, k));
  j["docs"][1]["date"] = "1998-17-06";
  j["docs"].push_back({{"id", "blank"}, {"text", " \n "}});
  return j.dump() + "\n";
}

TEST_CASE("batch: the loader's warnings name the line and cluster, in input order",
          "[cli][batch]") {
  const std::string dir = TempDir(), in = dir + "/in.jsonl";
  std::string input;
  for (int k = 0; k < 24; ++k) {
    const std::string id = "story-" + std::to_string(k);
    input += k % 5 == 2 ? WarnedLine(id, k) : ClusterLine(id, k);
    if (k == 11) input += "\n";  // a blank line still counts
  }
  WriteFile(in, input);
  const std::string expected_first =
      "chorus: warning: " + in + ":3: cluster 'story-2': docs[3] (id \"blank\"): empty "
      "article, skipped\nchorus: warning: " + in + ":3: cluster 'story-2': docs[1].date "
      "\"1998-17-06\" (id \"doc1\"): not a date chorus reads (ISO 8601, as 2020-01-14 or "
      "2020-01-14T08:00:00Z, or RFC 822, as RSS gives it); the chronological order compares "
      "it as text\n";
  std::string err;
  for (const std::string threads : {"1", "4"}) {
    INFO("--threads " << threads);
    CommandResult r = RunCli({"batch", in, "--out", dir + "/out" + threads, "--no-time",
                              "--threads", threads});
    CHECK(r.exit_code == 0);  // a warning is not a failure: no summary line either
    CHECK(r.err.starts_with(expected_first));
    CHECK(r.err.find(in + ":24: cluster 'story-22': docs[3]") != std::string::npos);  // after the blank
    CHECK(Lines(r.err).size() == 10);  // 5 clusters, 2 warnings each
    if (threads == "1") err = r.err;
    else CHECK(r.err == err);
    CommandResult stream = RunCli({"batch", in, "--out", "-", "--threads", threads});
    CHECK(stream.exit_code == 0);
    CHECK(stream.err == err);
    CHECK(stream.out.find("warnings") == std::string::npos);  // stream lines: the digests
  }
  CHECK(ReadDir(dir + "/out1") == ReadDir(dir + "/out4"));
  // The manifest keeps them in the warned clusters' records, as printed.
  std::vector<std::string> records = Lines(ReadFileOrDie(dir + "/out1/manifest.jsonl"));
  REQUIRE(records.size() == 24);
  const nlohmann::json second = nlohmann::json::parse(records[2]);
  REQUIRE(second["warnings"].size() == 2);
  CHECK("chorus: warning: " + second["warnings"][0].get<std::string>() + "\n" +
            "chorus: warning: " + second["warnings"][1].get<std::string>() + "\n" ==
        expected_first);
  CHECK(records[0].find("warnings") == std::string::npos);
  // --resume copies a record only when its warnings are the line's: one
  // without them (an older version's) is redone and regains them.
  const std::string out = dir + "/out1";
  nlohmann::json stripped = second;
  stripped.erase("warnings");
  records[2] = stripped.dump();
  std::string manifest;
  for (const std::string& rec : records) manifest += rec + "\n";
  WriteFile(out + "/manifest.jsonl", manifest);
  CommandResult resumed = RunCli({"batch", in, "--out", out, "--no-time", "--resume"});
  CHECK(resumed.exit_code == 0);
  CHECK(resumed.err == err);  // a copied cluster's warnings are printed too
  CHECK(ReadDir(out) == ReadDir(dir + "/out4"));
}

TEST_CASE("batch: a read that fails names the input, the line and the reason", "[cli][batch]") {
  const std::string dir = TempDir();
  // /proc/self/mem opens, and its first read fails with EIO.
  CommandResult mem = RunCli({"batch", "/proc/self/mem", "--out", "-"});
  CHECK(mem.exit_code == 1);
  CHECK(mem.err == "chorus: /proc/self/mem:1: cannot read: Input/output error\n");
  CommandResult folder = RunCliStdinFrom({"batch", "-", "--out", "-"}, dir);
  CHECK(folder.exit_code == 1);
  CHECK(folder.err == "chorus: stdin:1: cannot read: Is a directory\n");
  CommandResult closed = RunCliStdinFrom({"batch", "-", "--out", "-"}, "");
  CHECK(closed.exit_code == 1);
  CHECK(closed.err == "chorus: stdin:1: cannot read: Bad file descriptor\n");
  // A file that cannot be opened says why (not only "cannot open").
  CommandResult missing = RunCli({"batch", dir + "/missing.jsonl", "--out", "-"});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err ==
        "chorus: " + dir + "/missing.jsonl: cannot open: No such file or directory\n");
}

TEST_CASE("batch: --out - onto a full device is exit 1 with the reason", "[cli][batch]") {
  const std::string dir = TempDir(), in = dir + "/in.jsonl";
  WriteFile(in, Corpus(2));
  const std::string command = std::string(CHORUS_CLI_PATH) + " batch " + in +
                              " --out - >/dev/full 2>" + dir + "/err";
  const int status = std::system(command.c_str());
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 1);
  CHECK(ReadFileOrDie(dir + "/err") == "chorus: stdout: No space left on device\n");
}

TEST_CASE("batch: a second run into a folder in use is refused", "[cli][batch]") {
  // Two runs into one folder (a nightly job that overran into the next)
  // would truncate and rename each other's manifest: the second is refused
  // while the first holds the folder's lock, and nothing of it is touched.
  const std::string dir = TempDir(), in = dir + "/in.jsonl", out = dir + "/out";
  WriteFile(in, Corpus(2));
  REQUIRE(RunCli({"batch", in, "--out", out, "--no-time"}).exit_code == 0);
  const Files before = ReadDir(out);
  const int fd = ::open(out.c_str(), O_RDONLY | O_DIRECTORY);
  REQUIRE(fd >= 0);
  REQUIRE(::flock(fd, LOCK_EX | LOCK_NB) == 0);  // as a running batch holds it
  CommandResult r = RunCli({"batch", in, "--out", out, "--no-time", "--words", "40"});
  CHECK(r.exit_code == 1);
  CHECK(r.err == "chorus: " + out + ": in use by another chorus batch run (its lock is held)\n");
  CHECK(ReadDir(out) == before);
  ::close(fd);
  CHECK(RunCli({"batch", in, "--out", out, "--no-time", "--resume"}).exit_code == 0);
  CHECK(ReadDir(out) == before);
}

TEST_CASE("batch: hostile ids cannot write outside --out", "[cli][batch]") {
  const std::string dir = TempDir();
  const std::vector<std::string> ids = {"../escape", "../../escape2", "/tmp/abs", "a/../../b",
                                        "..", ".", "manifest", "x\ny", "a/b", "a_b",
                                        std::string(300, 'L'), "sub/dir/name", "~tilde"};
  std::string input;
  for (size_t i = 0; i < ids.size(); ++i) input += ClusterLine(ids[i], static_cast<int>(i));
  WriteFile(dir + "/in.jsonl", input);
  fs::create_directories(dir + "/box");
  CommandResult r = RunCli({"batch", dir + "/in.jsonl", "--out", dir + "/box/out"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const Files files = ReadDir(dir + "/box/out");
  CHECK(files.size() == ids.size() + 2);  // + manifest.jsonl, manifest.options
  for (const auto& [name, bytes] : files) {
    CHECK(fs::is_regular_file(dir + "/box/out/" + name));
    CHECK(name.size() <= 90);
  }
  CHECK(ReadDir(dir + "/box").size() == 1);  // only out/
  CHECK(ReadDir(dir).size() == 2);           // in.jsonl, box/
  CHECK(Lines(files.at("manifest.jsonl")).size() == ids.size());
}

TEST_CASE("batch: the union of shards is the whole run", "[cli][batch]") {
  const std::string dir = TempDir();
  WriteFile(dir + "/in.jsonl", Corpus(20) + "{broken\n");
  const std::string in = dir + "/in.jsonl";
  CommandResult whole = RunCli({"batch", in, "--out", dir + "/whole", "--no-time"});
  CHECK(whole.exit_code == 3);
  Files files;
  std::map<int, std::string> records;  // by line
  size_t nonempty = 0;
  for (int i = 0; i < 3; ++i) {
    const std::string out = dir + "/shard" + std::to_string(i);
    CommandResult r = RunCli({"batch", in, "--out", out, "--no-time", "--shard",
                              std::to_string(i) + "/3"});
    CHECK((r.exit_code == 0 || r.exit_code == 3));
    for (auto& [name, bytes] : ReadDir(out)) {
      if (name == "manifest.jsonl") {
        for (const std::string& rec : Lines(bytes))
          CHECK(records.emplace(nlohmann::json::parse(rec)["line"].get<int>(), rec).second);
      } else if (name != "manifest.options") {
        CHECK(files.emplace(name, bytes).second);  // each cluster in one shard only
      }
    }
    nonempty += ReadDir(out).size() > 2;
  }
  CHECK(nonempty >= 2);
  Files expected = ReadDir(dir + "/whole");
  const std::vector<std::string> whole_records = Lines(expected.at("manifest.jsonl"));
  expected.erase("manifest.jsonl");
  expected.erase("manifest.options");
  CHECK(files == expected);
  std::vector<std::string> merged;
  for (auto& [line, rec] : records) merged.push_back(rec);
  CHECK(merged == whole_records);
}

TEST_CASE("batch: --resume after lost or damaged outputs equals a clean run", "[cli][batch]") {
  const std::string dir = TempDir();
  WriteFile(dir + "/in.jsonl", Corpus(12) + "not json\n");
  const std::string in = dir + "/in.jsonl", out = dir + "/out";
  REQUIRE(RunCli({"batch", in, "--out", dir + "/clean", "--no-time"}).exit_code == 3);
  REQUIRE(RunCli({"batch", in, "--out", out, "--no-time"}).exit_code == 3);
  // As if killed: some outputs lost, the manifest only partly written (a
  // torn last line), a stale temporary file.
  fs::remove(out + "/story-3.txt");
  fs::remove(out + "/story-10.txt");
  // As after a power loss: files whose records survive (below) but that
  // were emptied or hold other bytes of the same size. Redone; story-2,
  // whole and recorded, is kept.
  WriteFile(out + "/story-0.txt", "");
  std::string changed = ReadFileOrDie(out + "/story-1.txt");
  REQUIRE(!changed.empty());
  changed[changed.size() / 2] ^= 1;
  WriteFile(out + "/story-1.txt", changed);
  std::vector<std::string> records = Lines(ReadFileOrDie(out + "/manifest.jsonl"));
  fs::remove(out + "/manifest.jsonl");
  WriteFile(out + "/manifest.jsonl.partial",
            records[0] + "\n" + records[1] + "\n" + records[2] + "\n" + records[3].substr(0, 20));
  WriteFile(out + "/story-7.txt.tmp.AbC123", "half a dig");
  CommandResult r = RunCli({"batch", in, "--out", out, "--no-time", "--resume"});
  CHECK(r.exit_code == 3);
  CHECK(ReadDir(out) == ReadDir(dir + "/clean"));
  // Resuming a complete run changes nothing, timing included.
  REQUIRE(RunCli({"batch", in, "--out", dir + "/timed"}).exit_code == 3);
  const Files timed = ReadDir(dir + "/timed");
  CHECK(RunCli({"batch", in, "--out", dir + "/timed", "--resume"}).exit_code == 3);
  CHECK(ReadDir(dir + "/timed") == timed);
  // Resuming with other options would mix two runs: refused, nothing touched.
  CommandResult other = RunCli({"batch", in, "--out", dir + "/timed", "--resume", "--words", "40"});
  CHECK(other.exit_code == 2);
  CHECK(other.err.find("made with other options") != std::string::npos);
  CHECK(other.err.find("manifest.options") != std::string::npos);
  CHECK(ReadDir(dir + "/timed") == timed);
}

TEST_CASE("batch: --resume keeps a complete file whose name looks temporary", "[cli][batch]") {
  // Cluster "x.tmp.ab" writes "x.tmp.ab.txt", which ends in ".tmp." and six
  // bytes as a killed run's temporary file does; it is a complete digest.
  const std::string dir = TempDir(), in = dir + "/in.jsonl", out = dir + "/out";
  WriteFile(in, ClusterLine("x.tmp.ab", 1) + ClusterLine("plain", 2));
  REQUIRE(RunCli({"batch", in, "--out", out, "--no-time"}).exit_code == 0);
  const Files before = ReadDir(out);
  REQUIRE(before.count("x.tmp.ab.txt") == 1);
  // An old time stamp: a file redone by the resume would get a new one.
  const auto old = fs::last_write_time(out + "/x.tmp.ab.txt") - std::chrono::hours(24);
  fs::last_write_time(out + "/x.tmp.ab.txt", old);
  WriteFile(out + "/plain.txt.tmp.Zz0099", "half a dig");  // a real stale temporary
  CHECK(RunCli({"batch", in, "--out", out, "--no-time", "--resume"}).exit_code == 0);
  CHECK(ReadDir(out) == before);
  CHECK(fs::last_write_time(out + "/x.tmp.ab.txt") == old);
}

// --resume keeps outputs only when every option that can change an output
// byte is the same (manifest.options). Every flag of `chorus batch --help`
// must be known here: a new one fails this test until it is listed, with a
// setting that changes output (then resuming with it must be refused) or as
// one that changes no output byte.
TEST_CASE("batch: --resume refuses a change of any option that changes output", "[cli][batch]") {
  const std::set<std::string> no_output = {"--help", "--out", "--threads", "--resume",
                                           "--shard", "--progress"};
  // The defaults' own spellings of the two-way flags.
  const std::set<std::string> defaults = {"--concept-word-bigrams", "--skip-quotes",
                                          "--refuse-unnamed-speakers", "--cut-aware-order"};
  const std::vector<std::vector<std::string>> changes = {
      {"--words", "40"},
      {"--sentences", "2"},
      {"--chars", "300"},
      {"--order", "score"},
      {"--language", "german"},
      {"--position-prior", "0.5"},
      {"--concept-mix", "0.5"},
      {"--unigram-mix", "0.5"},
      {"--concept-min-docs", "2"},
      {"--length-exponent", "0.5"},
      {"--concept-min-fraction", "0.5"},
      {"--concept-lead-weight", "2"},
      {"--concept-lead-factor", "2"},
      {"--concept-stopword-factor", "1"},
      {"--position-weight", "0.5"},
      {"--redundancy-threshold", "0.3"},
      {"--min-sentence-words", "3"},
      {"--max-sentence-words", "30"},
      {"--concept-term-bigrams"},
      {"--idf-exponent", "0.5"},
      {"--keep-quotes"},
      {"--keep-unnamed-speakers"},
      {"--lambda", "0.5"},
      {"--citation-threshold", "0.5"},
      {"--fill"},
      {"--no-cut-aware-order"},
      {"--no-filter"},
      {"--format", "json"},
      {"--lossy"},
      {"--explain"},
      {"--no-time"},
      {"--max-article-bytes", "100000"},
      {"--max-cluster-bytes", "100000"},
      {"--max-articles", "50"},
      {"--max-sentence-bytes", "5000"},
      {"--max-sentences", "5000"}};
  std::set<std::string> known = no_output;
  known.insert(defaults.begin(), defaults.end());
  for (const std::vector<std::string>& c : changes) known.insert(c[0]);
  const CommandResult help = RunCli({"batch", "--help"});
  REQUIRE(help.exit_code == 0);
  size_t flags = 0;
  for (const std::string& line : Lines(help.out)) {
    const size_t dash = line.find_first_not_of(' ');
    if (dash == std::string::npos || line.compare(dash, 1, "-") != 0) continue;
    // "  -h,--help ...", "  --skip-quotes,--keep-quotes{false}", "  --words UINT ..."
    std::string names = line.substr(dash, line.find_first_of(" {", dash) - dash);
    std::stringstream split(names);
    for (std::string name; std::getline(split, name, ',');) {
      if (name.rfind("--", 0) != 0) continue;  // "-h"
      ++flags;
      INFO(name);
      CHECK(known.count(name) == 1);
    }
  }
  CHECK(flags == known.size());

  const std::string dir = TempDir();
  const std::string in = dir + "/in.jsonl", out = dir + "/out";
  WriteFile(in, Corpus(2));
  REQUIRE(RunCli({"batch", in, "--out", out}).exit_code == 0);
  const Files before = ReadDir(out);
  for (const std::vector<std::string>& c : changes) {
    std::vector<std::string> args = {"batch", in, "--out", out, "--resume"};
    args.insert(args.end(), c.begin(), c.end());
    const CommandResult r = RunCli(args);
    INFO(c[0]);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("made with other options") != std::string::npos);
  }
  CHECK(ReadDir(out) == before);
  // The defaults' own spellings and the flags that change no output byte
  // resume the same run.
  CHECK(RunCli({"batch", in, "--out", out, "--resume", "--threads", "1", "--skip-quotes",
                "--cut-aware-order", "--concept-word-bigrams", "--refuse-unnamed-speakers"})
            .exit_code == 0);
  CHECK(ReadDir(out) == before);
}

TEST_CASE("batch: a fresh run that dies leaves no records of the run before", "[cli][batch]") {
  // A run with other options (and no --resume) that stops before its
  // manifest is committed (here: stdin, its first input, is a folder) must
  // not leave the old run's records beside its own options: --resume would
  // then keep the old outputs as the new run's.
  const std::string dir = TempDir(), in = dir + "/in.jsonl", out = dir + "/out";
  WriteFile(in, Corpus(4));
  REQUIRE(RunCli({"batch", in, "--out", out, "--no-time"}).exit_code == 0);
  REQUIRE(RunCli({"batch", in, "--out", dir + "/clean40", "--no-time", "--words", "40"})
              .exit_code == 0);
  fs::create_directories(dir + "/folder");
  pid_t pid = ::fork();
  if (pid == 0) {
    const int fd = ::open((dir + "/folder").c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0 || ::dup2(fd, 0) < 0) ::_exit(126);
    std::string cli = CHORUS_CLI_PATH;
    ::execl(cli.c_str(), cli.c_str(), "batch", "-", in.c_str(), "--out", out.c_str(),
            "--no-time", "--words", "40", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  REQUIRE(pid > 0);
  int status = 0;
  ::waitpid(pid, &status, 0);
  REQUIRE(WIFEXITED(status));
  REQUIRE(WEXITSTATUS(status) == 1);  // stdin:1: cannot read: Is a directory
  CHECK(!fs::exists(out + "/manifest.jsonl"));
  CommandResult r = RunCli({"batch", in, "--out", out, "--no-time", "--words", "40", "--resume"});
  CHECK(r.exit_code == 0);
  CHECK(ReadDir(out) == ReadDir(dir + "/clean40"));
}

TEST_CASE("batch: SIGKILL leaves complete files; --resume finishes the run", "[cli][batch]") {
  const std::string dir = TempDir();
  WriteFile(dir + "/in.jsonl", Corpus(150, 40));
  const std::string in = dir + "/in.jsonl", out = dir + "/out";
  REQUIRE(RunCli({"batch", in, "--out", dir + "/clean", "--no-time", "--threads", "2"})
              .exit_code == 0);
  const Files clean = ReadDir(dir + "/clean");
  for (int delay_ms : {30, 120, 300}) {
    fs::remove_all(out);
    pid_t pid = ::fork();
    if (pid == 0) {
      std::string cli = CHORUS_CLI_PATH;
      ::execl(cli.c_str(), cli.c_str(), "batch", in.c_str(), "--out", out.c_str(), "--no-time",
              "--threads", "2", static_cast<char*>(nullptr));
      ::_exit(127);
    }
    REQUIRE(pid > 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (fs::exists(out)) {
      for (const auto& [name, bytes] : ReadDir(out)) {
        INFO(name);
        if (name.find(".tmp.") != std::string::npos || name == "manifest.jsonl.partial") continue;
        CHECK(bytes == clean.at(name));  // every output is complete
      }
    }
    CommandResult r = RunCli({"batch", in, "--out", out, "--no-time", "--resume"});
    CHECK(r.exit_code == 0);
    CHECK(ReadDir(out) == clean);
  }
}

}  // namespace test
}  // namespace chorus
