// Copyright (c) chorus developers.
//
// The input loader (include/chorus/loader.h): .txt articles with title
// detection, JSON clusters, folders and stdin, gathered into one Cluster.
// Parsing works on bytes in memory; ReadWholeFile is the only function that
// touches files, and LoadCluster the only one that lists folders.
//
// JSON clusters are parsed in cluster_json.cc.
//
// Tests: tests/loader_test.cc, tests/load_cluster_test.cc.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <unordered_map>

#include "chorus/loader.h"
#include "file_util.h"
#include "loader_internal.h"
#include "text_util.h"
#include "utf8.h"

namespace chorus {

namespace {

namespace fs = std::filesystem;
using internal::CountWords;
using internal::EndsWithSentencePunctuation;
using internal::IsBlank;
using internal::Invalid;
using internal::ParseCluster;
using internal::TooLarge;
using internal::kUtf8Valid;
using internal::ReadWholeFile;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr size_t kMaxTitleWords = 25;

// Index of the \n or \r ending the line that starts at `pos`, or size.
size_t LineEnd(std::string_view s, size_t pos) {
  while (pos < s.size() && s[pos] != '\n' && s[pos] != '\r') ++pos;
  return pos;
}

// Start of the line after the line end at `end` (\r\n, \n or a lone \r).
size_t NextLine(std::string_view s, size_t end) {
  if (end < s.size() && s[end] == '\r') ++end;
  if (end < s.size() && s[end] == '\n') ++end;
  return end;
}

// Whether the line starting at `start` of `content` passes the title rule
// of loader.h: a blank line follows it, at most kMaxTitleWords words, no
// sentence-final punctuation, and non-blank text after the blank lines. On
// success sets *title to the trimmed line and *text_begin to the start of
// the first non-blank line after it.
bool TitleLine(std::string_view content, size_t start, std::string_view* title,
               size_t* text_begin) {
  const size_t first_end = LineEnd(content, start);
  size_t b = start, e = first_end;
  internal::TrimSpan(content, &b, &e);
  const size_t second = NextLine(content, first_end);
  if (b == e || second == content.size()) return false;
  const size_t second_end = LineEnd(content, second);
  if (!IsBlank(content.substr(second, second_end - second))) return false;
  const std::string_view line = content.substr(b, e - b);
  if (EndsWithSentencePunctuation(line) || CountWords(line) > kMaxTitleWords) return false;
  size_t pos = NextLine(content, second_end);
  while (pos < content.size()) {
    const size_t end = LineEnd(content, pos);
    if (!IsBlank(content.substr(pos, end - pos))) break;
    pos = NextLine(content, end);
  }
  if (pos == content.size()) return false;  // a headline and nothing else
  *title = line;
  *text_begin = pos;
  return true;
}

// The words of `text` with at least 4 bytes, ASCII letters lowered; a word
// is a run of ASCII letters and digits and of non-ASCII bytes.
template <typename Fn>
void ForEachLongWord(std::string_view text, Fn fn) {
  std::string word;
  auto flush = [&] {
    if (word.size() >= 4) fn(word);
    word.clear();
  };
  for (char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))
      word += ch;
    else if (c >= 'A' && c <= 'Z')
      word += static_cast<char>(c - 'A' + 'a');
    else
      flush();
  }
  flush();
}

// Whether `label` shares no word of 4 or more bytes with `body` while
// `headline` shares at least one.
bool LabelAboveHeadline(std::string_view label, std::string_view headline,
                        std::string_view body) {
  std::unordered_map<std::string, int> owner;  // word -> 1 label, 2 headline, 3 both
  ForEachLongWord(label, [&](const std::string& w) { owner[w] |= 1; });
  ForEachLongWord(headline, [&](const std::string& w) { owner[w] |= 2; });
  int found = 0;
  ForEachLongWord(body, [&](const std::string& w) {
    const auto it = owner.find(w);
    if (it != owner.end()) found |= it->second;
  });
  return (found & 1) == 0 && (found & 2) != 0;
}

// Applies the title rule of loader.h to `content` (BOM removed). On success
// sets *title to the title and *text_begin to the start of the first
// non-blank line after it.
bool FindTitle(std::string_view content, std::string_view* title,
               size_t* text_begin) {
  if (!TitleLine(content, 0, title, text_begin)) return false;
  // A section label or breadcrumb above the headline ("World News", "Sport |
  // Football"): the next paragraph is also a title line, and only it shares
  // words with the text that follows.
  std::string_view second;
  size_t after_second = 0;
  if (TitleLine(content, *text_begin, &second, &after_second) &&
      LabelAboveHeadline(*title, second, content.substr(after_second))) {
    *title = second;
    *text_begin = after_second;
  }
  return true;
}

