// Tests of LoadCluster (include/chorus/loader.h) on files, folders and
// stdin: order, cluster ids, error messages, the seed articles, speed. Each
// case writes its files to a fresh TempDir(). Parsers: loader_test.cc.

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "chorus/loader.h"
#include "test_util.h"

namespace chorus {
namespace {

using test::TempDir;
using test::WriteFile;

TEST_CASE("The seed articles split into title and text", "[input]") {
  const std::string dir = test::SharedDir() + "/seeds";
  if (!std::filesystem::is_directory(dir)) {
    WARN("no " << dir << ": seed case not run");
    return;
  }
  Cluster cluster;
  REQUIRE(LoadCluster({dir}, "", {}, &cluster, nullptr).ok());
  REQUIRE(cluster.docs.size() == 5);
  CHECK(cluster.id == "seeds");
  CHECK(cluster.docs[0].id == "000_39927b3570f3d74c.txt");
  CHECK(cluster.docs[0].title.empty());
  CHECK(cluster.docs[0].text_offset == 0);
  CHECK(
      cluster.docs[1].title ==
      "Libya\xE2\x80\x99s Haftar leaves Russia without signing ceasefire deal");
  CHECK(cluster.docs[1].text.starts_with("After several delays"));
  // A breadcrumb above the headline ("NewsWar and ConflictsWorld") is
  // dropped: the headline is the title.
  CHECK(cluster.docs[2].title == "Haftar leaves Moscow without signing a ceasefire in Libya");
  CHECK(cluster.docs[2].text.starts_with("Field Marshal Khalifa Haftar"));
  CHECK(cluster.docs[3].title.starts_with("Russia speaks of progress"));
  CHECK(cluster.docs[4].title.starts_with("Libya's Khalifa Hafter"));
  for (const Document& doc : cluster.docs) {
    const std::string file = test::ReadFileOrDie(dir + "/" + doc.id);
    CHECK(file.substr(doc.text_offset) == doc.text);
  }
}

std::vector<std::string> Ids(const Cluster& cluster) {
  std::vector<std::string> ids;
  for (const Document& doc : cluster.docs) ids.push_back(doc.id);
  return ids;
}

TEST_CASE("A folder loads its .txt and .json files in byte order", "[input]") {
  const std::string dir = TempDir() + "/story";
  for (const char* name :
       {"b.txt", "a.txt", "C.txt", "_x.txt", "10.txt", "9.txt", "notes.md",
        ".hidden.txt", "sub.txt/z.txt", "UPPER.TXT"})
    WriteFile(dir + "/" + name, std::string("Text of ") + name + ".");
  WriteFile(
      dir + "/m.json",
      R"({"docs": [{"id": "j1", "text": "J."}, {"id": "j2", "text": "K."}]})");
  Cluster cluster;
  REQUIRE(LoadCluster({dir + "/"}, "", {}, &cluster, nullptr).ok());
  CHECK(Ids(cluster) == std::vector<std::string>{"10.txt", "9.txt", "C.txt",
                                                 "UPPER.TXT", "_x.txt", "a.txt",
                                                 "b.txt", "j1", "j2"});
  CHECK(cluster.id == "story");  // m.json has no "cluster" field
  CHECK(cluster.docs[5].text == "Text of a.txt.");
}

// A .txt name that is not a regular file was skipped in silence: a
// dangling link, a link loop, a folder. Now each gets a warning, in name
// order whatever the listing order.
TEST_CASE("A folder's .txt entries that cannot be read are skipped with a warning",
          "[input]") {
  namespace fs = std::filesystem;
  const std::string dir = TempDir() + "/story";
  WriteFile(dir + "/a.txt", "Text of a.");
  WriteFile(dir + "/sub.txt/z.txt", "Not read: the folder is not recursive.");
  fs::create_symlink(dir + "/missing.txt", dir + "/dangling.txt");
  fs::create_symlink("loop2.txt", dir + "/loop1.txt");
  fs::create_symlink("loop1.txt", dir + "/loop2.txt");
  fs::create_symlink(".", dir + "/self");  // no extension: not an input, no warning
  Cluster cluster;
  std::vector<std::string> warnings;
  REQUIRE(LoadCluster({dir}, "", {}, &cluster, &warnings).ok());
  CHECK(Ids(cluster) == std::vector<std::string>{"a.txt"});
  REQUIRE(warnings.size() == 4);
  CHECK(warnings[0].starts_with(dir + "/dangling.txt: skipped: "));
  CHECK(warnings[1].starts_with(dir + "/loop1.txt: skipped: "));
  CHECK(warnings[2].starts_with(dir + "/loop2.txt: skipped: "));
  CHECK(warnings[3] == dir + "/sub.txt: skipped: not a regular file");
}

TEST_CASE("LoadCluster errors name the input", "[input]") {
  const std::string dir = TempDir();
  Cluster cluster;
  cluster.id = "untouched";
  std::vector<std::string> warnings;
  auto load = [&](std::vector<std::string> paths) {
    return LoadCluster(paths, "", {}, &cluster, &warnings);
  };
  Status s = load({dir + "/missing.txt"});
  CHECK(s.code() == Status::Code::kNotFound);
  CHECK(s.message() == dir + "/missing.txt: no such file or directory");

  WriteFile(dir + "/empty/readme.md", "not an article");
  s = load({dir + "/empty"});
  CHECK(s.code() == Status::Code::kInvalidInput);
  CHECK(s.message() == dir + "/empty: no .txt or .json articles");

  WriteFile(dir + "/bad.txt", "Title\n\nab\xC3(");
  s = load({dir + "/bad.txt"});
  CHECK(s.message() == dir + "/bad.txt: invalid UTF-8 at byte 9");

  WriteFile(dir + "/bad.json", "{\"docs\": [}");
  s = load({dir + "/bad.json"});
  CHECK(s.message().starts_with(dir + "/bad.json:1:11: malformed JSON: "));

  WriteFile(dir + "/a.txt", "A.");
  s = load({dir + "/a.txt", dir + "/a.txt"});
  CHECK(s.message() == dir +
                           "/a.txt: duplicate document id \"a.txt\" (also in " +
                           dir + "/a.txt)");

  WriteFile(dir + "/blank.txt", " \n");
  s = load({dir + "/blank.txt", "-"});
  CHECK(s.code() == Status::Code::kInvalidInput);
  CHECK(s.message() == "no articles in input: " + dir + "/blank.txt, -");
  CHECK(warnings ==
        std::vector<std::string>{dir + "/blank.txt: empty article, skipped",
                                 "stdin: empty article, skipped"});

  LoadOptions small;
  small.max_article_bytes = 1;
  s = LoadCluster({dir + "/a.txt"}, "", small, &cluster, nullptr);
  CHECK(s.code() == Status::Code::kLimitExceeded);
  CHECK(s.message().ends_with("over the limit of 1 bytes (raise it with --max-article-bytes)"));
  CHECK(cluster.id == "untouched");

  // A .json file over max_cluster_bytes is refused from its size, unread.
  WriteFile(dir + "/c.json", R"({"docs": [{"id": "j", "text": "Some text here."}]})");
  LoadOptions tight;
  tight.max_cluster_bytes = 10;
  s = LoadCluster({dir + "/c.json"}, "", tight, &cluster, nullptr);
  CHECK(s.code() == Status::Code::kLimitExceeded);
  CHECK(s.message() == dir + "/c.json: cluster is 50 bytes, over the limit of 10 bytes "
                             "(raise it with --max-cluster-bytes)");
  CHECK(cluster.id == "untouched");

  LoadOptions few;
  few.max_articles = 1;
  s = LoadCluster({dir + "/a.txt", dir + "/a.txt"}, "", few, &cluster, nullptr);
  CHECK(s.code() == Status::Code::kLimitExceeded);
  CHECK(s.message() == dir + "/a.txt: cluster has 2 articles, over the limit of 1 "
                             "(raise it with --max-articles)");
  CHECK(cluster.id == "untouched");

  std::filesystem::create_symlink("loop.txt", dir + "/loop.txt");
  s = load({dir + "/loop.txt"});
  CHECK(s.code() == Status::Code::kIOError);
  CHECK(s.message() ==
        dir + "/loop.txt: cannot read: Too many levels of symbolic links");

  if (::geteuid() != 0) {  // root reads anything
    WriteFile(dir + "/locked.txt", "Secret.");
    std::filesystem::permissions(dir + "/locked.txt",
                                 std::filesystem::perms::none);
    s = load({dir + "/locked.txt"});
    CHECK(s.code() == Status::Code::kIOError);
    CHECK(s.message() == dir + "/locked.txt: cannot read: Permission denied");
  }
}

TEST_CASE("LoadCluster reads stdin, odd names and a BOM", "[input]") {
  const std::string dir = TempDir();
  Cluster cluster;
  std::vector<std::string> warnings;
  REQUIRE(
      LoadCluster({"-"}, "Title\n\nFrom stdin.", {}, &cluster, &warnings).ok());
  CHECK(cluster.id == "stdin");
  CHECK(Ids(cluster) == std::vector<std::string>{"stdin"});
  CHECK(cluster.docs[0].title == "Title");

  // No extension: read as a .txt article. Upper-case .JSON: a cluster.
  WriteFile(dir + "/article", "\xEF\xBB\xBFHeadline\r\n\r\nBody.\r\n");
  WriteFile(dir + "/B.JSON", R"({"docs": [{"id": "b", "text": "B."}]})");
  REQUIRE(LoadCluster({dir + "/article", dir + "/B.JSON"}, "", {}, &cluster,
                      &warnings)
              .ok());
  CHECK(cluster.id == "article");
  CHECK(Ids(cluster) == std::vector<std::string>{"article", "b"});
  CHECK(cluster.docs[0].title == "Headline");
  CHECK(cluster.docs[0].text == "Body.\r\n");
  CHECK(cluster.docs[0].text_offset == 15);
  CHECK(warnings.empty());
}

TEST_CASE("The cluster id comes from the first JSON naming one", "[input]") {
  const std::string dir = TempDir();
  WriteFile(dir + "/a.txt", "A.");
  WriteFile(dir + "/b.txt", "B.");
  WriteFile(dir + "/plain.json", R"({"docs": [{"id": "p", "text": "P."}]})");
  WriteFile(dir + "/named.json",
            R"({"cluster": "d1", "docs": [{"id": "n", "text": "N."}]})");
  struct {
    std::vector<std::string> inputs;
    std::string id;
  } cases[] = {
      {{"a.txt", "plain.json"}, "a"},
      {{"plain.json", "a.txt"}, "plain"},
      {{"a.txt", "plain.json", "named.json"}, "d1"},
      {{"a.txt", "b.txt"}, std::filesystem::path(dir).filename().string()},  // their folder
      {{"b.txt"}, "b"},
      {{"."}, "d1"},  // the folder holds named.json
  };
  for (const auto& c : cases) {
    std::vector<std::string> paths;
    for (const std::string& p : c.inputs) paths.push_back(dir + "/" + p);
    Cluster cluster;
    REQUIRE(LoadCluster(paths, "", {}, &cluster, nullptr).ok());
    CHECK(cluster.id == c.id);
  }
}

TEST_CASE("A 10 MB single-line article loads whole", "[input]") {
  const std::string dir = TempDir();
  std::string text;
  while (text.size() < (10u << 20)) text += "Word w\xC3\xA9rd and more words. ";
  WriteFile(dir + "/big.txt", text);
  Cluster cluster;
  REQUIRE(LoadCluster({dir + "/big.txt"}, "", {}, &cluster, nullptr).ok());
  CHECK(cluster.docs[0].text.size() == text.size());
  CHECK(cluster.docs[0].title.empty());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace chorus
