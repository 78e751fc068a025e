// Tests of the input loader's parsers (include/chorus/loader.h), on bytes in
// memory: title detection, empty articles, UTF-8, limits, JSON clusters.
// LoadCluster on files and folders: load_cluster_test.cc.

#include "chorus/loader.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace chorus {
namespace {

struct TitleCase {
  const char* name;
  std::string bytes;
  std::string title;   // "" = no title
  size_t text_offset;  // the text is bytes.substr(text_offset)
};

std::string Words(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += (i ? " w" : "w") + std::to_string(i);
  return out;
}

TEST_CASE("ParseArticleText detects the title line", "[input]") {
  const TitleCase cases[] = {
      {"title, blank line, body", "Haftar leaves Moscow\n\nBody text.",
       "Haftar leaves Moscow", 22},
      {"no blank line after first line", "Haftar leaves Moscow\nBody text.", "",
       0},
      {"single paragraph", "One sentence. Another sentence.", "", 0},
      {"first line ends with a period", "A full sentence.\n\nBody.", "", 0},
      {"ends with ! in closing quotes", "He said \"stop!\"\n\nBody.", "", 0},
      {"ends with ? in curly quote", "Is it over?\xE2\x80\x9D\n\nBody.", "", 0},
      {"ends with . in brackets", "(Reuters.)\n\nBody.", "", 0},
      {"colon is not final", "Updated On:\n\nBody.", "Updated On:", 13},
      {"25 words is a title", Words(25) + "\n\nBody.", Words(25),
       Words(25).size() + 2},
      {"26 words is not", Words(26) + "\n\nBody.", "", 0},
      {"CRLF", "Title here\r\n\r\nBody\r\nmore.", "Title here", 14},
      {"lone CR", "Title here\r\rBody.", "Title here", 12},
      {"several blank lines with spaces", "Title\n \n\t\r\n\nBody.", "Title",
       12},
      {"title trimmed", "  Title here \t\n\nBody.", "Title here", 16},
      {"first line blank", "\n\nBody.", "", 0},
      {"headline only keeps its text", "Just a headline\n\n \n", "", 0},
      {"headline without blank line", "Just a headline\n", "", 0},
      {"BOM then title", "\xEF\xBB\xBFTitle\n\nBody.", "Title", 10},
      // A label above the headline: the headline, which shares words with
      // the text, is the title and the label is dropped.
      {"section label above the headline",
       "World News\n\nHaftar leaves Moscow\n\nHaftar flew home.",
       "Haftar leaves Moscow", 34},
      {"label match ignores case", "SPORT | FOOTBALL\n\nCity win cup\n\nThe CITY side won.",
       "City win cup", 32},
      {"label sharing a word with the text stays the title",
       "Libya\n\nHaftar leaves Moscow\n\nHaftar left Libya.", "Libya", 7},
      {"neither shares a word: the first line stays",
       "World News\n\nBreaking\n\nRain fell.", "World News", 12},
      {"a second line that is a sentence is text",
       "World News\n\nHaftar left.\n\nHaftar flew home.", "World News", 12},
      {"words under 4 letters do not count",
       "Top of it\n\nCity win cup\n\nTop of the city.", "City win cup", 25},
      {"BOM without title",
       "\xEF\xBB\xBF"
       "Body.",
       "", 3},
  };
  for (const TitleCase& c : cases) {
    INFO(c.name);
    Document doc;
    bool empty = true;
    REQUIRE(ParseArticleText(c.bytes, "a.txt", "a.txt", {}, &doc, &empty).ok());
    CHECK(doc.id == "a.txt");
    CHECK(doc.title == c.title);
    CHECK(doc.text_offset == c.text_offset);
    CHECK(doc.text == c.bytes.substr(c.text_offset));
    CHECK_FALSE(empty);
  }
}

TEST_CASE("ParseArticleText flags whitespace-only articles", "[input]") {
  for (std::string bytes :
       {"", "  \n\t\r\n", "\xEF\xBB\xBF \n", "\xC2\xA0\xE2\x80\x83\n"}) {
    Document doc;
    bool empty = false;
    REQUIRE(ParseArticleText(bytes, "e", "e.txt", {}, &doc, &empty).ok());
    CHECK(empty);
  }
}

TEST_CASE("ParseArticleText rejects or repairs invalid UTF-8", "[input]") {
  Document doc;
  bool empty = false;
  Status s = ParseArticleText(
      "abc\xFF"
      "def",
      "a", "a.txt", {}, &doc, &empty);
  CHECK(s.code() == Status::Code::kInvalidInput);
  CHECK(s.message() == "a.txt: invalid UTF-8 at byte 3");
  // The offset counts the BOM: it is an offset in the file.
  s = ParseArticleText(
      "\xEF\xBB\xBF"
      "ab\xC0\xAF",
      "a", "a.txt", {}, &doc, &empty);
  CHECK(s.message() == "a.txt: invalid UTF-8 at byte 5");

  LoadOptions lossy;
  lossy.lossy_utf8 = true;
  REQUIRE(ParseArticleText("Title\n\nab\xFF"
                           "cd\xE2\x82",
                           "a", "a.txt", lossy, &doc, &empty)
              .ok());
  CHECK(doc.title == "Title");
  CHECK(doc.text ==
        "ab\xEF\xBF\xBD"
        "cd\xEF\xBF\xBD");
}

TEST_CASE("ParseArticleText enforces max_article_bytes", "[input]") {
  LoadOptions options;
  options.max_article_bytes = 10;
  Document doc;
  bool empty = false;
  CHECK(
      ParseArticleText("0123456789", "a", "a.txt", options, &doc, &empty).ok());
  Status s =
      ParseArticleText("0123456789x", "a", "a.txt", options, &doc, &empty);
  CHECK(s.code() == Status::Code::kLimitExceeded);
  CHECK(s.message() ==
        "a.txt: article is 11 bytes, over the limit of 10 bytes "
        "(raise it with --max-article-bytes)");
}

struct JsonCase {
  const char* name;
  std::string json;
  std::string message;  // expected message, or its start when ending "..."
};

TEST_CASE("ParseClusterJson checks structure and types", "[input]") {
  const JsonCase cases[] = {
      {"missing id", R"({"docs": [{"text": "x"}]})",
       "c.json: docs[0].id: missing"},
      {"missing text", R"({"docs": [{"id": "a"}]})",
       "c.json: docs[0].text: missing"},
      {"null text", R"({"docs": [{"id": "a", "text": null}]})",
       "c.json: docs[0].text: missing"},
      {"text is a number",
       R"({"docs": [{"id": "a", "text": "x"}, {"id": "b", "text": "y"},
                    {"id": "c", "text": 5}]})",
       "c.json: docs[2].text: expected a string"},
      {"id is a number", R"({"docs": [{"id": 7, "text": "x"}]})",
       "c.json: docs[0].id: expected a string"},
      {"empty id", R"({"docs": [{"id": "", "text": "x"}]})",
       "c.json: docs[0].id: empty"},
      {"title is an array",
       R"({"docs": [{"id": "a", "text": "x", "title": []}]})",
       "c.json: docs[0].title: expected a string"},
      {"cluster is a number", R"({"cluster": 5, "docs": []})",
       "c.json: cluster: expected a string"},
      {"docs not an array", R"({"docs": {"id": "a"}})",
       "c.json: docs: expected an array"},
      {"docs missing", R"({"cluster": "x"})", "c.json: docs: missing"},
      {"doc not an object", R"({"docs": [{"id": "a", "text": "x"}, "b"]})",
       "c.json: docs[1]: expected an object"},
      {"top level array", R"([{"id": "a", "text": "x"}])",
       "c.json: expected a {\"cluster\", \"docs\"} object"},
      {"duplicate id",
       R"({"docs": [{"id": "a", "text": "x"}, {"id": "b", "text": "y"},
                    {"id": "a", "text": "z"}]})",
       "c.json: duplicate document id \"a\" (docs[0] and docs[2])"},
      {"malformed literal",
       "{\n  \"docs\": [\n    {\"id\": \"a\", \"text\": tru}",
       "c.json:3:28: malformed JSON: syntax error while parsing value - "
       "invalid literal; last read: '\"text\": tru}'"},
      {"unexpected end", "{\"docs\": [",
       "c.json:1:11: malformed JSON: syntax error while parsing value - "
       "unexpected end of input..."},
      {"trailing garbage", "{\"docs\": []}\nx",
       "c.json:2:1: malformed JSON: ..."},
      {"lone surrogate escape", R"({"docs": [{"id": "a", "text": "\ud800"}]})",
       "c.json:1:38: malformed JSON: ..."},
      {"invalid UTF-8 in a string",
       "{\"docs\": [{\"id\": \"a\",\n \"text\": \"x\xFFy\"}]}",
       "c.json:2:12: invalid UTF-8 at byte 33"},
      {"raw newline in a long string",
       "{\"docs\": [{\"id\": \"a\", \"text\": \"" + std::string(1000, 'w') +
           "\nw\"}]}",
       "c.json:1:1032: malformed JSON: ..."},
  };
  for (const JsonCase& c : cases) {
    INFO(c.name);
    Cluster cluster;
    cluster.id = "untouched";
    const Status s = ParseClusterJson(c.json, "c.json", {}, &cluster, nullptr);
    CHECK(s.code() == Status::Code::kInvalidInput);
    if (c.message.ends_with("...")) {
      const std::string start = c.message.substr(0, c.message.size() - 3);
      CHECK(s.message().substr(0, start.size()) == start);
      CHECK(s.message().size() < 400);  // long tokens are cut
    } else {
      CHECK(s.message() == c.message);
    }
    CHECK(cluster.id == "untouched");
  }
}

