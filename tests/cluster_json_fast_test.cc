// Differential tests of the in-place cluster reader (src/cluster_json_fast.h):
// ParseCluster (the in-place reader, then nlohmann when it declines) against
// ParseClusterWithNlohmann (nlohmann alone) must give the same status,
// message, cluster and warnings, on a table of cases, on random mutations
// of valid clusters, and on every line of ../shared/data (skipped with a
// message when absent). Also checks that the usual shape does take the
// in-place path, so the comparison is not vacuous.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "cluster_json_fast.h"
#include "loader_internal.h"
#include "test_util.h"

namespace chorus {
namespace {

struct Outcome {
  Status status;
  Cluster cluster;
  std::vector<std::string> warnings;
};

Outcome Run(bool fast, std::string_view json, const LoadOptions& options) {
  Outcome out;
  out.cluster.id = "untouched";
  out.warnings.push_back("before");
  out.status = fast ? internal::ParseCluster(json, "c.json", options, &out.cluster, &out.warnings)
                    : internal::ParseClusterWithNlohmann(json, "c.json", options, &out.cluster,
                                                         &out.warnings);
  return out;
}

bool SameDocument(const Document& a, const Document& b) {
  return a.id == b.id && a.title == b.title && a.source == b.source && a.url == b.url &&
         a.date == b.date && a.text == b.text && a.text_offset == b.text_offset;
}

// The options the comparisons run under: defaults, lossy, tight limits.
std::vector<LoadOptions> OptionSets() {
  std::vector<LoadOptions> sets(4);
  sets[1].lossy_utf8 = true;
  sets[2].max_article_bytes = 8;
  sets[3].max_articles = 2;
  sets[3].max_cluster_bytes = 200;
  return sets;
}

// Requires both readers to agree on `json` under every option set; returns
// whether the in-place reader accepted it with the default options.
bool RequireSame(std::string_view json) {
  for (const LoadOptions& options : OptionSets()) {
    const Outcome fast = Run(true, json, options);
    const Outcome slow = Run(false, json, options);
    INFO("input: " << std::string(json) << "\nlossy " << options.lossy_utf8 << ", article limit "
                   << options.max_article_bytes << ", article count "
                   << options.max_articles);
    REQUIRE(fast.status.code() == slow.status.code());
    REQUIRE(fast.status.message() == slow.status.message());
    REQUIRE(fast.cluster.id == slow.cluster.id);
    REQUIRE(fast.cluster.docs.size() == slow.cluster.docs.size());
    for (size_t i = 0; i < fast.cluster.docs.size(); ++i)
      REQUIRE(SameDocument(fast.cluster.docs[i], slow.cluster.docs[i]));
    REQUIRE(fast.warnings == slow.warnings);
  }
  Cluster cluster;
  return internal::FastParseCluster(json, "c.json", LoadOptions(), &cluster, nullptr);
}

// All the bytes of a literal, NULs included.
template <size_t N>
std::string_view Bytes(const char (&s)[N]) {
  return std::string_view(s, N - 1);
}

const char* const kCases[] = {
    // The usual shape, with every field, nulls, unknown keys, whitespace.
    R"({"cluster":"c1","docs":[{"id":"a","text":"One. Two."}]})",
    " \t\r\n{ \"cluster\" : \"c1\" , \"docs\" : [ { \"id\" : \"a\" , \"text\" : \"x\" } ] } \n",
    R"({"docs":[{"id":"a","title":"T","source":"S","url":"U","date":"D","text":"x"}]})",
    R"({"cluster":null,"docs":[{"id":"a","title":null,"source":null,"url":null,"date":null,"text":"x"}]})",
    R"({"cluster":"","docs":[]})",
    R"({"docs":[],"cluster":"c"})",
    R"({"cluster":"c","docs":[{}]})",
    R"({"cluster":"c","extra":"v","flag":true,"off":false,"none":null,"docs":[{"id":"a","text":"x","k":"v","":"e"}]})",
    R"({"cluster":"c","docs":[{"id":"a","text":"x"},{"id":"b","text":"y"},{"id":"c","text":"z"}]})",
    // Escapes, valid and not.
    R"({"cluster":"c\"q\\b\/s\b\f\n\r\t","docs":[{"id":"\u0041\u00e9\u20AC\ud83d\ude00","text":"a\u0000b"}]})",
    R"({"cluster":"c","docs":[{"id":"a","text":"\ud83d"}]})",
    R"({"cluster":"c","docs":[{"id":"a","text":"\ud83dx"}]})",
    R"({"cluster":"c","docs":[{"id":"a","text":"\ud83d\u0041"}]})",
    R"({"cluster":"c","docs":[{"id":"a","text":"\ude00"}]})",
    R"({"cluster":"c","docs":[{"id":"a","text":"\u12"}]})",
    R"({"cluster":"c","docs":[{"id":"a","text":"\u12g4"}]})",
    R"({"cluster":"c","docs":[{"id":"a","text":"\x"}]})",
    R"({"cluster":"c","docs":[{"id":"a","text":"x\)",
    R"({"cluster":"c","docs":[{"\u0069d":"a","text":"x"}]})",
    R"({"cluster":"c","docs":[{"id":"a","id":"b","text":"x"}]})",
    R"({"cluster":"c","docs":[{"id":"a","\u0069d":"b","text":"x"}]})",
    // Raw control bytes and invalid UTF-8 inside strings.
    "{\"cluster\":\"c\",\"docs\":[{\"id\":\"a\",\"text\":\"tab\there\"}]}",
    "{\"cluster\":\"c\",\"docs\":[{\"id\":\"a\",\"text\":\"bad \xC3 byte\"}]}",
    "{\"cluster\":\"c\",\"docs\":[{\"id\":\"a\",\"text\":\"surrogate \xED\xA0\x80\"}]}",
    "{\"cluster\":\"c\",\"docs\":[{\"id\":\"a\",\"text\":\"nul \0 byte\"}]}",
    // Blank articles (warnings), duplicates, missing or empty fields.
    R"({"cluster":"c","docs":[{"id":"a","text":"  \n "},{"id":"b","text":"x"}]})",
    R"({"cluster":"c","docs":[{"id":"a","text":""},{"id":"a","text":"x"}]})",
    R"({"cluster":"c","docs":[{"id":"a","text":"x"},{"id":"a","text":"y"}]})",
    R"({"cluster":"c","docs":[{"id":"","text":"x"}]})",
    R"({"cluster":"c","docs":[{"text":"x"}]})",
    R"({"cluster":"c","docs":[{"id":"a"}]})",
    R"({"cluster":"c","docs":[{"id":null,"text":"x"}]})",
    R"({"cluster":"c","docs":[{"id":"a","text":null}]})",
    R"({"cluster":"c","cluster":"d","docs":[]})",
    R"({"cluster":"c","docs":[],"docs":[]})",
    R"({"cluster":"c","x":"1","x":"2","docs":[]})",
    // Wrong types, numbers, nesting.
    R"({"cluster":1,"docs":[]})",
    R"({"cluster":"c","docs":{}})",
    R"({"cluster":"c","docs":null})",
    R"({"cluster":"c"})",
    R"({"cluster":"c","docs":[1]})",
    R"({"cluster":"c","docs":[{"id":7,"text":"x"}]})",
    R"({"cluster":"c","docs":[{"id":"a","text":["x"]}]})",
    R"({"cluster":"c","docs":[{"id":"a","text":"x","title":false}]})",
    R"({"cluster":"c","n":1e999,"docs":[]})",
    R"({"cluster":"c","n":-0.5e3,"docs":[]})",
    R"({"cluster":"c","o":{"k":1,"k":2},"docs":[]})",
    R"({"cluster":"c","a":[[],{}],"docs":[]})",
    R"({"cluster":"c","refs":["r1","r\u00e9",null,true,false],"ids":[],"docs":[]})",
    R"({"cluster":"c","refs":["r1",],"docs":[]})",
    R"({"cluster":"c","refs":["r1" "r2"],"docs":[]})",
    R"({"cluster":"c","refs":["r1",1],"docs":[]})",
    R"({"cluster":"c","refs":["r1\q"],"docs":[]})",
    // Syntax: trailing bytes, commas, literals, roots, BOM, comments.
    R"({"cluster":"c","docs":[]} x)",
    "{\"cluster\":\"c\",\"docs\":[]}\0trailing",
    R"({"cluster":"c","docs":[],})",
    R"({"cluster":"c","docs":[{"id":"a","text":"x"},]})",
    R"({"cluster":"c","docs":[{"id":"a","text":"x",}]})",
    R"({"cluster":"c","t":tru,"docs":[]})",
    R"({"cluster":"c","t":nullx,"docs":[]})",
    R"({"cluster":"c" "docs":[]})",
    R"({"cluster" "c","docs":[]})",
    R"({"cluster":"c","docs":[]})"
    "\xEF\xBB\xBF",
    "\xEF\xBB\xBF{\"cluster\":\"c\",\"docs\":[{\"id\":\"a\",\"text\":\"x\"}]}",
    "{\"cluster\":\"c\",/* c */\"docs\":[]}",
    "[]",
    "\"s\"",
    "",
    "   ",
    "{",
    "{\"cluster\":\"c\",\"docs\":[",
    "{\"cluster\":\"c\",\"docs\":[{\"id\":\"a\",\"text\":\"x\"}",
    "{\"cluster\":\"c\",\"docs\":[{\"id\":\"a\",\"text\":\"unterminated",
    "{\"cluster\":\"c\",\"docs\":[{\"id\":\"a\",\"text\":\"x\"}]}\n\n{}",
    // Limits: over 2 articles, over 8 bytes, over 200 bytes of cluster.
    R"({"cluster":"c","docs":[{"id":"a","text":"x"},{"id":"b","text":"y"},{"id":"c","text":"z"}]})",
    R"({"cluster":"c","docs":[{"id":"a","text":"123456789"}]})",
    R"({"cluster":"c","docs":[{"id":"a","text":"12345678","title":"123456789"}]})",
    R"({"cluster":"c","docs":[{"id":"a","text":"x","date":"123456789"}]})",
    R"({"cluster":"c","docs":[{"id":"a long identifier, more than eight bytes","text":"x"}]})",
};

