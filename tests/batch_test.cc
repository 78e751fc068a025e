// The batch library: safe file names, the stable shard hash, and a
// malformed line kept to its own error record (tests/cli_batch_test.cc
// covers the command).
#include "chorus/batch.h"

#include <algorithm>
#include <cerrno>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <streambuf>

#include "test_util.h"

namespace chorus {
namespace test {

namespace {

std::string Hex(uint64_t h) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

const std::string kLine =
    R"({"cluster": "bridge", "docs": [{"id": "a", "text": "Part of the Calloway Harbour )"
    R"(Bridge collapsed on Tuesday evening, injuring 14 people. The regional government )"
    R"(ordered an independent inquiry into the collapse on Wednesday."}, {"id": "b", )"
    R"("text": "Fourteen people were injured when part of the Calloway Harbour Bridge )"
    R"(collapsed on Tuesday. An independent inquiry into the bridge collapse was )"
    R"(ordered by the regional government."}]})";

}  // namespace

TEST_CASE("FNV-1a 64 has its published values", "[batch]") {
  CHECK(Fnv1a64("") == 0xcbf29ce484222325ull);
  CHECK(Fnv1a64("a") == 0xaf63dc4c8601ec8cull);
  CHECK(Fnv1a64("foobar") == 0x85944171f73967e8ull);
  CHECK(ShardOf("foobar", 7) == 0x85944171f73967e8ull % 7);
  CHECK(ShardOf("anything", 1) == 0);
}

TEST_CASE("safe file names", "[batch]") {
  struct Case {
    std::string id, name;
  };
  const Case cases[] = {
      {"d30003t", "d30003t"},
      {"story-1_v2.final", "story-1_v2.final"},
      {"a/b", "a_b~" + Hex(Fnv1a64("a/b"))},
      {"../x", "_._x~" + Hex(Fnv1a64("../x"))},
      {"", "~" + Hex(Fnv1a64(""))},
      {".hidden", "_hidden~" + Hex(Fnv1a64(".hidden"))},
      {"a..b", "a._b~" + Hex(Fnv1a64("a..b"))},
      {"tab\there", "tab_here~" + Hex(Fnv1a64("tab\there"))},
      {"manifest", "manifest~" + Hex(Fnv1a64("manifest"))},
      {"Manifest", "Manifest~" + Hex(Fnv1a64("Manifest"))},
      {"x~y", "x_y~" + Hex(Fnv1a64("x~y"))},
  };
  for (const Case& c : cases) {
    INFO(c.id);
    CHECK(SafeFileName(c.id) == c.name);
  }
}

TEST_CASE("safe file names: no separators, no .., bounded, distinct", "[batch]") {
  const std::vector<std::string> ids = {
      "../x", "..", ".", "/etc/passwd", "a/../../b", "a\\b", "a\nb", "a\rb", "a/b", "a_b",
      std::string("nul\0byte", 8), std::string(1000, 'z'), std::string(1000, 'z') + "!",
      std::string(64, 'q'), std::string(65, 'q'), "\xC3\xA9t\xC3\xA9", "\xC3\xA8t\xC3\xA8",
      "a_b~" + Hex(Fnv1a64("a/b")), "manifest", "MANIFEST", ""};
  std::set<std::string> names;
  for (const std::string& id : ids) {
    const std::string name = SafeFileName(id);
    INFO(name);
    CHECK(!name.empty());
    CHECK(name.size() <= 81);
    CHECK(name.find('/') == std::string::npos);
    CHECK(name.find("..") == std::string::npos);
    CHECK(name[0] != '.');
    for (unsigned char c : name) CHECK((c > 0x20 && c < 0x7F));
    CHECK(names.insert(name).second);  // no two ids share a name
  }
  CHECK(SafeFileName(std::string(64, 'q')) == std::string(64, 'q'));  // not cut: kept as is
}

