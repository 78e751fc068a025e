// Tests for the output formatters (src/formatter.cc, format_text.cc,
// format_markdown.cc, format_json.cc): exact output of every format for one
// hand-made digest, the JSON schema, and the safety rules (no raw terminal
// controls, no link from a non-web URL, no raw HTML).

#include "chorus/formatter.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "format_internal.h"

namespace chorus {
namespace {

// Three articles: one with every field, one with only an id, one whose URL
// is javascript: and whose title hides a bidi mark.
Cluster MakeCluster() {
  Cluster c;
  c.id = "flood-2020";
  Document full;
  full.id = "000_a.txt";
  full.title = "Flood \"warning\" issued";
  full.source = "Daily *News*";
  full.url = "https://example.com/a?x=1&y=(2)";
  full.date = "2020-01-14";
  Document bare;
  bare.id = "001_b.txt";
  Document evil;
  evil.id = "002_c.txt";
  evil.title = "Click <me>\xE2\x80\x8F";  // U+200F RIGHT-TO-LEFT MARK
  evil.source = "Evil_Outlet";
  evil.url = "javascript:alert(1)";
  c.docs = {full, bare, evil};
  return c;
}

// Sentences citing two, two and one sources; text with ESC, U+202E,
// Markdown specials, quotes and a backslash.
Digest MakeDigest() {
  Digest d;
  d.cluster = "flood-2020";
  d.sentences = {
      {"The river rose 2 m at 10:00 \x1b[31mtoday\x1b[0m.", 0, 0, {0, 45},
       1.23456789, {0, 1}, {}},
      {"Officials said \"stay home\" \\ avoid *all* travel_now "
       "\xE2\x80\xAE" "gnp.exe # <b>x</b>",
       1, 2, {10, 80}, 0.5, {1, 2}, {}},
      {"1. Start & [more](javascript:x) | end", 2, 0, {0, 36}, 0.25, {2}, {}},
  };
  d.sentences[0].support = {{1, 3, {50, 75}, "The river rose \x1b fast.", 0.5249}};
  d.sources = {{0}, {1}, {2}};
  d.stats = {3, 12, 2, 40};
  d.candidates = {
      {0, 0, {0, 45}, d.sentences[0].text, 1.23456789, 0.4, 9, true, ""},
      {1, 5, {100, 130}, "Rain fell.", 0.0001234, 0.05, 2, false,
       "redundant with 000_a.txt#0\xC2\x9B"},  // U+009B, C1 CSI
  };
  d.dropped = {{0, {46, 60}, "By Jane \x1b Doe\x7f", "byline"}};
  return d;
}

std::string Render(std::string_view format, const Cluster& cluster,
                   const Digest& digest, bool explain = false) {
  FormatOptions options;
  options.explain = explain;
  std::unique_ptr<Formatter> formatter;
  REQUIRE(NewFormatter(format, options, &formatter).ok());
  std::string out = "stale";
  Status status = formatter->Format(cluster, digest, &out);
  INFO(status.ToString());
  REQUIRE(status.ok());
  return out;
}

std::string Render(std::string_view format, bool explain = false) {
  return Render(format, MakeCluster(), MakeDigest(), explain);
}

// Byte offset of the first raw terminal control in `out` (C0 but '\n',
// DEL, C1, bidi controls), or npos. A byte-level scan written apart from
// the code under test.
size_t FirstUnsafe(std::string_view out) {
  auto u = [&](size_t i) {
    return i < out.size() ? static_cast<unsigned char>(out[i]) : 0;
  };
  for (size_t i = 0; i < out.size(); ++i) {
    const unsigned b = u(i);
    if ((b < 0x20 && b != '\n') || b == 0x7F) return i;
    if (b == 0xC2 && u(i + 1) >= 0x80 && u(i + 1) <= 0x9F) return i;
    if (b == 0xD8 && u(i + 1) == 0x9C) return i;  // U+061C
    if (b == 0xE2 && u(i + 1) == 0x80 &&
        (u(i + 2) == 0x8E || u(i + 2) == 0x8F ||
         (u(i + 2) >= 0xAA && u(i + 2) <= 0xAE)))
      return i;  // U+200E/F, U+202A..E
    if (b == 0xE2 && u(i + 1) == 0x81 && u(i + 2) >= 0xA6 && u(i + 2) <= 0xA9)
      return i;  // U+2066..9
  }
  return std::string_view::npos;
}

TEST_CASE("factory lists the formats and rejects unknown names", "[format]") {
  CHECK(FormatNames() ==
        std::vector<std::string>{"text", "plain", "markdown", "json"});
  const std::vector<std::pair<std::string, std::string>> extensions = {
      {"text", "txt"}, {"plain", "txt"}, {"markdown", "md"}, {"json", "json"}};
  for (const auto& [name, ext] : extensions) {
    std::unique_ptr<Formatter> f;
    REQUIRE(NewFormatter(name, {}, &f).ok());
    REQUIRE(f != nullptr);
    CHECK(f->extension() == ext);
  }
  std::unique_ptr<Formatter> f;
  Status s = NewFormatter("x", {}, &f);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(s.message() ==
        "unknown format 'x' (expected one of: text, plain, markdown, json)");
  CHECK(NewFormatter("Text", {}, &f).code() ==
        Status::Code::kInvalidArgument);
}

TEST_CASE("text: citations, source counts, source list", "[format]") {
  CHECK(Render("text") ==
        "The river rose 2 m at 10:00 \\u001B[31mtoday\\u001B[0m. [1][2] "
        "(2 sources)\n"
        "\n"
        "Officials said \"stay home\" \\ avoid *all* travel_now "
        "\\u202Egnp.exe # <b>x</b> [2][3] (2 sources)\n"
        "\n"
        "1. Start & [more](javascript:x) | end [3]\n"
        "\n"
        "Sources:\n"
        "[1] Flood \"warning\" issued (000_a.txt) — Daily *News*, 2020-01-14 "
        "https://example.com/a?x=1&y=(2)\n"
        "[2] 001_b.txt\n"
        "[3] Click <me>\\u200F (002_c.txt) — Evil_Outlet javascript:alert(1)\n");
}

TEST_CASE("text: explain adds candidates and dropped lines", "[format]") {
  const std::string plain = Render("text");
  const std::string explained = Render("text", true);
  REQUIRE(explained.substr(0, plain.size()) == plain);
  CHECK(explained.substr(plain.size()) ==
        "\n"
        "Evidence (the sentence in each other cited article):\n"
        "#1 001_b.txt#3 cosine 0.52: The river rose \\u001B fast.\n"
        "\n"
        "Candidates:\n"
        "[x] 1.2346 topic 0.4000 9 words 000_a.txt#0 The river rose 2 m at "
        "10:00 \\u001B[31mtoday\\u001B[0m.\n"
        "[ ] 0.0001 topic 0.0500 2 words 001_b.txt#5 Rain fell. (redundant "
        "with 000_a.txt#0\\u009B)\n"
        "\n"
        "Dropped:\n"
        "000_a.txt [46,60) byline: By Jane \\u001B Doe\\u007F\n");
  CHECK(plain.find("Candidates:") == std::string::npos);
  CHECK(plain.find("Dropped:") == std::string::npos);
}

TEST_CASE("plain: the sentences only", "[format]") {
  CHECK(Render("plain") ==
        "The river rose 2 m at 10:00 \\u001B[31mtoday\\u001B[0m.\n"
        "Officials said \"stay home\" \\ avoid *all* travel_now "
        "\\u202Egnp.exe # <b>x</b>\n"
        "1. Start & [more](javascript:x) | end\n");
  CHECK(Render("plain", true) == Render("plain"));
}

TEST_CASE("markdown: escaped text, anchored citations, safe links",
          "[format]") {
  CHECK(Render("markdown") == R"md(# flood-2020

- The river rose 2 m at 10:00 \\u001B\[31mtoday\\u001B\[0m. [[1]](#source-1)[[2]](#source-2) (2 sources)
- Officials said "stay home" \\ avoid \*all\* travel\_now \\u202Egnp.exe \# \<b\>x\</b\> [[2]](#source-2)[[3]](#source-3) (2 sources)
- 1\. Start \& \[more\](javascript:x) \| end [[3]](#source-3)

## Sources

1. <a id="source-1"></a>[Flood "warning" issued](https://example.com/a?x=1\&y=\(2\)) (000\_a.txt) — Daily \*News\*, 2020-01-14
2. <a id="source-2"></a>001\_b.txt
3. <a id="source-3"></a>Click \<me\>\\u200F (002\_c.txt) — Evil\_Outlet javascript:alert(1)
)md");
}

TEST_CASE("markdown: explain adds two tables", "[format]") {
  const std::string plain = Render("markdown");
  const std::string explained = Render("markdown", true);
  REQUIRE(explained.substr(0, plain.size()) == plain);
  CHECK(explained.substr(plain.size()) == R"md(
## Candidates

| chosen | centrality | topic | words | doc | sentence | text | note |
|---|---:|---:|---:|---|---:|---|---|
| yes | 1.2346 | 0.4000 | 9 | 000\_a.txt | 0 | The river rose 2 m at 10:00 \\u001B\[31mtoday\\u001B\[0m. |  |
| no | 0.0001 | 0.0500 | 2 | 001\_b.txt | 5 | Rain fell. | redundant with 000\_a.txt\#0\\u009B |

## Dropped

| doc | span | reason | text |
|---|---|---|---|
| 000\_a.txt | \[46,60) | byline | By Jane \\u001B Doe\\u007F |
)md");
  CHECK(plain.find("## Candidates") == std::string::npos);
}

TEST_CASE("markdown: only http(s) URLs become links", "[format]") {
  struct Case {
    std::string url;
    std::string item;  // the rendered source-list entry
  };
  const std::vector<Case> cases = {
      {"https://example.com/x", "[T](https://example.com/x) (d)"},
      {"HTTP://EXAMPLE.COM", "[T](HTTP://EXAMPLE.COM) (d)"},
      {"https://a b/(c)<d>", "[T](https://a%20b/\\(c\\)\\<d\\>) (d)"},
      {"https://x/\xE2\x80\xAE", "[T](https://x/%E2%80%AE) (d)"},
      {"javascript:alert(1)", "T (d) — javascript:alert(1)"},
      {"JavaScript:alert(1)", "T (d) — JavaScript:alert(1)"},
      {" javascript:x", "T (d) — javascript:x"},
      {"data:text/html,<script>", "T (d) — data:text/html,\\<script\\>"},
      {"vbscript:x", "T (d) — vbscript:x"},
      {"file:///etc/passwd", "T (d) — file:///etc/passwd"},
      {"//evil.example", "T (d) — //evil.example"},
      {"httpx://y", "T (d) — httpx://y"},
  };
  for (const Case& c : cases) {
    Cluster cluster;
    cluster.docs.resize(1);
    cluster.docs[0].id = "d";
    cluster.docs[0].title = "T";
    cluster.docs[0].url = c.url;
    Digest digest;
    digest.sentences = {{"S.", 0, 0, {0, 2}, 1, {0}, {}}};
    digest.sources = {{0}};
    INFO(c.url);
    CHECK(Render("markdown", cluster, digest) ==
          "- S. [[1]](#source-1)\n\n## Sources\n\n"
          "1. <a id=\"source-1\"></a>" + c.item + "\n");
  }
}

TEST_CASE("markdown: text cannot open blocks or inline markup", "[format]") {
  struct Case {
    std::string text;
    std::string escaped;
  };
  const std::vector<Case> cases = {
      {"- x", "\\- x"},         {"+ y", "\\+ y"},
      {"12. z", "12\\. z"},     {"1) z", "1\\) z"},
      {"> q", "\\> q"},         {"```c", "\\`\\`\\`c"},
      {"~~~", "\\~\\~\\~"},     {"# h #", "\\# h \\#"},
      {"![i](x)", "!\\[i\\](x)"},
      {"&#x202E; &amp;", "\\&\\#x202E; \\&amp;"},
      {"<!-- c -->", "\\<!-- c --\\>"},
      {"a-b +c 3.5 1", "a-b +c 3.5 1"},  // mid-line '-', '+', '.' are inert
  };
  for (const Case& c : cases) {
    Cluster cluster;
    cluster.docs.resize(1);
    cluster.docs[0].id = "d";
    Digest digest;
    digest.sentences = {{c.text, 0, 0, {0, 1}, 1, {}, {}}};
    INFO(c.text);
    CHECK(Render("markdown", cluster, digest) == "- " + c.escaped + "\n");
  }
}

// '<', '>' and '&' are escaped (regression, tests/bad_input): input text
// "</script>" could close the <script> element a page embeds the JSON in.
TEST_CASE("json: exact output", "[format]") {
  CHECK(Render("json") ==
        R"js({"cluster":"flood-2020","sentences":[)js"
        R"js({"text":"The river rose 2 m at 10:00 \u001B[31mtoday\u001B[0m.","doc":"000_a.txt","sentence":0,"span":[0,45],"score":1.23457,"sources":["000_a.txt","001_b.txt"],"support":[{"doc":"001_b.txt","sentence":3,"span":[50,75],"similarity":0.5249,"text":"The river rose \u001B fast."}]},)js"
        R"js({"text":"Officials said \"stay home\" \\ avoid *all* travel_now \u202Egnp.exe # \u003Cb\u003Ex\u003C/b\u003E","doc":"001_b.txt","sentence":2,"span":[10,80],"score":0.5,"sources":["001_b.txt","002_c.txt"],"support":[]},)js"
        R"js({"text":"1. Start \u0026 [more](javascript:x) | end","doc":"002_c.txt","sentence":0,"span":[0,36],"score":0.25,"sources":["002_c.txt"],"support":[]}],)js"
        R"js("sources":[{"id":"000_a.txt","title":"Flood \"warning\" issued","source":"Daily *News*","url":"https://example.com/a?x=1\u0026y=(2)","date":"2020-01-14"},)js"
        R"js({"id":"001_b.txt","title":"","source":"","url":"","date":""},)js"
        R"js({"id":"002_c.txt","title":"Click \u003Cme\u003E\u200F","source":"Evil_Outlet","url":"javascript:alert(1)","date":""}],)js"
        R"js("stats":{"articles":3,"sentences":12,"dropped_noise":2,"words":40}})js"
        "\n");
}

std::vector<std::string> Keys(const nlohmann::ordered_json& object) {
  std::vector<std::string> keys;
  for (const auto& item : object.items()) keys.push_back(item.key());
  return keys;
}

TEST_CASE("json: parses, fixed schema, strings round-trip", "[format]") {
  const std::string out = Render("json", true);
  REQUIRE(out.back() == '\n');
  REQUIRE(out.find('\n') == out.size() - 1);
  const auto j = nlohmann::ordered_json::parse(out);
  CHECK(Keys(j) == std::vector<std::string>{"cluster", "sentences", "sources",
                                            "stats", "candidates", "dropped"});
  const Digest digest = MakeDigest();
  REQUIRE(j["sentences"].size() == 3);
  CHECK(Keys(j["sentences"][0]) ==
        std::vector<std::string>{"text", "doc", "sentence", "span", "score",
                                 "sources", "support"});
  for (size_t i = 0; i < 3; ++i)  // escaping is lossless
    CHECK(j["sentences"][i]["text"] == digest.sentences[i].text);
  CHECK(j["sentences"][1]["sources"] ==
        nlohmann::json::array({"001_b.txt", "002_c.txt"}));
  CHECK(j["sentences"][0]["score"].get<double>() ==
        Approx(1.23457).epsilon(1e-9));
  for (const auto& source : j["sources"]) {
    CHECK(Keys(source) ==
          std::vector<std::string>{"id", "title", "source", "url", "date"});
    for (const auto& field : source) CHECK(field.is_string());
  }
  CHECK(j["sources"][2]["title"] == MakeCluster().docs[2].title);
  CHECK(Keys(j["stats"]) == std::vector<std::string>{
                                "articles", "sentences", "dropped_noise",
                                "words"});
  CHECK(Keys(j["candidates"][1]) ==
        std::vector<std::string>{"doc", "sentence", "span", "text",
                                 "centrality", "topic", "words", "chosen",
                                 "note"});
  CHECK(j["candidates"][1]["centrality"].get<double>() == 0.0001234);
  CHECK(j["candidates"][1]["chosen"] == false);
  CHECK(j["candidates"][1]["note"] == digest.candidates[1].note);
  CHECK(Keys(j["dropped"][0]) ==
        std::vector<std::string>{"doc", "span", "reason", "text"});
  CHECK(j["dropped"][0]["span"] == nlohmann::json::array({46, 60}));
  CHECK(j["dropped"][0]["text"] == digest.dropped[0].text);
  CHECK(Keys(nlohmann::ordered_json::parse(Render("json"))) ==
        std::vector<std::string>{"cluster", "sentences", "sources", "stats"});
}

TEST_CASE("json: numbers print %.6g style; non-finite as null", "[format]") {
  const double inf = std::numeric_limits<double>::infinity();
  const std::vector<std::pair<double, std::string>> cases = {
      {0, "0"},           {0.5, "0.5"},         {1.23456789, "1.23457"},
      {1e-7, "1e-07"},    {123456789, "1.23457e+08"}, {-2.5, "-2.5"},
      {inf, "null"},      {std::nan(""), "null"},
  };
  for (const auto& [score, text] : cases) {
    Cluster cluster;
    cluster.docs.resize(1);
    cluster.docs[0].id = "d";
    Digest digest;
    digest.sentences = {{"S.", 0, 0, {0, 2}, score, {}, {}}};
    INFO(text);
    const std::string out = Render("json", cluster, digest);
    CHECK(out.find("\"score\":" + text + ",") != std::string::npos);
    CHECK_NOTHROW(nlohmann::json::parse(out));
  }
}

TEST_CASE("no raw terminal control reaches any format", "[format]") {
  for (const std::string& name : FormatNames()) {
    for (bool explain : {false, true}) {
      const std::string out = Render(name, explain);
      INFO(name << " explain=" << explain);
      CHECK(FirstUnsafe(out) == std::string_view::npos);
      CHECK(out.back() == '\n');
    }
  }
  // Every control in one title, newlines and invalid UTF-8 included.
  Cluster cluster;
  cluster.docs.resize(1);
  cluster.docs[0].id = "d\n1";
  for (char32_t cp = 0; cp < 0x20; ++cp)
    internal::AppendUtf8(cp, &cluster.docs[0].title);
  for (char32_t cp : {0x7F, 0x80, 0x85, 0x9F, 0x61C, 0x200E, 0x200F, 0x202A,
                      0x202E, 0x2066, 0x2069, 0x2028})
    internal::AppendUtf8(cp, &cluster.docs[0].title);
  cluster.docs[0].title += "\xFF\xC2";
  Digest digest;
  digest.sentences = {{cluster.docs[0].title, 0, 0, {0, 1}, 1, {0}, {}}};
  digest.sources = {{0}};
  for (const std::string& name : FormatNames()) {
    INFO(name);
    CHECK(FirstUnsafe(Render(name, cluster, digest)) == std::string::npos);
  }
}

TEST_CASE("SafeLine keeps text, collapses space, escapes controls",
          "[format]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"plain café", "plain café"},
      {"  a \n\t b\r\n", "a b"},
      {"\x1b[2J", "\\u001B[2J"},
      {std::string("nul\0x", 5), "nul\\u0000x"},
      {"del\x7f", "del\\u007F"},
      {"csi\xC2\x9B", "csi\\u009B"},
      {"rlo\xE2\x80\xAE" "x", "rlo\\u202Ex"},
      {"alm\xD8\x9C", "alm\\u061C"},
      {"lri\xE2\x81\xA6", "lri\\u2066"},
      {"bad\xFF" "x\xE2\x82", "bad\xEF\xBF\xBDx\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"overlong\xC0\xAF", "overlong\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"emoji \xF0\x9F\x98\x80", "emoji \xF0\x9F\x98\x80"},
  };
  for (const auto& [in, want] : cases) {
    INFO(in);
    CHECK(internal::SafeLine(in) == want);
  }
}

TEST_CASE("TerminalSafeJson escapes what nlohmann's dump leaves raw", "[format]") {
  // DEL, C1, bidi controls and U+2028 inside a dumped string; ASCII,
  // accents and emoji stay as they are, and the value decodes unchanged.
  const std::string value = "a\x7F" "b\xC2\x9B" "c\xE2\x80\xAE" "d\xE2\x80\xA8" "\xC3\xA9\xF0\x9F\x98\x80";
  const std::string dumped = nlohmann::json(value).dump();
  const std::string safe = internal::TerminalSafeJson(dumped);
  CHECK(safe == "\"a\\u007Fb\\u009Bc\\u202Ed\\u2028\xC3\xA9\xF0\x9F\x98\x80\"");
  CHECK(nlohmann::json::parse(safe).get<std::string>() == value);
}

TEST_CASE("output is deterministic", "[format]") {
  for (const std::string& name : FormatNames()) {
    INFO(name);
    CHECK(Render(name, true) == Render(name, true));
  }
}

TEST_CASE("empty digest", "[format]") {
  Cluster cluster;
  Digest digest;
  CHECK(Render("text", cluster, digest) == "(no sentences)\n");
  CHECK(Render("text", cluster, digest, true) ==
        "(no sentences)\n\nEvidence (the sentence in each other cited article):\n(none)\n"
        "\nCandidates:\n(none)\n\nDropped:\n(none)\n");
  CHECK(Render("plain", cluster, digest).empty());
  CHECK(Render("markdown", cluster, digest) == "(no sentences)\n");
  CHECK(Render("json", cluster, digest) ==
        R"({"cluster":"","sentences":[],"sources":[],"stats":)"
        R"({"articles":0,"sentences":0,"dropped_noise":0,"words":0}})"
        "\n");
}

TEST_CASE("out-of-range indices are an error, not a crash", "[format]") {
  const Cluster cluster = MakeCluster();
  std::vector<Digest> bad(4, MakeDigest());
  bad[0].sentences[1].doc = 3;
  bad[1].sentences[2].sources = {0, 3};
  bad[2].sources[1].doc = 7;
  bad[3].dropped[0].doc = 9;  // only followed with explain
  for (const std::string& name : FormatNames()) {
    std::unique_ptr<Formatter> f;
    REQUIRE(NewFormatter(name, {true}, &f).ok());
    for (const Digest& digest : bad) {
      if (name == "plain" && &digest == &bad[3]) continue;  // no explain
      std::string out = "stale";
      Status s = f->Format(cluster, digest, &out);
      INFO(name << ": " << s.ToString());
      CHECK(s.code() == Status::Code::kInvalidArgument);
      CHECK(out.empty());
    }
  }
  CHECK(Render("text", cluster, bad[3]) == Render("text"));
  std::string out;
  std::unique_ptr<Formatter> f;
  REQUIRE(NewFormatter("json", {}, &f).ok());
  CHECK(f->Format(cluster, bad[0], &out).message() ==
        "digest sentence 1 refers to document 3 but cluster 'flood-2020' "
        "has 3 documents");
}

}  // namespace
}  // namespace chorus

namespace chorus {
namespace {

TEST_CASE("plain with max_words cuts mid-sentence, as ROUGE -l", "[format]") {
  Cluster cluster;
  cluster.docs.push_back({"a", "", "", "", "", "One two three four. Five six seven.", 0});
  Digest digest;
  digest.sentences.push_back({"One two three four.", 0, 0, {0, 19}, 1.0, {0}, {}});
  digest.sentences.push_back({"Five six seven.", 0, 1, {20, 35}, 0.5, {0}, {}});
  digest.sources.push_back({0});
  for (auto [limit, want] : std::vector<std::pair<size_t, std::string>>{
           {0, "One two three four.\nFive six seven.\n"},
           {6, "One two three four.\nFive six\n"},
           {4, "One two three four.\n"},
           {2, "One two\n"}}) {
    FormatOptions o;
    o.max_words = limit;
    std::unique_ptr<Formatter> f;
    REQUIRE(NewFormatter("plain", o, &f).ok());
    std::string out;
    REQUIRE(f->Format(cluster, digest, &out).ok());
    CHECK(out == want);
  }
}

}  // namespace
}  // namespace chorus