// True when `path` ends with `ext` (".json"), ignoring ASCII case.
bool HasExtension(const std::string& path, std::string_view ext) {
  std::string actual = fs::path(path).extension().string();
  for (char& c : actual) c = (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
  return actual == ext;
}

// Appends the files `path` stands for to *files: the .txt and .json files
// of a folder in byte-wise name order, else the path itself. A folder's
// .txt or .json entry that is not a regular file (a folder, a FIFO, a
// dangling or looping link) is skipped with a warning: reading it could
// block or fail, and silence would hide an article the user meant.
Status ExpandPath(const std::string& path, std::vector<std::string>* files,
                  std::vector<std::string>* warnings) {
  std::error_code ec;
  const fs::file_status st =
      path == "-" ? fs::file_status() : fs::status(path, ec);
  if (st.type() == fs::file_type::not_found)
    return Status::NotFound(path + ": no such file or directory");
  if (ec) return Status::IOError(path + ": cannot read: " + ec.message());
  if (!fs::is_directory(st)) {
    files->push_back(path);
    return Status::OK();
  }
  std::vector<std::string> names;
  std::vector<std::pair<std::string, std::string>> skipped;  // name, why
  for (fs::directory_iterator it(path, ec), end; !ec && it != end;
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.starts_with('.') || !(HasExtension(name, ".txt") || HasExtension(name, ".json")))
      continue;
    std::error_code type_ec;  // a dangling link is skipped, not an error
    if (it->is_regular_file(type_ec))
      names.push_back(name);
    else
      skipped.emplace_back(name, type_ec ? type_ec.message() : "not a regular file");
  }
  if (ec) return Status::IOError(path + ": cannot list: " + ec.message());
  std::sort(skipped.begin(), skipped.end());  // listing order varies by file system
  const std::string prefix = path.ends_with('/') ? path : path + "/";
  for (const auto& [name, why] : skipped)
    if (warnings != nullptr) warnings->push_back(prefix + name + ": skipped: " + why);
  if (names.empty()) return Invalid(path, "no .txt or .json articles");
  std::sort(names.begin(), names.end());  // char_traits: unsigned bytes
  for (const std::string& name : names) files->push_back(prefix + name);
  return Status::OK();
}

// Name of an input for the cluster id: "stdin" for "-", a file's name
// without extension, a folder's name ("." and "dir/" resolved).
std::string InputName(const std::string& path) {
  if (path == "-") return "stdin";
  std::error_code ec;
  fs::path p = fs::absolute(path, ec).lexically_normal();
  if (!p.has_filename()) p = p.parent_path();  // "/x/dir/" -> "/x/dir"
  const fs::path part = fs::is_directory(p, ec) ? p.filename() : p.stem();
  return part.empty() ? "cluster" : part.string();
}

// Reads one file ("-": `stdin_bytes`) into *docs, skipping empty articles
// with a warning. Sets *cluster_id to a JSON file's "cluster" field.
// The cluster id when no JSON input names one: the folder of several
// articles that all sit in one folder ("examples/story/*.txt" → "story"),
// else the first input's name.
std::string DefaultClusterId(const std::vector<std::string>& paths) {
  if (paths.size() > 1) {
    std::error_code ec;
    const fs::path first = fs::absolute(paths[0], ec).lexically_normal().parent_path();
    bool same = !first.empty() && first.has_filename();
    for (const std::string& p : paths)
      same = same && p != "-" && !fs::is_directory(p, ec) && !HasExtension(p, ".json") &&
             fs::absolute(p, ec).lexically_normal().parent_path() == first;
    if (same) return first.filename().string();
  }
  return InputName(paths[0]);
}