TEST_CASE("a malformed line gets its own error record; the rest go on", "[batch]") {
  std::string json_b = kLine;
  json_b.replace(json_b.find("\"bridge\""), 8, "\"bridge2\"");
  std::istringstream in(kLine + "\n{not json\n\n" +
                        R"({"cluster": "empty", "docs": []})" + "\n" +
                        R"({"cluster": "bad", "docs": [{"id": "x", "text": "caf)" "\xC3\x28" R"("}]})" +
                        "\n" + json_b + "\n" + kLine + "\n");
  BatchOptions o;
  o.out_dir = TempDir() + "/out";
  o.threads = 2;
  o.timing = false;
  BatchResult result;
  REQUIRE(RunBatch({{"in.jsonl", &in}}, o, nullptr, &result).ok());
  CHECK(result.ok == 2);
  CHECK(result.failed == 4);  // malformed, empty, bad UTF-8, duplicate id
  const std::string manifest = ReadFileOrDie(o.out_dir + "/manifest.jsonl");
  std::istringstream lines(manifest);
  std::vector<std::string> records;
  for (std::string line; std::getline(lines, line);) records.push_back(line);
  REQUIRE(records.size() == 6);  // the blank line 3 has no record
  CHECK(records[0].find(R"("line":1,"cluster":"bridge","status":"ok","file":"bridge.txt")") !=
        std::string::npos);
  CHECK(records[1].find(R"("line":2,"cluster":null,"status":"error","error":"in.jsonl:2)") !=
        std::string::npos);
  CHECK(records[1].find("malformed JSON") != std::string::npos);
  CHECK(records[1].find("in.jsonl:2:1:") == std::string::npos);  // LINE:COL, not LINE:1:COL
  CHECK(records[2].find(R"("line":4,"cluster":"empty","status":"error")") != std::string::npos);
  CHECK(records[3].find("invalid UTF-8") != std::string::npos);
  CHECK(records[4].find(R"("line":6,"cluster":"bridge2","status":"ok")") != std::string::npos);
  CHECK(records[5].find("duplicate cluster id") != std::string::npos);
  CHECK(std::filesystem::exists(o.out_dir + "/bridge2.txt"));
  CHECK(!std::filesystem::exists(o.out_dir + "/manifest.jsonl.partial"));
  // An ok record gives its file's size and FNV-1a 64 hash (what --resume checks).
  const std::string digest = ReadFileOrDie(o.out_dir + "/bridge.txt");
  CHECK(records[0].find(R"("file":"bridge.txt","bytes":)" + std::to_string(digest.size()) +
                        R"(,"fnv1a64":")" + Hex(Fnv1a64(digest)) + R"(","articles":)") !=
        std::string::npos);
}

