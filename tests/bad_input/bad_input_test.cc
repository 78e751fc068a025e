// The bad-input corpus (issue 6): every case of tests/bad_input/cases.tsv
// runs the built CLI and must give its expected exit code and message, and a
// non-empty digest when it exits 0. Small inputs are files in
// tests/bad_input/inputs/; the big ones (100 MB article, 100,000 articles,
// 100,000-deep JSON, 10 MB title) are generated here into a temporary
// folder, never committed. No timing assertions: docs/robustness.md records
// the measured time and memory of the big cases.
//
// cases.tsv columns (tab-separated; '#' starts a comment line):
//   name     the case
//   input    a file of inputs/, or "gen:NAME" for a generator below
//   args     the CLI arguments, space-separated; IN is the input's path,
//            DIR the case's temporary folder; with "-", the input is
//            also given on stdin
//   exit     the expected exit code
//   stderr   a substring stderr must hold ("-": stderr is not checked)
//   stdout   comma-separated checks ("-": none): digest (non-empty, has a
//            sentence), json (one JSON document), jsonl (every line
//            parses), safe (no raw terminal control), nolink (markdown:
//            every link goes to a #source- anchor or an http(s) URL), notag (every '<' is escaped or
//            opens chorus's own source anchor: markup from the input stays
//            text in markdown and json),
//            norepeat (no sentence twice), has=TEXT (a substring)
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <map>
#include <set>
#include <sstream>

#include "format_internal.h"
#include "test_util.h"

namespace chorus {
namespace test {

namespace {

namespace fs = std::filesystem;

struct Case {
  std::string name, input, args, stderr_has, stdout_checks;
  int exit = 0;
};

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, sep)) parts.push_back(part);
  return parts;
}

std::vector<Case> ReadCases() {
  std::vector<Case> cases;
  std::istringstream in(ReadFileOrDie(SourceDir() + "/tests/bad_input/cases.tsv"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> f = Split(line, '\t');
    if (f.size() != 6) FAIL("cases.tsv: expected 6 tab-separated fields: " << line);
    cases.push_back({f[0], f[1], f[2], f[4], f[5], std::stoi(f[3])});
  }
  return cases;
}

const std::string kSentence = "The harbour bridge inquiry heard evidence from engineers today. ";
const std::string kBody =
    "Engineers told the harbour bridge inquiry on Monday that the steel cables had corroded. "
    "The city council approved repairs to the harbour bridge after the engineers reported.";

std::string Doc(const std::string& id, const std::string& title, const std::string& text) {
  return R"({"id": ")" + id + R"(", "title": ")" + title + R"(", "text": ")" + text + R"("})";
}

// The generated inputs, written to `path`.
void Generate(const std::string& name, const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  if (name == "big_article") {  // 100 MiB, one line
    const size_t size = size_t{100} << 20;
    std::string chunk;
    while (chunk.size() < (1 << 20)) chunk += kSentence;
    chunk.resize(1 << 20);
    for (size_t written = 0; written < size; written += chunk.size()) out << chunk;
  } else if (name == "many_articles") {  // 100,000 tiny articles in one cluster
    out << R"({"cluster": "many", "docs": [)";
    for (int i = 0; i < 100000; ++i)
      out << (i ? ", " : "") << Doc("a" + std::to_string(i), "", "Tiny article " +
                                    std::to_string(i) + " about the harbour bridge.");
    out << "]}";
  } else if (name == "deep_json" || name == "deep_docs") {  // 100,000 levels
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    if (name == "deep_docs")
      out << R"({"cluster": "deep", "docs": [)" << deep << "]}";
    else
      out << R"({"cluster": "deep", "extra": )" << deep << R"(, "docs": [)"
          << Doc("a", "Deep", kBody) << "]}";
  } else if (name == "big_title") {  // a 10 MB title
    std::string title;
    while (title.size() < 10'000'000) title += "Bridge ";
    out << R"({"cluster": "title", "docs": [)" << Doc("a", title, kBody) << "]}";
  } else if (name == "batch_mixed") {  // ok, over --max-articles 2, ok
    out << R"({"cluster": "one", "docs": [)" << Doc("a", "A", kBody) << "]}\n";
    out << R"({"cluster": "three", "docs": [)" << Doc("a", "A", kBody) << ", "
        << Doc("b", "B", kBody) << ", " << Doc("c", "C", kBody) << "]}\n";
    out << R"({"cluster": "../up", "docs": [)" << Doc("a", "A", kBody) << "]}\n";
  } else {
    FAIL("unknown generator " << name);
  }
}

// The first byte offset of a raw terminal control (format_internal.h: C0
// but \n, DEL, C1, bidi controls) in `out`, or npos.
size_t FirstRawControl(std::string_view out) {
  for (size_t i = 0; i < out.size();) {
    char32_t cp = 0;
    const size_t n = internal::DecodeUtf8(out, i, &cp);
    if (cp != '\n' && internal::IsTerminalControl(cp)) return i;
    i += n;
  }
  return std::string_view::npos;
}

bool Has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// Checks `out` (stdout of a case) against one check of the stdout column.
void CheckStdout(const std::string& check, const std::string& out) {
  INFO("stdout check " << check);
  if (check == "digest") {
    CHECK(!out.empty());
    CHECK(!Has(out, "(no sentences)"));
  } else if (check == "json") {
    CHECK_NOTHROW(nlohmann::json::parse(out));
  } else if (check == "jsonl") {
    for (const std::string& line : Split(out, '\n')) CHECK_NOTHROW(nlohmann::json::parse(line));
  } else if (check == "safe") {
    CHECK(FirstRawControl(out) == std::string_view::npos);
  } else if (check == "nolink") {
    for (size_t at = out.find("]("); at != std::string::npos; at = out.find("](", at + 1)) {
      if (at > 0 && out[at - 1] == '\\') continue;  // "\](": escaped, not a link
      const std::string_view target = std::string_view(out).substr(at + 2);
      CHECK((target.starts_with("#source-") || target.starts_with("https://") ||
             target.starts_with("http://")));
    }
    CHECK(!Has(out, "<javascript"));
    CHECK(!Has(out, "<data:"));
  } else if (check == "notag") {
    for (size_t at = out.find('<'); at != std::string::npos; at = out.find('<', at + 1)) {
      const std::string_view rest = std::string_view(out).substr(at);
      const bool escaped = at > 0 && out[at - 1] == '\\';
      CHECK((escaped || rest.starts_with("<a id=\"source-") || rest.starts_with("</a>")));
    }
  } else if (check == "norepeat") {
    std::set<std::string> seen;
    for (const std::string& line : Split(out, '\n'))
      if (!line.empty() && line.find_first_of("[") != 0) CHECK(seen.insert(line).second);
  } else if (check.starts_with("has=")) {
    CHECK(Has(out, check.substr(4)));
  } else {
    FAIL("unknown stdout check " << check);
  }
}

// The CLI arguments of `c`, with IN and DIR replaced.
std::vector<std::string> Arguments(const Case& c, const std::string& input,
                                   const std::string& dir) {
  std::vector<std::string> args;
  for (std::string arg : Split(c.args, ' ')) {
    if (arg.empty()) continue;
    if (arg == "IN") arg = input;
    if (arg.starts_with("DIR")) arg = dir + arg.substr(3);
    args.push_back(arg);
  }
  return args;
}

}  // namespace