TEST_CASE("in-place reader and nlohmann agree on a table of cases", "[input]") {
  for (const char* json : kCases) RequireSame(json);
  // Cases that hold a NUL byte (cut short by the literals above).
  RequireSame(Bytes("{\"cluster\":\"c\",\"docs\":[]}\0trailing"));
  RequireSame(Bytes("{\"cluster\":\"c\",\"docs\":[{\"id\":\"a\",\"text\":\"nul \0 byte\"}]}"));
  RequireSame(Bytes("{\"cluster\":\"c\",\0\"docs\":[]}"));
  const std::string big(300, 'x');
  RequireSame(R"({"cluster":"c","docs":[{"id":"a","text":")" + big + "\"}]}");
}

TEST_CASE("the usual shape takes the in-place path", "[input]") {
  const LoadOptions options;
  Cluster cluster;
  std::vector<std::string> warnings;
  REQUIRE(internal::FastParseCluster(
      R"({"cluster":"c","docs":[{"id":"a","title":"T","date":"D","text":"x\ny \u00e9"},{"id":"b","text":" "}]})",
      "c.json", options, &cluster, &warnings));
  REQUIRE(cluster.id == "c");
  REQUIRE(cluster.docs.size() == 1);
  REQUIRE(cluster.docs[0].text == "x\ny \xC3\xA9");
  REQUIRE(warnings == std::vector<std::string>{"c.json: docs[1] (id \"b\"): empty article, skipped"});
  // Declined (nlohmann decides): a byte order mark, a number, an error.
  REQUIRE_FALSE(internal::FastParseCluster("\xEF\xBB\xBF{\"docs\":[]}", "c.json", options,
                                           &cluster, &warnings));
  REQUIRE_FALSE(internal::FastParseCluster(R"({"n":1,"docs":[]})", "c.json", options,
                                           &cluster, &warnings));
  REQUIRE_FALSE(internal::FastParseCluster(R"({"docs":[{"id":"a"}]})", "c.json", options,
                                           &cluster, &warnings));
  REQUIRE(cluster.id == "c");  // untouched when declining
}

