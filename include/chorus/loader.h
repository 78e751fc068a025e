// Copyright (c) chorus developers.
//
// Reading articles and clusters from files, folders, stdin and memory.
//
// Input forms (the `chorus digest PATH...` contract):
//   * a `.txt` file is one article; its file name is its id. Its first line
//     is the title when a blank line follows it, it has at most 25 words and
//     it does not end with sentence-final punctuation; otherwise the article
//     has no title.
//   * a `.json` file is one cluster: {"cluster", "docs": [{"id", "title",
//     "source", "url", "date", "text"}]}; only "id" and "text" are required
//     and unknown keys are ignored.
//   * a directory stands for its `.txt` and `.json` files in name order
//     (not recursive).
//   * "-" is one article read from standard input, with id "stdin".
//
// Errors name the file (and the line/column for JSON, the byte offset for
// invalid UTF-8). An empty article is skipped with a warning. Loading fails
// when no article at all remains.
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

struct LoadOptions {
  // Replace invalid UTF-8 with U+FFFD instead of failing. Default false:
  // invalid UTF-8 is an error naming the file and the byte offset.
  bool lossy_utf8 = false;
  // Largest accepted article text, in bytes. Larger input fails with a
  // message naming the limit. Default 64 MiB.
  size_t max_article_bytes = size_t{64} << 20;
};

// Parses the bytes of one .txt article. `id` becomes the document id and
// `name` is used in messages. Sets *empty when the article holds no
// non-whitespace text (the caller decides to warn and skip).
Status ParseArticleText(std::string_view bytes, const std::string& id,
                        const std::string& name, const LoadOptions& options,
                        Document* doc, bool* empty);

// Parses one cluster in JSON. `name` is used in messages ("a.json:3:14: ...").
// Documents whose text is empty are dropped with a message appended to
// *warnings. Fails if the JSON is malformed or a document lacks "id"/"text".
Status ParseClusterJson(std::string_view json, const std::string& name,
                        const LoadOptions& options, Cluster* cluster,
                        std::vector<std::string>* warnings);

// Loads every input named in `paths` (files, folders, "-") into one cluster.
// `stdin_bytes` supplies the text for "-" (the CLI reads it; tests pass
// strings). Warnings (skipped empty articles) are appended to *warnings.
// The cluster id is the "cluster" field of the first JSON input, else the
// name of the first input without its extension.
Status LoadCluster(const std::vector<std::string>& paths,
                   std::string_view stdin_bytes, const LoadOptions& options,
                   Cluster* cluster, std::vector<std::string>* warnings);

}  // namespace chorus

#endif  // CHORUS_LOADER_H_
