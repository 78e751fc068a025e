// Copyright (c) chorus developers.
//
// Reading articles and clusters from files, folders, stdin and memory.
//
// Input forms (the `chorus digest PATH...` contract):
//   * a `.txt` file is one article; its file name (basename, extension kept
//     so ids stay unique) is its id. Its first line is the title when
//       - a blank (whitespace-only) line follows it,
//       - it has at most 25 words,
//       - it does not end with sentence-final punctuation (. ! ?, possibly
//         followed by closing quotes or brackets),
//       - and some non-blank text follows (a file holding only a headline
//         keeps it as its text rather than becoming an empty article);
//     otherwise the article has no title and its text is the whole file.
//     When the title is a label above the headline (a section name or a
//     breadcrumb) the headline is the title and the label is dropped: that
//     is when the next paragraph is one line that passes the same rule and,
//     of the two, only it shares a word (4 or more letters, case ignored)
//     with the text after it.
//     A UTF-8 byte order mark is dropped. Line ends may be \n, \r\n or a
//     lone \r; the bytes of the text are kept as they are.
//   * a `.json` file is one cluster: {"cluster", "docs": [{"id", "title",
//     "source", "url", "date", "text"}]}; only "id" and "text" are required,
//     optional fields may also be null, and unknown keys are ignored. A
//     "date" that does not open with an ISO 8601 date (YYYY, YYYY-MM or
//     YYYY-MM-DD, then optionally 'T' or ' ' and a time) is kept as given
//     with a warning: the chronological order compares dates as text.
//   * a directory stands for its `.txt` and `.json` files (regular files,
//     not recursive, names starting with '.' ignored) in byte-wise name
//     order; a directory holding none of them is an error. An entry with
//     such a name that is not a regular file (a folder, a FIFO, a dangling
//     or looping link) is skipped with a warning.
//   * "-" is one article read from standard input, with id "stdin".
//   * a file named explicitly with any other extension (or none, e.g.
//     `article`) is read as a `.txt` article. Extensions match
//     case-insensitively (`A.JSON` is a cluster).
//
// Errors name the file (and the line:column for malformed JSON, the byte
// offset for invalid UTF-8). An empty (whitespace-only) article is skipped
// with a warning. Loading fails when no article at all remains.
//
// Thread-safety: all functions are reentrant.

#ifndef CHORUS_LOADER_H_
#define CHORUS_LOADER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/document.h"
#include "chorus/status.h"

namespace chorus {

// Limits (docs/robustness.md) make hostile input fail fast, with a
// LimitExceeded message naming the input, the limit and the CLI flag that
// raises it: "big.txt: article is 104857600 bytes, over the limit of
// 67108864 bytes (raise it with --max-article-bytes)". The defaults are far
// above real news (an article is rarely over 100 KB, a story rarely has a
// thousand articles).
struct LoadOptions {
  // Replace invalid UTF-8 with U+FFFD (one per maximal ill-formed subpart)
  // instead of failing. Default false: invalid UTF-8 is an error naming the
  // file and the byte offset. When a replacement happens, Document::text and
  // text_offset refer to the repaired bytes, no longer to the file's.
  bool lossy_utf8 = false;
  // Largest accepted article, in bytes: the size of a .txt file (or of the
  // stdin bytes), or of one JSON document's "text" or "title". Larger input
  // fails with LimitExceeded (--max-article-bytes); a regular file is
  // rejected from its size, before it is read. Default 64 MiB; range
  // 1..2^40.
  size_t max_article_bytes = size_t{64} << 20;
  // Largest accepted cluster in JSON, in bytes: a .json file (a regular
  // file is rejected from its size, before it is read), the text given to
  // ParseClusterJson, or one line of a batch input (read no further than
  // this: the rest of the line is skipped, not buffered). Larger input fails
  // with LimitExceeded (--max-cluster-bytes). Default 256 MiB (four of the
  // largest articles); range 1..2^40.
  size_t max_cluster_bytes = size_t{256} << 20;
  // Most articles in one cluster: the non-empty documents of all inputs
  // together, and the "docs" array of one JSON cluster (empty ones
  // included; checked before any is read). More fail with LimitExceeded
  // (--max-articles). Default 10000; range
  // 1..10^7.
  size_t max_articles = 10000;

  // InvalidArgument naming the first field out of range.
  Status Validate() const;
};

// Parses the bytes of one .txt article (rules above). `id` becomes the
// document id and `name` prefixes messages ("a.txt: invalid UTF-8 at byte
// 17", the offset counted in `bytes`, BOM included). Document::title is the
// first line with surrounding whitespace removed. On success *doc is filled
// and *empty tells whether the text is whitespace-only (the caller decides
// to warn and skip). Errors: InvalidInput (bad UTF-8), LimitExceeded.
Status ParseArticleText(std::string_view bytes, const std::string& id,
                        const std::string& name, const LoadOptions& options,
                        Document* doc, bool* empty);

// Parses one cluster in JSON. `name` prefixes messages ("a.json:3:14:
// malformed JSON: ...", "a.json:2:9: invalid UTF-8 at byte 40",
// "a.json: docs[2].text: expected a string"; lines and columns count from 1,
// columns in bytes). In lossy mode the JSON source is repaired before it is
// parsed. The cluster id is the "cluster"
// field, or `name`'s file name without extension when absent or empty.
// Documents keep their text as given (text_offset 0). Documents whose text
// is whitespace-only are dropped with a message appended to *warnings
// (which may be null). Fails if the JSON is malformed or not valid UTF-8, a
// field has the wrong type, a document lacks "id"/"text" or has an empty
// id, two documents share an id, an object has the same key twice (JSON
// leaves that undefined; parsers differ on which value wins), or a limit of
// `options` is exceeded. Nesting is not limited (nlohmann's parser and
// destructor are iterative; tests/bad_input has 100,000 levels).
// *cluster is only written on success.
Status ParseClusterJson(std::string_view json, const std::string& name,
                        const LoadOptions& options, Cluster* cluster,
                        std::vector<std::string>* warnings);

// Loads every input named in `paths` (files, folders, "-") into one cluster,
// documents in input order. `stdin_bytes` supplies the text for "-" (the CLI
// reads it; tests pass strings). Warnings (skipped empty articles) are
// appended to *warnings, which may be null. The cluster id is the
// "cluster" field of the first JSON input that has one; else, for several
// article files that all sit in one folder, that folder's name
// ("story/a.txt story/b.txt" → "story"); else the name of the first input
// without its extension ("stdin" for "-"; a folder's name is kept whole). Document ids must be unique across all inputs.
// Errors: NotFound for a missing path, IOError (with the system's reason)
// for an unreadable one, InvalidInput for malformed content or when no
// article remains ("no articles in input: ..."), LimitExceeded.
// *cluster is only written on success.
Status LoadCluster(const std::vector<std::string>& paths,
                   std::string_view stdin_bytes, const LoadOptions& options,
                   Cluster* cluster, std::vector<std::string>* warnings);

}  // namespace chorus

#endif  // CHORUS_LOADER_H_
