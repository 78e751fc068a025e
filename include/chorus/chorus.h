// Copyright (c) chorus developers.
//
// Umbrella header of the chorus library: extractive multi-document news
// summarization with per-sentence citations.
//
//   chorus::Cluster cluster;
//   std::vector<std::string> warnings;
//   chorus::Status s = chorus::LoadCluster({"a.txt", "b.txt"}, "", {},
//                                          &cluster, &warnings);
//   std::unique_ptr<chorus::Summarizer> summarizer;
//   s = chorus::Summarizer::Create(chorus::SummarizerOptions(), &summarizer);
//   chorus::Digest digest;
//   s = summarizer->Summarize(cluster, &digest);
//   std::unique_ptr<chorus::Formatter> formatter;
//   s = chorus::NewFormatter("text", {}, &formatter);
//   std::string out;
//   s = formatter->Format(cluster, digest, &out);

#ifndef CHORUS_CHORUS_H_
#define CHORUS_CHORUS_H_

#include "chorus/batch.h"
#include "chorus/digest.h"
#include "chorus/document.h"
#include "chorus/formatter.h"
#include "chorus/loader.h"
#include "chorus/options.h"
#include "chorus/status.h"
#include "chorus/summarizer.h"

#endif  // CHORUS_CHORUS_H_
