// Copyright (c) chorus developers.
//
// The result of summarizing a cluster: chosen sentences with their sources,
// plus (on request) the scores of every candidate and the reason each
// dropped line was dropped. A Digest refers to its Cluster by document
// index; the formatter needs both.
//
// Thread-safety: plain values.

#ifndef CHORUS_DIGEST_H_
#define CHORUS_DIGEST_H_

#include <cstddef>
#include <string>
#include <vector>

namespace chorus {

// A byte range [begin, end) in Document::text.
struct Span {
  size_t begin = 0;
  size_t end = 0;
};

// Evidence that another article carries a chosen sentence: that article's
// sentence most similar to it (cosine of TF-IDF vectors), which met the
// citation rule (SummarizerOptions::citation_threshold and shared terms).
struct Support {
  size_t doc = 0;       // index into Cluster::docs
  size_t sentence = 0;  // index of the sentence in that article
  Span span;            // where it stands in that article's text
  std::string text;     // its own bytes, whitespace collapsed
  double similarity = 0;
};

struct DigestSentence {
  std::string text;   // the article's own bytes, whitespace runs collapsed
  size_t doc = 0;     // index into Cluster::docs of the article it was taken from
  size_t sentence = 0;  // index of the sentence in that article (0-based)
  Span span;          // where `text` stands in Document::text
  double score = 0;   // LexRank centrality (stationary probability × n)
  // Sources carrying this statement, as indices into Digest::sources, in
  // ascending order (they read [1][3]). Always includes the article the
  // sentence was taken from (`doc`). Never empty.
  std::vector<size_t> sources;
  // One entry per cited article other than `doc`, in document order: the
  // sentence there that carries the statement. Empty when only `doc` cites.
  std::vector<Support> support;
};

// A cited article. Sources are numbered (from 1 in output) in order of first
// citation.
struct DigestSource {
  size_t doc = 0;  // index into Cluster::docs
};

// Why a line never became a candidate, or why a candidate was not chosen.
struct DroppedLine {
  size_t doc = 0;
  Span span;
  std::string text;    // whitespace collapsed
  std::string reason;  // e.g. "byline", "off-topic (similarity 0.02 < 0.05)"
};

// One scored candidate sentence (only filled with SummarizerOptions::explain).
struct Candidate {
  size_t doc = 0;
  size_t sentence = 0;
  Span span;
  std::string text;
  double centrality = 0;  // LexRank score, as DigestSentence::score
  double topic = 0;       // similarity to the rest of the cluster
  size_t words = 0;
  bool chosen = false;
  std::string note;       // why it was not chosen, when it was not
};

struct DigestStats {
  size_t articles = 0;       // documents in the cluster
  size_t sentences = 0;      // sentences segmented, noise included
  size_t dropped_noise = 0;  // sentences/lines removed as noise
  size_t words = 0;          // words in the digest
};

struct Digest {
  std::string cluster;
  std::vector<DigestSentence> sentences;  // in output order
  std::vector<DigestSource> sources;      // in order of first citation
  DigestStats stats;
  // Filled only when SummarizerOptions::explain is set.
  std::vector<Candidate> candidates;
  std::vector<DroppedLine> dropped;
};

}  // namespace chorus

#endif  // CHORUS_DIGEST_H_