Status LoadFile(const std::string& path, std::string_view stdin_bytes,
                const LoadOptions& options, std::vector<Document>* docs,
                std::string* cluster_id, std::vector<std::string>* warnings) {
  const bool is_stdin = path == "-";
  const bool json = !is_stdin && HasExtension(path, ".json");
  std::string bytes;
  if (!is_stdin) {
    CHORUS_RETURN_IF_ERROR(
        json ? ReadWholeFile(path, &bytes, options.max_cluster_bytes, "--max-cluster-bytes", "cluster")
             : ReadWholeFile(path, &bytes, options.max_article_bytes));
  }
  if (json) {
    Cluster part;
    CHORUS_RETURN_IF_ERROR(ParseCluster(bytes, path, options, &part, warnings));
    *cluster_id = std::move(part.id);
    *docs = std::move(part.docs);
    return Status::OK();
  }
  const std::string name = is_stdin ? "stdin" : path;
  const std::string id = is_stdin ? name : fs::path(path).filename().string();
  Document doc;
  bool empty = false;
  CHORUS_RETURN_IF_ERROR(ParseArticleText(is_stdin ? stdin_bytes : bytes, id,
                                          name, options, &doc, &empty));
  if (!empty) {
    docs->push_back(std::move(doc));
  } else if (warnings != nullptr) {
    warnings->push_back(name + ": empty article, skipped");
  }
  return Status::OK();
}

}  // namespace

Status ParseArticleText(std::string_view bytes, const std::string& id,
                        const std::string& name, const LoadOptions& options,
                        Document* doc, bool* empty) {
  if (bytes.size() > options.max_article_bytes)
    return TooLarge(name, bytes.size(), options.max_article_bytes);
  const size_t bom = bytes.starts_with(kBom) ? kBom.size() : 0;
  std::string_view content = bytes.substr(bom);
  std::string repaired;
  const size_t bad =
      internal::CheckOrRepairUtf8(&content, options.lossy_utf8, &repaired);
  if (bad != kUtf8Valid)
    return Invalid(name, "invalid UTF-8 at byte " + std::to_string(bom + bad));
  Document result;
  result.id = id;
  std::string_view title;
  size_t text_begin = 0;
  if (FindTitle(content, &title, &text_begin)) result.title = title;
  result.text = content.substr(text_begin);
  result.text_offset = bom + text_begin;
  *empty = IsBlank(result.text);
  *doc = std::move(result);
  return Status::OK();
}

Status ParseClusterJson(std::string_view json, const std::string& name,
                        const LoadOptions& options, Cluster* cluster,
                        std::vector<std::string>* warnings) {
  Cluster parsed;  // *cluster is only written on success
  CHORUS_RETURN_IF_ERROR(ParseCluster(json, name, options, &parsed, warnings));
  if (parsed.id.empty()) parsed.id = fs::path(name).stem().string();
  *cluster = std::move(parsed);
  return Status::OK();
}

Status LoadOptions::Validate() const {
  if (max_article_bytes < 1 || max_article_bytes > (size_t{1} << 40))
    return Status::InvalidArgument("max_article_bytes must be in 1..1099511627776");
  if (max_cluster_bytes < 1 || max_cluster_bytes > (size_t{1} << 40))
    return Status::InvalidArgument("max_cluster_bytes must be in 1..1099511627776");
  if (max_articles < 1 || max_articles > 10'000'000)
    return Status::InvalidArgument("max_articles must be in 1..10000000");
  return Status::OK();
}

Status LoadCluster(const std::vector<std::string>& paths,
                   std::string_view stdin_bytes, const LoadOptions& options,
                   Cluster* cluster, std::vector<std::string>* warnings) {
  CHORUS_RETURN_IF_ERROR(options.Validate());
  if (paths.empty()) return Status::InvalidArgument("no input paths given");
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    if (path.empty()) return Status::InvalidArgument("empty input path");
    CHORUS_RETURN_IF_ERROR(ExpandPath(path, &files, warnings));
  }
  Cluster result;
  std::unordered_map<std::string, std::string> file_of_id;
  for (const std::string& file : files) {
    std::vector<Document> docs;
    std::string id;
    CHORUS_RETURN_IF_ERROR(
        LoadFile(file, stdin_bytes, options, &docs, &id, warnings));
    if (result.docs.size() + docs.size() > options.max_articles)
      return internal::TooManyArticles(file, result.docs.size() + docs.size(),
                                       options.max_articles);
    if (result.id.empty()) result.id = id;
    for (Document& doc : docs) {
      const auto [it, inserted] = file_of_id.emplace(doc.id, file);
      if (!inserted) {
        return Invalid(file, "duplicate document id \"" + doc.id +
                                 "\" (also in " + it->second + ")");
      }
      result.docs.push_back(std::move(doc));
    }
  }
  if (result.docs.empty()) {
    std::string inputs;
    for (const std::string& p : paths)
      inputs += (inputs.empty() ? "" : ", ") + p;
    return Invalid("no articles in input", inputs);
  }
  if (result.id.empty()) result.id = DefaultClusterId(paths);
  *cluster = std::move(result);
  return Status::OK();
}

}  // namespace chorus