TEST_CASE("ParseClusterJson reads documents", "[input]") {
  std::vector<std::string> warnings;
  Cluster cluster;
  SECTION("minimal: id from the name") {
    REQUIRE(ParseClusterJson(R"({"docs": [{"id": "a", "text": "Hello."}]})",
                             "dir/d30003t.json", {}, &cluster, &warnings)
                .ok());
    CHECK(cluster.id == "d30003t");
    REQUIRE(cluster.docs.size() == 1);
    CHECK(cluster.docs[0].id == "a");
    CHECK(cluster.docs[0].text == "Hello.");
    CHECK(cluster.docs[0].title.empty());
  }
  SECTION("all fields, unknown keys, nulls, BOM") {
    REQUIRE(ParseClusterJson("\xEF\xBB\xBF"
                             R"({"cluster": "D0601A", "references": ["r"],
          "docs": [{"id": "NYT1", "title": "T", "source": "NYT", "url": "u",
                    "date": "1998-06-12", "text": "Body\n\nMore.",
                    "extra": {"n": [1, 2]}},
                   {"id": "APW2", "title": null, "text": "Caf\u00e9."}]})",
                             "c.json", {}, &cluster, &warnings)
                .ok());
    CHECK(cluster.id == "D0601A");
    REQUIRE(cluster.docs.size() == 2);
    const Document& d = cluster.docs[0];
    CHECK((d.id == "NYT1" && d.title == "T" && d.source == "NYT" &&
           d.url == "u" && d.date == "1998-06-12"));
    CHECK(d.text == "Body\n\nMore.");
    CHECK(cluster.docs[1].text == "Caf\xC3\xA9.");
    CHECK(cluster.docs[1].title.empty());
  }
  SECTION("empty texts are skipped with a warning") {
    REQUIRE(
        ParseClusterJson(
            R"({"docs": [{"id": "a", "text": " \n\t"}, {"id": "b", "text": "B."},
                     {"id": "c", "text": ""}]})",
            "c.json", {}, &cluster, &warnings)
            .ok());
    REQUIRE(cluster.docs.size() == 1);
    CHECK(cluster.docs[0].id == "b");
    CHECK(warnings ==
          std::vector<std::string>{
              "c.json: docs[0] (id \"a\"): empty article, skipped",
              "c.json: docs[2] (id \"c\"): empty article, skipped"});
  }
  SECTION("a date DateKey cannot read is kept, with a warning") {
    REQUIRE(ParseClusterJson(
                R"({"docs": [{"id": "a", "text": "A.", "date": "1998-06-30"},
                             {"id": "b", "text": "B.", "date": "1998-30-06"},
                             {"id": "c", "text": "C.", "date": "June 30, 1998"},
                             {"id": "d", "text": "D.", "date": "1998-06-30T12:00:00Z"},
                             {"id": "e", "text": "E.", "date": "1998"},
                             {"id": "f", "text": "F.", "date": "1998-06"},
                             {"id": "g", "text": "G.", "date": "1998-06-00"},
                             {"id": "h", "text": "H.", "date": "19980630"},
                             {"id": "i", "text": "I.", "date": null},
                             {"id": "j", "text": "J.", "date": "Tue, 30 Jun 1998 12:00:00 GMT"},
                             {"id": "k", "text": "K.", "date": "1998-06-30 noon"}]})",
                "c.json", {}, &cluster, &warnings)
                .ok());
    REQUIRE(cluster.docs.size() == 11);
    CHECK(cluster.docs[1].date == "1998-30-06");
    CHECK(cluster.docs[9].date == "Tue, 30 Jun 1998 12:00:00 GMT");  // kept as given
    const std::string tail =
        "): not a date chorus reads (ISO 8601, as 2020-01-14 or 2020-01-14T08:00:00Z, or RFC "
        "822, as RSS gives it); the chronological order compares it as text";
    CHECK(warnings == std::vector<std::string>{
                          "c.json: docs[1].date \"1998-30-06\" (id \"b\"" + tail,
                          "c.json: docs[2].date \"June 30, 1998\" (id \"c\"" + tail,
                          "c.json: docs[6].date \"1998-06-00\" (id \"g\"" + tail,
                          "c.json: docs[7].date \"19980630\" (id \"h\"" + tail,
                          "c.json: docs[10].date \"1998-06-30 noon\" (id \"k\"" + tail});
  }
  SECTION("a long bad date is shown cut at a character boundary") {
    const std::string date = std::string(39, 'x') + "\xC3\xA9" + std::string(10, 'y');
    REQUIRE(ParseClusterJson(R"({"docs": [{"id": "a", "text": "A.", "date": ")" + date +
                                 R"("}]})",
                             "c.json", {}, &cluster, &warnings)
                .ok());
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].starts_with("c.json: docs[0].date \"" + std::string(39, 'x') +
                                  "...\" (id \"a\")"));
  }
  SECTION("lossy UTF-8 repairs strings") {
    LoadOptions lossy;
    lossy.lossy_utf8 = true;
    REQUIRE(
        ParseClusterJson("{\"docs\": [{\"id\": \"a\", \"text\": \"x\xFFy\"}]}",
                         "c.json", lossy, &cluster, &warnings)
            .ok());
    CHECK(cluster.docs[0].text == "x\xEF\xBF\xBDy");
  }
  SECTION("max_article_bytes applies to each text") {
    LoadOptions options;
    options.max_article_bytes = 3;
    const Status s = ParseClusterJson(
        R"({"docs": [{"id": "a", "text": "abc"}, {"id": "b", "text": "abcd"}]})",
        "c.json", options, &cluster, &warnings);
    CHECK(s.code() == Status::Code::kLimitExceeded);
    CHECK(s.message() ==
          "c.json: docs[1].text: article is 4 bytes, over the "
          "limit of 3 bytes (raise it with --max-article-bytes)");
  }
  SECTION("max_article_bytes applies to titles too") {
    LoadOptions options;
    options.max_article_bytes = 3;
    const Status s = ParseClusterJson(
        R"({"docs": [{"id": "a", "title": "abcd", "text": "abc"}]})", "c.json",
        options, &cluster, &warnings);
    CHECK(s.code() == Status::Code::kLimitExceeded);
    CHECK(s.message() ==
          "c.json: docs[0].title: article is 4 bytes, over the "
          "limit of 3 bytes (raise it with --max-article-bytes)");
  }
  SECTION("max_cluster_bytes bounds the whole JSON, before it is parsed") {
    LoadOptions options;
    const std::string json = R"({"docs": [{"id": "a", "text": "abc"}]})";
    options.max_cluster_bytes = json.size();
    CHECK(ParseClusterJson(json, "c.json", options, &cluster, &warnings).ok());
    options.max_cluster_bytes = json.size() - 1;
    const Status s = ParseClusterJson(json + "{", "c.json", options, &cluster, &warnings);
    CHECK(s.code() == Status::Code::kLimitExceeded);  // not the syntax error
    CHECK(s.message() == "c.json: cluster is " + std::to_string(json.size() + 1) +
                             " bytes, over the limit of " + std::to_string(json.size() - 1) +
                             " bytes (raise it with --max-cluster-bytes)");
  }
  SECTION("max_articles bounds the docs array, empty ones included") {
    LoadOptions options;
    options.max_articles = 2;
    const Status s = ParseClusterJson(
        R"({"docs": [{"id": "a", "text": "x"}, {"id": "b", "text": " "},
                     {"id": "c", "text": "z"}]})",
        "c.json", options, &cluster, &warnings);
    CHECK(s.code() == Status::Code::kLimitExceeded);
    CHECK(s.message() ==
          "c.json: cluster has 3 articles, over the limit of 2 "
          "(raise it with --max-articles)");
  }
}