TEST_CASE("a repeated id is a duplicate whatever became of its first line", "[batch]") {
  // "bridge" (4 sentences) fails in the summarizer, over max_sentences;
  // its repeat is still a duplicate, and "small" (2 sentences) is written.
  std::string small = kLine;
  small.replace(small.find("\"bridge\""), 8, "\"small\"");
  small.erase(small.find(R"(, {"id": "b")"), std::string::npos);
  small += "]}";
  std::istringstream in(kLine + "\n" + kLine + "\n" + small + "\n" + small + "\n");
  BatchOptions o;
  o.out_dir = TempDir() + "/out";
  o.threads = 2;
  o.timing = false;
  o.summarizer.max_sentences = 3;
  BatchResult result;
  REQUIRE(RunBatch({{"in.jsonl", &in}}, o, nullptr, &result).ok());
  CHECK(result.ok == 1);
  CHECK(result.failed == 3);
  std::istringstream lines(ReadFileOrDie(o.out_dir + "/manifest.jsonl"));
  std::vector<std::string> records;
  for (std::string line; std::getline(lines, line);) records.push_back(line);
  REQUIRE(records.size() == 4);
  CHECK(records[0].find("over the limit of 3") != std::string::npos);
  CHECK(records[1].find(R"("error":"in.jsonl:2: duplicate cluster id \"bridge\" )"
                        R"x((first on in.jsonl:1)")x") != std::string::npos);
  CHECK(records[2].find(R"("line":3,"cluster":"small","status":"ok")") != std::string::npos);
  CHECK(records[3].find(R"("error":"in.jsonl:4: duplicate cluster id \"small\" )"
                        R"x((first on in.jsonl:3)")x") != std::string::npos);
  CHECK(!std::filesystem::exists(o.out_dir + "/bridge.txt"));
}

// Workers skip the digest of a line whose file name an earlier line has
// (its record is the duplicate error either way); the first line of each id
// must still be summarized, whichever worker reaches it first.
TEST_CASE("repeated ids: the first line of each is written, at any thread count", "[batch]") {
  auto named = [](const std::string& id) {
    std::string line = kLine;
    return line.replace(line.find("\"bridge\""), 8, "\"" + id + "\"");
  };
  // 60 lines over 6 ids, each id first seen at a different place: with 8
  // workers, later repeats are often reached before a first line.
  std::string input;
  std::map<std::string, size_t> first_line;
  for (size_t k = 0; k < 60; ++k) {
    const std::string id(1, static_cast<char>('a' + (k * k + k / 7) % 6));
    first_line.try_emplace(id, k + 1);
    input += named(id) + "\n";
  }
  REQUIRE(first_line.size() == 6);
  std::vector<std::string> manifests;
  for (int threads : {1, 8}) {
    std::istringstream in(input);
    BatchOptions o;
    o.out_dir = TempDir() + "/out";
    o.threads = threads;
    o.timing = false;
    BatchResult result;
    REQUIRE(RunBatch({{"in.jsonl", &in}}, o, nullptr, &result).ok());
    CHECK(result.ok == 6);
    CHECK(result.failed == 54);
    manifests.push_back(ReadFileOrDie(o.out_dir + "/manifest.jsonl"));
  }
  CHECK(manifests[0] == manifests[1]);
  for (const auto& [id, line] : first_line)
    CHECK(manifests[1].find(R"("line":)" + std::to_string(line) + R"(,"cluster":")" + id +
                            R"(","status":"ok")") != std::string::npos);
  // A first line slow to parse (20 MB of trailing spaces to check): its
  // repeats reach the workers' check first, and it is still the one written.
  std::string slow = named("a");
  slow.append(20 << 20, ' ');
  std::istringstream in(slow + "\n" + named("a") + "\n" + named("a") + "\n" + named("b") + "\n");
  BatchOptions o;
  o.out_dir = "-";
  o.threads = 4;
  std::ostringstream out;
  BatchResult result;
  REQUIRE(RunBatch({{"in.jsonl", &in}}, o, &out, &result).ok());
  CHECK(result.ok == 2);
  CHECK(out.str().starts_with(R"({"cluster":"a","sentences":[{)"));
}

TEST_CASE("a line whose articles fail still names its cluster", "[batch]") {
  // The id is read before the docs: the record and the message name it, the
  // line belongs to its id's shard, and a repeat of the id is a duplicate.
  std::string big = kLine;
  big.replace(big.find("\"bridge\""), 8, "\"big\"");
  std::string other = kLine;
  other.replace(other.find("\"bridge\""), 8, "\"other\"");
  const std::string input = big + "\n" + other + "\n" + big + "\n" + R"({"docs": 3})" + "\n";
  BatchOptions o;
  o.timing = false;
  o.load.max_article_bytes = 100;
  std::vector<std::string> records;
  for (uint32_t shard = 0; shard < 2; ++shard) {
    std::istringstream in(input);
    o.out_dir = TempDir() + "/out";
    o.shard_count = 2;
    o.shard_index = shard;
    BatchResult result;
    REQUIRE(RunBatch({{"in.jsonl", &in}}, o, nullptr, &result).ok());
    std::istringstream lines(ReadFileOrDie(o.out_dir + "/manifest.jsonl"));
    std::vector<std::string> here;
    for (std::string line; std::getline(lines, line);) here.push_back(line);
    // Lines 1 and 3 ("big") go with their id's shard; line 4 (no id) to 0.
    CHECK(here.size() == (ShardOf("big", 2) == shard ? 2u : 0u) +
                             (ShardOf("other", 2) == shard ? 1u : 0u) + (shard == 0 ? 1u : 0u));
    records.insert(records.end(), here.begin(), here.end());
  }
  const auto has = [&](const std::string& text) {
    return std::count_if(records.begin(), records.end(), [&](const std::string& r) {
             return r.find(text) != std::string::npos;
           }) == 1;
  };
  CHECK(has(R"("line":1,"cluster":"big","status":"error","error":"in.jsonl:1: cluster 'big': )"
            R"(docs[0].text: article is )"));
  CHECK(has(R"("line":3,"cluster":"big","status":"error","error":"in.jsonl:3: duplicate )"
            R"x(cluster id \"big\" (first on in.jsonl:1)")x"));
  CHECK(has(R"("line":4,"cluster":null,"status":"error")"));
}

TEST_CASE("a line over max_cluster_bytes is an error record, never held whole", "[batch]") {
  // Lines padded with spaces (JSON allows them) to lengths around the
  // reader's 64 KiB chunk, against a limit of exactly 65536 bytes.
  auto padded = [](const std::string& id, size_t length) {
    std::string line = kLine;
    line.replace(line.find("\"bridge\""), 8, "\"" + id + "\"");
    line.append(length - line.size(), ' ');
    return line;
  };
  std::istringstream in(padded("a", 65535) + "\n" + padded("b", 65536) + "\r\n" +
                        padded("c", 65537) + "\n" + padded("d", 200000) + "\n" + kLine);
  BatchOptions o;
  o.out_dir = "-";
  o.load.max_cluster_bytes = 65536;
  o.threads = 1;
  std::ostringstream out;
  BatchResult result;
  REQUIRE(RunBatch({{"in.jsonl", &in}}, o, &out, &result).ok());
  CHECK(result.ok == 3);
  CHECK(result.failed == 2);
  std::istringstream lines(out.str());
  std::vector<std::string> records;
  for (std::string line; std::getline(lines, line);) records.push_back(line);
  REQUIRE(records.size() == 5);
  CHECK(records[0].rfind(R"({"cluster":"a",)", 0) == 0);
  CHECK(records[1].rfind(R"({"cluster":"b",)", 0) == 0);  // CR not counted
  CHECK(records[2].find(R"("line":3,"cluster":null,"status":"error","error":"in.jsonl:3: )"
                        R"(cluster is 65537 bytes, over the limit of 65536 bytes )"
                        R"x((raise it with --max-cluster-bytes)")x") != std::string::npos);
  CHECK(records[3].find("in.jsonl:4: cluster is 200000 bytes") != std::string::npos);
  CHECK(records[4].rfind(R"({"cluster":"bridge",)", 0) == 0);  // no final newline
}

TEST_CASE("stream mode writes one line per record in input order", "[batch]") {
  std::istringstream in(kLine + "\n{bad\n");
  BatchOptions o;
  o.out_dir = "-";
  std::ostringstream out;
  BatchResult result;
  REQUIRE(RunBatch({{"in.jsonl", &in}}, o, &out, &result).ok());
  const std::string s = out.str();
  CHECK(s.rfind(R"({"cluster":"bridge","sentences":)", 0) == 0);
  CHECK(s.find("\n{\"input\":\"in.jsonl\",\"line\":2,\"cluster\":null,\"status\":\"error\"") !=
        std::string::npos);
  CHECK(std::count(s.begin(), s.end(), '\n') == 2);
}

TEST_CASE("records escape terminal controls that nlohmann leaves raw", "[batch]") {
  // Found by tests/fuzz/batch_fuzzer: the parser's message quotes the line,
  // so a bidi override (U+202E) reached stdout raw.
  std::istringstream in("{\"cluster\":\"evil\u202E\\\":\"x\"}]}\n");
  BatchOptions o;
  o.out_dir = "-";
  std::ostringstream out;
  BatchResult result;
  REQUIRE(RunBatch({{"in.jsonl", &in}}, o, &out, &result).ok());
  CHECK(result.failed == 1);
  CHECK(out.str().find("\u202E") == std::string::npos);
  CHECK(out.str().find("evil\\u202E") != std::string::npos);

  // Manifest records: DEL and a C1 control (U+0085) in a cluster id.
  std::string line = kLine;
  line.replace(line.find("bridge"), 6, "br\x7F\u0085idge");
  std::istringstream in2(line + "\n");
  o.out_dir = TempDir();
  REQUIRE(RunBatch({{"in.jsonl", &in2}}, o, nullptr, &result).ok());
  const std::string manifest = ReadFileOrDie(o.out_dir + "/manifest.jsonl");
  CHECK(manifest.find("\"cluster\":\"br\\u007F\\u0085idge\"") != std::string::npos);
}

TEST_CASE("bad batch options are rejected", "[batch]") {
  BatchOptions o;
  CHECK(!o.Validate().ok());  // no out_dir
  o.out_dir = "x";
  CHECK(o.Validate().ok());
  o.shard_index = 2;
  o.shard_count = 2;
  CHECK(o.Validate().code() == Status::Code::kInvalidArgument);
  o.shard_index = 0;
  o.out_dir = "-";
  o.resume = true;
  CHECK(!o.Validate().ok());
  o.resume = false;
  o.format = "pdf";
  CHECK(!o.Validate().ok());
  o.format = "json";
  CHECK(o.Validate().ok());
  // The batch's own thread count has the library's bound (kMaxThreads), as
  // every other options struct: through the API it went unchecked.
  o.threads = kMaxThreads + 1;
  CHECK(o.Validate().code() == Status::Code::kInvalidArgument);
  o.threads = -1;
  CHECK(!o.Validate().ok());
  o.threads = kMaxThreads;
  CHECK(o.Validate().ok());
}

// A stream that gives `bytes` and then fails as a file's does: its
// underflow throws (the istream turns that into badbit), with errno set to
// `err` first as filebuf leaves it after read(2).
class FailingBuf : public std::streambuf {
 public:
  FailingBuf(std::string bytes, int err) : bytes_(std::move(bytes)), err_(err) {
    setg(bytes_.data(), bytes_.data(), bytes_.data() + bytes_.size());
  }

 protected:
  int_type underflow() override {
    errno = err_;
    throw std::runtime_error("read failed");
  }

 private:
  std::string bytes_;
  int err_;
};

TEST_CASE("batch: a failed read names the line and the bytes reached, and errno's reason",
          "[batch]") {
  // Two whole lines and part of a third, then the failure.
  const std::string bytes = kLine + "\n\n" + kLine + "\n{\"cluster\": \"c\", ";
  for (const int err : {EIO, 0}) {
    FailingBuf buf(bytes, err);
    std::istream in(&buf);
    BatchOptions o;
    o.out_dir = "-";
    o.threads = 1;
    std::ostringstream out;
    BatchResult result;
    const Status s = RunBatch({{"in.jsonl", &in}}, o, &out, &result);
    INFO(s.message());
    CHECK(s.code() == Status::Code::kIOError);
    // Line 4 was being read; 0 is no reason known, and none is given.
    CHECK(s.message() == "in.jsonl:4: cannot read after " + std::to_string(bytes.size()) +
                             " bytes" + (err == EIO ? ": Input/output error" : ""));
  }
}

}  // namespace test
}  // namespace chorus
