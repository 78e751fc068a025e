// Copyright (c) chorus developers.
//
// The input model: a Cluster is the set of articles about one story.
// Documents hold the original UTF-8 bytes of each article; everything chorus
// reports (sentences, spans) refers back to these bytes, never to a
// normalized copy.
//
// Thread-safety: plain values; share const references freely.

#ifndef CHORUS_DOCUMENT_H_
#define CHORUS_DOCUMENT_H_

#include <string>
#include <vector>

namespace chorus {

struct Document {
  // Identifier shown in citations: the file name for a .txt article, the
  // "id" field for a JSON document. Never empty once loaded.
  std::string id;
  // Optional metadata; empty when unknown.
  std::string title;   // headline
  std::string source;  // outlet name
  std::string url;
  std::string date;    // as given; ISO 8601 and RFC 822 (RSS) dates sort in time order
  // The article body, valid UTF-8. For a .txt file this is the file's bytes
  // after the title line and its blank line (or the whole file when it has
  // no title); `text_offset` is where it starts in the file, so a span
  // [b, e) in `text` is [b + text_offset, e + text_offset) in the file.
  std::string text;
  size_t text_offset = 0;
};

struct Cluster {
  std::string id;  // "cluster" field, or derived from the inputs' names
  std::vector<Document> docs;
};

}  // namespace chorus

#endif  // CHORUS_DOCUMENT_H_
