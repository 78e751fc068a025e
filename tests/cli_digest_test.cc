// `chorus digest` as a user meets it: exit codes, messages naming the input,
// stdin, --output written whole. Bad input never crashes or hangs.
#include <catch2/catch.hpp>
#include <array>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "test_util.h"

namespace chorus {
namespace test {

namespace {

const std::string kArticleA =
    "Bridge partly collapses in Port Merrin\n\n"
    "Part of the Calloway Harbour Bridge collapsed on Tuesday evening, injuring 14 people.\n\n"
    "The regional government ordered an independent inquiry into the collapse on Wednesday.\n\n"
    "Ferries between Quayside and Northpoint resumed on Thursday morning.\n";
const std::string kArticleB =
    "Fourteen people were injured when part of the Calloway Harbour Bridge collapsed on Tuesday.\n\n"
    "An independent inquiry into the bridge collapse was ordered by the regional government.\n\n"
    "Gas leaked from a ruptured main under the approach road for several hours.\n";

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("digest of two articles cites both", "[cli]") {
  const std::string dir = TempDir();
  WriteFile(dir + "/a.txt", kArticleA);
  WriteFile(dir + "/b.txt", kArticleB);
  CommandResult r = RunCli({"digest", dir + "/a.txt", dir + "/b.txt"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.out, "[1][2] (2 sources)"));
  CHECK(Contains(r.out, "Sources:"));
  CHECK(r.err.empty());
  // A directory means its articles in name order: same digest.
  CommandResult d = RunCli({"digest", dir});
  CHECK(d.exit_code == 0);
  CHECK(d.out == r.out);
}

TEST_CASE("--fill runs past the budget; plain cuts at the word limit", "[cli]") {
  const std::string dir = TempDir();
  WriteFile(dir + "/a.txt", kArticleA);
  WriteFile(dir + "/b.txt", kArticleB);
  CommandResult plain = RunCli({"digest", "--fill", "--words", "20", "--format", "plain", dir});
  CHECK(plain.exit_code == 0);
  size_t words = 0;
  for (size_t i = 0; i < plain.out.size(); ++i)
    words += plain.out[i] != ' ' && plain.out[i] != '\n' &&
             (i == 0 || plain.out[i - 1] == ' ' || plain.out[i - 1] == '\n');
  CHECK(words == 20);
  CommandResult without = RunCli({"digest", "--words", "20", "--format", "plain", dir});
  CHECK(without.out.size() < plain.out.size());  // no sentence fits whole: shorter
}

TEST_CASE("a sentence attributed to an unnamed he is dropped, with its reason", "[cli]") {
  const std::string dir = TempDir();
  WriteFile(dir + "/a.txt", kArticleA);
  WriteFile(dir + "/b.txt",
            "Engineers found cracks in the bridge's steel supports last spring.\n\n"
            "Part of the bridge collapsed that evening and injured fourteen people, "
            "he said.\n");
  CommandResult r = RunCli({"digest", "--explain", "--format", "json", dir});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(Contains(r.out, "attributed to an unnamed he, she or they"));
  CommandResult text = RunCli({"digest", "--format", "plain", dir});
  CHECK(!Contains(text.out, "he said"));
  CommandResult kept = RunCli({"digest", "--explain", "--format", "json",
                               "--keep-unnamed-speakers", dir});
  REQUIRE(kept.exit_code == 0);
  CHECK(!Contains(kept.out, "attributed to an unnamed"));
}

TEST_CASE("digest reads one article from stdin", "[cli]") {
  CommandResult r = RunCli({"digest", "--format", "plain", "-"}, kArticleA);
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.out, "Calloway Harbour Bridge"));
}

TEST_CASE("a read that fails names the input and the system's reason", "[cli][bad_input]") {
  const std::string dir = TempDir();
  CommandResult folder = RunCliStdinFrom({"digest", "-"}, dir);
  CHECK(folder.exit_code == 1);
  CHECK(folder.err == "chorus: stdin: cannot read: Is a directory\n");
  CommandResult closed = RunCliStdinFrom({"digest", "-"}, "");
  CHECK(closed.exit_code == 1);
  CHECK(closed.err == "chorus: stdin: cannot read: Bad file descriptor\n");
  CommandResult mem = RunCli({"digest", "/proc/self/mem"});
  CHECK(mem.exit_code == 1);
  CHECK(mem.err == "chorus: /proc/self/mem: cannot read: Input/output error\n");
}

TEST_CASE("json span: bytes of the text after the title, not of the file", "[cli]") {
  // As README says: a byte order mark, the title line and the blank lines
  // below it are left out; the span plus their length is the file's bytes.
  const std::string dir = TempDir();
  const std::string left_out = "\xEF\xBB\xBF" "Bridge partly collapses\n\n\n";
  const std::string text =
      "Part of the Calloway Harbour Bridge collapsed on Tuesday evening, injuring 14 people.\n";
  WriteFile(dir + "/a.txt", left_out + text);
  CommandResult r = RunCli({"digest", dir + "/a.txt", "--format", "json", "--sentences", "1"});
  REQUIRE(r.exit_code == 0);
  const nlohmann::json digest = nlohmann::json::parse(r.out);
  CHECK(digest["sources"][0]["title"] == "Bridge partly collapses");
  const nlohmann::json span = digest["sentences"][0]["span"];
  CHECK(span == nlohmann::json::array({0, text.size() - 1}));
  const std::string file = ReadFileOrDie(dir + "/a.txt");
  CHECK(file.substr(left_out.size() + span[0].get<size_t>(),
                    span[1].get<size_t>() - span[0].get<size_t>()) ==
        digest["sentences"][0]["text"]);
}

TEST_CASE("--output writes the file whole and prints nothing", "[cli]") {
  const std::string dir = TempDir();
  WriteFile(dir + "/a.txt", kArticleA);
  CommandResult r = RunCli({"digest", "-o", dir + "/out.txt", dir + "/a.txt"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(Contains(ReadFileOrDie(dir + "/out.txt"), "Sources:"));
  // Failure leaves no file behind.
  CommandResult bad = RunCli({"digest", "-o", dir + "/no/such/dir/out.txt", dir + "/a.txt"});
  CHECK(bad.exit_code == 1);
  CHECK(Contains(bad.err, "out.txt"));
}

// -o onto something that is not a plain file: a device, a FIFO, `>(cmd)`'s
// /dev/fd/N, or a symlink. Before, the temporary file was renamed over the
// name itself: a device node or FIFO became a regular file (as root, `-o
// /dev/null` replaced /dev/null) and a symlink was replaced by a copy.
TEST_CASE("--output writes through a symlink and into a device", "[cli]") {
  namespace fs = std::filesystem;
  const std::string dir = TempDir();
  WriteFile(dir + "/a.txt", kArticleA);
  WriteFile(dir + "/target.txt", "old\n");
  fs::create_symlink(dir + "/target.txt", dir + "/link.txt");
  CommandResult link = RunCli({"digest", "-o", dir + "/link.txt", dir + "/a.txt"});
  INFO(link.err);
  CHECK(link.exit_code == 0);
  CHECK(fs::is_symlink(dir + "/link.txt"));
  CHECK(Contains(ReadFileOrDie(dir + "/target.txt"), "Sources:"));

  fs::create_symlink("/dev/null", dir + "/null");
  CommandResult null = RunCli({"digest", "-o", dir + "/null", dir + "/a.txt"});
  INFO(null.err);
  CHECK(null.exit_code == 0);
  CHECK(null.out.empty());
  CHECK(fs::is_symlink(dir + "/null"));

  // A full device: exit 1 and a message naming the output and the reason.
  fs::create_symlink("/dev/full", dir + "/full");
  CommandResult full = RunCli({"digest", "-o", dir + "/full", dir + "/a.txt"});
  CHECK(full.exit_code == 1);
  CHECK(Contains(full.err, dir + "/full: No space left on device"));
  CHECK(fs::is_symlink(dir + "/full"));

  // A dangling link: the file it names is created, and the link stays
  // (before, the link was replaced by the file). A loop is an error that
  // names the link and leaves it.
  fs::create_symlink("made.txt", dir + "/dangling.txt");
  CommandResult dangling = RunCli({"digest", "-o", dir + "/dangling.txt", dir + "/a.txt"});
  INFO(dangling.err);
  CHECK(dangling.exit_code == 0);
  CHECK(fs::is_symlink(dir + "/dangling.txt"));
  CHECK(Contains(ReadFileOrDie(dir + "/made.txt"), "Sources:"));
  fs::create_symlink("loop2", dir + "/loop1");
  fs::create_symlink("loop1", dir + "/loop2");
  CommandResult loop = RunCli({"digest", "-o", dir + "/loop1", dir + "/a.txt"});
  CHECK(loop.exit_code == 1);
  CHECK(Contains(loop.err, dir + "/loop1: Too many levels of symbolic links"));
  CHECK(fs::is_symlink(dir + "/loop1"));

  // The process's own descriptors are written as they are (/proc/self/fd/1
  // rather than /dev/stdout here: the old code, as root, renamed a file
  // over the name, which must not happen to the machine's /dev).
  CommandResult own = RunCli({"digest", "-o", "/proc/self/fd/1", dir + "/a.txt"});
  INFO(own.err);
  CHECK(own.exit_code == 0);
  CHECK(Contains(own.out, "Sources:"));
}

TEST_CASE("bad input: a clear message naming the input, exit 1", "[cli][bad_input]") {
  const std::string dir = TempDir();
  WriteFile(dir + "/good.txt", kArticleA);
  WriteFile(dir + "/bad_utf8.txt", "Valid start of a sentence.\n\nThen \xC3\x28 broken.\n");
  WriteFile(dir + "/empty.txt", "");
  WriteFile(dir + "/malformed.json", "{\"cluster\": \"x\",\n \"docs\": [\n {\"id\": 1,, }]}");
  std::filesystem::create_directories(dir + "/nothing_here");
  WriteFile(dir + "/nothing_here/readme.md", "not an article");

  CommandResult utf8 = RunCli({"digest", dir + "/bad_utf8.txt"});
  CHECK(utf8.exit_code == 1);
  CHECK(Contains(utf8.err, "bad_utf8.txt"));
  CHECK(Contains(utf8.err, "invalid UTF-8"));
  CHECK(Contains(utf8.err, "byte 33"));
  CHECK(utf8.out.empty());

  CommandResult lossy = RunCli({"digest", "--lossy", "--format", "plain", dir + "/bad_utf8.txt", dir + "/good.txt"});
  CHECK(lossy.exit_code == 0);

  CommandResult empty = RunCli({"digest", dir + "/empty.txt", dir + "/good.txt"});
  CHECK(empty.exit_code == 0);
  CHECK(Contains(empty.err, "empty.txt"));
  CHECK(Contains(empty.err, "warning"));

  // A budget no candidate fits is an error, never a silent empty digest;
  // --fill lets the one sentence run past it.
  CommandResult tiny = RunCli({"digest", "--words", "2", dir + "/good.txt"});
  CHECK(tiny.exit_code == 1);
  CHECK(Contains(tiny.err, "no candidate sentence fits the budget of 2 words"));
  CHECK(tiny.out.empty());
  CHECK(RunCli({"digest", "--words", "2", "--fill", dir + "/good.txt"}).exit_code == 0);
  // With no candidate at all (every sentence under 6 words), neither the
  // budget nor --fill is to blame.
  WriteFile(dir + "/short.txt", "Short one here.\n\nAnother short line.\n\nYes it is.\n");
  for (const std::string fill : {"--words", "--fill"}) {
    std::vector<std::string> args = {"digest", dir + "/short.txt", fill};
    if (fill == "--words") args.push_back("100");
    CommandResult none = RunCli(args);
    INFO(none.err);
    CHECK(none.exit_code == 1);
    CHECK(Contains(none.err, "cluster 'short': no candidate sentence (each one is too short"));
    CHECK(!Contains(none.err, "budget"));
  }

  // When the sentence byte limit dropped them, the message says so and
  // names the flag (before: only "no usable sentence").
  CommandResult tiny_limit = RunCli({"digest", "--max-sentence-bytes", "10", dir + "/good.txt"});
  CHECK(tiny_limit.exit_code == 1);
  CHECK(Contains(tiny_limit.err, "no usable sentence; 3 of 3 sentences were over the limit of "
                                 "10 bytes per sentence (raise it with --max-sentence-bytes)"));

  CommandResult only_empty = RunCli({"digest", dir + "/empty.txt"});
  CHECK(only_empty.exit_code == 1);
  CHECK(Contains(only_empty.err, "no articles"));

  CommandResult missing = RunCli({"digest", dir + "/missing.txt"});
  CHECK(missing.exit_code == 1);
  CHECK(Contains(missing.err, "missing.txt"));

  CommandResult nodir = RunCli({"digest", dir + "/nothing_here"});
  CHECK(nodir.exit_code == 1);
  CHECK(Contains(nodir.err, "nothing_here"));

  CommandResult json = RunCli({"digest", dir + "/malformed.json"});
  CHECK(json.exit_code == 1);
  CHECK(Contains(json.err, "malformed.json:3:"));
}

TEST_CASE("a 10 MB one-line article gives a digest", "[cli][bad_input]") {
  const std::string dir = TempDir();
  std::string big;
  const std::string sentence = "The harbour bridge inquiry heard evidence from engineers today. ";
  while (big.size() < 10'000'000) big += sentence;
  WriteFile(dir + "/big.txt", big);
  CommandResult r = RunCli({"digest", "--format", "plain", dir + "/big.txt"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.out, "harbour bridge inquiry"));
}

// An empty output name (an unset "$OUT") wrote to stdout (digest, eval);
// batch's said "out_dir: empty", not naming the flag.
TEST_CASE("an empty output name is a usage error naming the flag", "[cli]") {
  const std::string dir = TempDir();
  WriteFile(dir + "/a.txt", kArticleA);
  const std::string a = dir + "/a.txt";
  for (const auto& [args, message] : std::vector<std::pair<std::vector<std::string>, std::string>>{
           {{"digest", a, "-o", ""}, "--output: empty file name"},
           {{"eval", a, "--output", ""}, "--output: empty file name"},
           {{"batch", a, "--out", ""}, "--out: empty folder name"},
       }) {
    CommandResult r = RunCli(args);
    INFO(args[0] << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(Contains(r.err, message));
    CHECK(r.out.empty());
  }
}

TEST_CASE("usage errors exit 2", "[cli]") {
  const std::string dir = TempDir();
  WriteFile(dir + "/a.txt", kArticleA);
  const std::string a = dir + "/a.txt";
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"digest"},
           {"digest", "--words", "0", a},
           {"digest", "--words", "10", "--sentences", "2", a},
           {"digest", "--format", "pdf", a},
           {"digest", "--order", "random", a},
           {"digest", "--no-such-flag", a},
           {"digest", "--language", "klingon", a},
           {"digest", "--threads", "100000", a},  // crashed in OpenMP before
           {"frobnicate"},
       }) {
    CommandResult r = RunCli(args);
    INFO(args[args.size() > 1 ? 1 : 0] << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(!r.err.empty());
    CHECK(r.out.empty());
  }
  CommandResult help = RunCli({"digest", "--help"});
  CHECK(help.exit_code == 0);
  CHECK(Contains(help.out, "--words"));
  // --order score is the selection's order, not centrality's (the digest's
  // scores are not sorted: with concepts and KL-Sum the first pick is not
  // always the most central).
  CHECK(Contains(help.out, "score (the order chosen in, best gain first)"));
  // The help's range of --citation-threshold is the one Validate keeps (at
  // least the edge threshold, 0.1), and a value below it names the flag.
  CHECK(Contains(help.out, "--citation-threshold FLOAT:FLOAT in [0.1 - 1]=0.4"));
  CommandResult low = RunCli({"digest", "--citation-threshold", "0.05", a});
  CHECK(low.exit_code == 2);
  CHECK(Contains(low.err, "--citation-threshold"));
  // What the flags' own checks let through (two flags' bounds, NaN) is
  // refused by Validate; the message names the flags, in every command.
  for (const std::string command : {"digest", "batch", "eval"}) {
    std::vector<std::string> args = {command, a};
    if (command == "batch") args.insert(args.end(), {"--out", "-"});
    args.insert(args.end(), {"--min-sentence-words", "9", "--max-sentence-words", "8"});
    CommandResult words = RunCli(args);
    INFO(command << ": " << words.err);
    CHECK(words.exit_code == 2);
    CHECK(Contains(words.err, "--min-sentence-words must be at most --max-sentence-words"));
    args.resize(command == "batch" ? 4 : 2);
    args.insert(args.end(), {"--lambda", "nan"});
    CommandResult nan = RunCli(args);
    CHECK(nan.exit_code == 2);
    CHECK(Contains(nan.err, "--lambda must be in [0, 1]"));
  }
  // Every flag whose own check lets NaN through is named in Validate's
  // message: the field name recorded with the flag is Validate's.
  for (const std::string flag :
       {"--position-prior", "--concept-mix", "--unigram-mix", "--length-exponent",
        "--concept-min-fraction", "--concept-lead-weight", "--concept-lead-factor",
        "--concept-stopword-factor", "--position-weight", "--redundancy-threshold",
        "--idf-exponent", "--lambda", "--citation-threshold"}) {
    CommandResult nan = RunCli({"digest", a, flag, "nan"});
    INFO(nan.err);
    CHECK(nan.exit_code == 2);
    CHECK(nan.err.starts_with("chorus: " + flag + " must be in "));
  }
  // Negative and overflowing counts: CLI11 reads "-1" into an unsigned flag
  // as its largest value, and "1e20" digits as the largest too; the flag's
  // range refuses both with the value as typed (before, --min-sentence-words
  // -1 was "must be at most --max-sentence-words", --concept-min-docs
  // 99999999999999999999 was taken, and --threads -1 printed a range to
  // 1.8e308).
  for (const auto& [flag, value, range] : std::vector<std::array<std::string, 3>>{
           {"--min-sentence-words", "-1", "0 to 10000000"},
           {"--max-sentence-words", "-3", "0 to 10000000"},
           {"--concept-min-docs", "99999999999999999999", "1 to 10000000"},
           {"--concept-min-docs", "0", "1 to 10000000"},
           {"--threads", "-1", "0 to 1024"},
           {"--words", "-5", "1 to 10000000"},
       }) {
    CommandResult r = RunCli({"digest", a, flag, value});
    INFO(flag << " " << value << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(Contains(r.err, flag + ": Value " + value + " not in range " + range + "\n"));
  }
  CommandResult language = RunCli({"digest", "--language", "", a});
  CHECK(language.exit_code == 2);
  CHECK(Contains(language.err, "chorus: --language must be non-empty\n"));
}

}  // namespace test
}  // namespace chorus