// A random edit of `json`: delete, duplicate, or replace/insert a byte drawn
// from the characters that matter to JSON and UTF-8.
std::string Mutate(std::string json, std::mt19937* rng) {
  static const std::string kBytes = std::string("{}[]:,\"\\/ \t\n\r0123456789-+.eEtrufalsn"
                                                "ubfnrtu\x01\x1F\x7F\x80\xBF\xC3\xE2\xED\xEF\xF0\xF4\xFF") +
                                    std::string(1, '\0');
  const int edits = 1 + static_cast<int>((*rng)() % 3);
  for (int e = 0; e < edits && !json.empty(); ++e) {
    const size_t at = (*rng)() % json.size();
    const char c = kBytes[(*rng)() % kBytes.size()];
    switch ((*rng)() % 4) {
      case 0: json.erase(at, 1 + (*rng)() % 3); break;
      case 1: json.insert(at, 1, c); break;
      case 2: json[at] = c; break;
      default: json.insert(at, json.substr(at, 1 + (*rng)() % 8)); break;
    }
  }
  return json;
}

TEST_CASE("in-place reader and nlohmann agree on random mutations", "[input]") {
  const std::string seeds[] = {
      R"({"cluster":"c1","docs":[{"id":"a","title":"T","text":"One. \"Two\".\u00e9"},{"id":"b","text":" "}]})",
      R"({"docs":[{"id":"x\ud83d\ude00","date":null,"text":"t\n\t"},{"id":"y","text":"z","k":true}],"cluster":null,"refs":["a",null]})",
      "{\"cluster\":\"\xC3\xA9t\xC3\xA9\",\"docs\":[{\"id\":\"1\",\"url\":\"u\",\"source\":\"s\",\"text\":\"caf\xC3\xA9 \xE2\x82\xAC\"}]}",
  };
  std::mt19937 rng(12345);
  int accepted = 0;
  for (int i = 0; i < 6000; ++i) {
    const std::string& seed = seeds[i % 3];
    accepted += RequireSame(Mutate(seed, &rng));
  }
  // Both paths are exercised: mutations the in-place reader accepts, and
  // ones it leaves to nlohmann.
  CHECK(accepted > 300);
  CHECK(accepted < 5700);
}

TEST_CASE("in-place reader and nlohmann agree on every line of ../shared/data", "[input]") {
  int files = 0;
  for (const char* rel : {"/data/duc2003/clusters.jsonl", "/data/duc2006/clusters.jsonl"}) {
    std::ifstream in(test::SharedDir() + rel, std::ios::binary);
    if (!in) continue;
    ++files;
    std::string line;
    int lines = 0;
    int accepted = 0;
    while (std::getline(in, line)) {
      accepted += RequireSame(line);
      ++lines;
    }
    REQUIRE(lines > 0);
    CHECK(accepted == lines);  // real data has the usual shape
  }
  if (files == 0) WARN("SKIPPED: " << test::SharedDir() << "/data not found");
}

}  // namespace
}  // namespace chorus