// Regression (tests/bad_input): nlohmann kept the last of two equal keys,
// so {"text": A, "text": B} read B where other parsers read A.
TEST_CASE("ParseClusterJson rejects a key given twice in one object",
          "[input]") {
  Cluster cluster;
  Status s = ParseClusterJson(
      R"({"docs": [{"id": "a", "text": "safe", "text": "evil"}]})", "c.json",
      LoadOptions(), &cluster, nullptr);
  CHECK(s.code() == Status::Code::kInvalidInput);
  CHECK(s.message() ==
        "c.json: malformed JSON: key \"text\" appears twice in one object");
  s = ParseClusterJson(R"({"cluster": "c", "cluster": "d", "docs": []})",
                       "c.json", LoadOptions(), &cluster, nullptr);
  CHECK(s.message() ==
        "c.json: malformed JSON: key \"cluster\" appears twice in one object");
  // The same key in sibling or nested objects is fine.
  CHECK(ParseClusterJson(R"({"docs": [{"id": "a", "text": "x", "m": {"id": 1}},
                                      {"id": "b", "text": "y"}]})",
                         "c.json", LoadOptions(), &cluster, nullptr)
            .ok());
}

// Regression (tests/bad_input): 100,000 levels of nesting parse and are
// destroyed without recursion (nlohmann keeps its own stacks).
TEST_CASE("ParseClusterJson survives 100,000 levels of nesting", "[input]") {
  const size_t depth = 100000;
  const std::string json = R"({"x": )" + std::string(depth, '[') +
                           std::string(depth, ']') +
                           R"(, "docs": [{"id": "a", "text": "t"}]})";
  Cluster cluster;
  REQUIRE(ParseClusterJson(json, "c.json", LoadOptions(), &cluster, nullptr).ok());
  CHECK(cluster.docs.size() == 1);
}

TEST_CASE("LoadOptions::Validate checks the limits", "[input]") {
  CHECK(LoadOptions().Validate().ok());
  LoadOptions o;
  o.max_articles = 0;
  CHECK(o.Validate().code() == Status::Code::kInvalidArgument);
  o = LoadOptions();
  o.max_article_bytes = 0;
  CHECK(o.Validate().code() == Status::Code::kInvalidArgument);
  o = LoadOptions();
  o.max_cluster_bytes = 0;
  CHECK(o.Validate().code() == Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace chorus