TEST_CASE("bad-input corpus: a digest or a clear error, never a crash", "[robustness]") {
  const std::vector<Case> cases = ReadCases();
  REQUIRE(cases.size() >= 30);
  std::map<std::string, std::string> generated;  // generator → file, made once
  const std::string gen_dir = TempDir();
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.name) {
      const std::string dir = TempDir();
      std::string input;
      if (c.input.starts_with("gen:")) {
        const std::string gen = c.input.substr(4);
        if (!generated.count(gen)) {
          generated[gen] = gen_dir + "/" + gen + (gen == "big_article" ? ".txt" : ".json");
          if (gen == "batch_mixed") generated[gen] = gen_dir + "/" + gen + ".jsonl";
          Generate(gen, generated[gen]);
        }
        input = generated[gen];
      } else {
        input = dir + "/" + c.input;
        fs::copy_file(SourceDir() + "/tests/bad_input/inputs/" + c.input, input);
      }
      const std::vector<std::string> args = Arguments(c, input, dir);
      const bool on_stdin = std::find(args.begin(), args.end(), "-") != args.end();
      const CommandResult r = RunCli(args, on_stdin ? ReadFileOrDie(input) : "");
      INFO("case " << c.name << "\nstderr: " << r.err.substr(0, 2000));
      CHECK(r.exit_code == c.exit);
      if (c.stderr_has != "-") CHECK(Has(r.err, c.stderr_has));
      if (c.exit == 0 && c.args.find("batch") != 0) {
        CHECK(!r.out.empty());
        CHECK(!Has(r.out, "(no sentences)"));
      }
      if (c.stdout_checks != "-")
        for (const std::string& check : Split(c.stdout_checks, ','))
          CheckStdout(check, r.out);
      fs::remove_all(dir);
    }
  }
  fs::remove_all(gen_dir);
}

}  // namespace test
}  // namespace chorus
