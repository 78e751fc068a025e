// Copyright (c) chorus developers.
//
// Options of the summarizer, as plain structs with in-class defaults (as
// leveldb's Options). Every field states its meaning, default, range and
// trade-off. Validate() checks them all at once.

#ifndef CHORUS_OPTIONS_H_
#define CHORUS_OPTIONS_H_

#include <cstddef>
#include <string>

#include "chorus/status.h"

namespace chorus {

// How terms are made from words.
struct AnalyzerOptions {
  // Snowball stemmer language ("english", "german", "french", ...; see
  // `chorus digest --help`). Stopwords are removed for languages that have a
  // built-in list (English); other languages keep all words. Default english.
  std::string language = "english";
  // Stem terms with Snowball. Default true.
  bool stem = true;
  // Drop stopwords. Default true.
  bool remove_stopwords = true;
};

// The most worker threads any options struct accepts (SummarizerOptions,
// BaselineOptions, EvalOptions, BatchOptions): far above the cores of any machine, and
// far below the count at which OpenMP, which allocates a start record per
// thread on the caller's stack, overflows it (100000 crashed).
inline constexpr int kMaxThreads = 1024;

// OK when 0 <= threads <= kMaxThreads, else InvalidArgument "threads: N is
// out of range 0..1024 (0: all cores)": the one check of every options
// struct's thread count (SummarizerOptions, BaselineOptions, EvalOptions,
// BatchOptions).
Status CheckThreads(int threads);

enum class BudgetUnit { kWords, kSentences, kChars };

// True for the three units above (an integer cast to BudgetUnit may be none).
inline bool IsBudgetUnit(BudgetUnit unit) {
  return unit == BudgetUnit::kWords || unit == BudgetUnit::kSentences ||
         unit == BudgetUnit::kChars;
}

// Output order of the chosen sentences.
enum class SentenceOrder {
  kChrono,  // article date when known, then position in the article
  kSource,  // by article (input order), then position in the article
  kScore,   // by selection order (the best gain first, not centrality alone)
};

struct SummarizerOptions {
  AnalyzerOptions analyzer;

  // Length budget: at most `budget` units of `budget_unit` in the digest,
  // never exceeded. Default 120 words. Range 1..10^7.
  BudgetUnit budget_unit = BudgetUnit::kWords;
  size_t budget = 120;

  // LexRank (Erkan & Radev 2004), continuous (cosine-weighted) variant.
  // Damping in (0,1), default 0.85; power iteration stops when the L1 change
  // falls below `tolerance` (default 1e-6) or after `max_iterations` (200).
  double damping = 0.85;
  double tolerance = 1e-6;
  int max_iterations = 200;
  // Edges of the similarity graph below this cosine are dropped: keeps the
  // graph sparse and removes incidental overlap (one shared common word).
  // Range [0,1), default 0.1 (Erkan & Radev's lowest threshold).
  double edge_threshold = 0.1;
  // Position prior (MEAD, Radev et al. 2004): LexRank's teleport vector
  // mixes uniform (weight 1 − position_prior) with 1/sqrt(1 + index of the
  // sentence in its article) (weight position_prior), since news puts its
  // key facts first. Range [0,1]; default 0 (plain LexRank).
  double position_prior = 0.0;

  // MMR (Carbonell & Goldstein 1998): gain = λ·centrality − (1−λ)·max cosine
  // to a chosen sentence. Range [0,1], default 0.7; lower means less
  // redundancy and less centrality.
  double mmr_lambda = 0.7;
  // Concept coverage (Gillick & Favre 2009): bigrams (see
  // concept_word_bigrams) found in at least `concept_min_docs` articles
  // are concepts weighted by
  // that number; selection adds the weight of the concepts a sentence covers
  // first, per word^length_exponent, mixed into the MMR gain at
  // `concept_mix` in [0,1] (0: plain MMR). Defaults 0.3, 3, 1: on DUC
  // 2003/2006 every mix in 0.2-0.5 raised ROUGE-2 (docs/quality.md).
  double concept_mix = 0.3;
  size_t concept_min_docs = 3;
  double length_exponent = 1;
  // Unigram distribution matching (KL-Sum, Haghighi & Vanderwende 2009;
  // src/unigram_match.h): selection also rewards the sentence that most
  // lowers the divergence of the digest's content-term distribution from
  // the cluster's (over every sentence that passes the form rules), mixed
  // into the gain at `unigram_mix` in [0,1] (0: off). Default 0.2: on DUC
  // 2006 it gained R-1 beyond noise and lost nowhere (docs/quality.md,
  // sixth session).
  double unigram_mix = 0.2;
  // Concepts in the articles' leads: a concept's weight (its number of
  // articles, n) is multiplied by 1 + concept_lead_factor × l, l being the
  // number of articles whose first sentence has it (news puts its key facts
  // first; the product favours facts both widespread and in the leads).
  // Range [0,10]; 0 turns it off. Default 1: on DUC 2003 it gained ROUGE-2
  // beyond noise (+0.62) and lost nowhere (docs/quality.md, sixth session,
  // round 2).
  double concept_lead_factor = 1;
  // With concept_word_bigrams: a concept with a stopword in it ("of
  // pinochet") weighs this many times a pair of content words (ROUGE-2
  // counts such pairs too). Range [0,10]; 1 weighs them alike. Default 3
  // (2 from the seventh session, round 3, until the name repair of the
  // segmenter): against 2, DUC 2003 ROUGE-1 +0.50 beyond noise at 100
  // words, DUC 2006 +0.06 / +0.17 at 250 (10.36 -> 10.53), DUC 2006 gaining
  // both figures at every budget from 50 to 300 words and nothing lost
  // beyond noise anywhere; 2.5 and 3.5 gain less, 4 and 1.5 lose DUC 2006
  // (docs/quality.md, eighth session, the defaults re-checked).
  double concept_stopword_factor = 3;
  // Experiments of issue 4 (docs/quality.md); 0 turns each off.
  // A concept must also be in at least this fraction of the articles
  // (rounded up). Range [0,1].
  double concept_min_doc_fraction = 0;
  // A concept's weight adds this for every article whose first sentence
  // has it (news puts its key facts first). Range [0,10].
  double concept_lead_weight = 0;
  // Selection relevance mixes LexRank centrality (1 − position_weight)
  // with 1/sqrt(1 + index of the sentence in its article). Range [0,1].
  double position_weight = 0;
  // Concepts are pairs of adjacent stemmed words with stopwords kept (not
  // both stopwords: "of pinochet", "arrest pinochet"), as in Gillick &
  // Favre's system; false: pairs of adjacent content terms. Default true:
  // +0.9 ROUGE-1 and +0.6 ROUGE-2 on DUC 2006, neutral on DUC 2003
  // (docs/quality.md).
  bool concept_word_bigrams = true;
  // The sentence vectors' IDF is raised to this power (below 1 flattens
  // the weights). Range (0,2]; default 1.
  double idf_exponent = 1;
  // Sentences that open with a quotation mark are not candidates: out of
  // its article a quote lacks its speaker and its setting. Default true:
  // +0.29 ROUGE-1 and +0.24 ROUGE-2 on DUC 2006 (paired 95% intervals above
  // zero), neutral on DUC 2003 (docs/quality.md). Nor are sentences that
  // close a quotation they did not open (its tail, split from its opening:
  // "I feel guilty,'' he said ..."): 8 candidates on DUC 2003, 36 on DUC
  // 2006, ROUGE unchanged beyond noise (docs/quality.md, eighth session,
  // "the text defects left in candidates").
  bool skip_quotes = true;
  // Sentences attributed to a bare "he", "she" or "they" with no name
  // before it ("For example, she said, ..."), or set off after a statement
  // with no verb of saying before it ("Johnson's motive was good science,
  // he said.": src/unnamed_speaker.h) are not candidates: out of its
  // article the reader cannot tell who speaks. They stay graph nodes
  // (centrality, concepts, citations), as the sentences that open with a
  // back-reference do. English only (analyzer.language "english", "porter" or
  // "en", as the segmenter reads it). Default true, for readability: ROUGE unchanged beyond noise
  // at 50 to 300 words on DUC 2003 and 2006 (with the ninth session's
  // speech-tag repair, DUC 2006 at 250 words 42.29 / 10.504 -> 42.40 /
  // 10.518); 53 of 56 sampled refused sentences and 50 of the 51 the
  // set-off form adds do point back (docs/quality.md, ninth session).
  bool refuse_unnamed_speakers = true;
  // A candidate whose cosine with a chosen sentence reaches this is never
  // chosen (a near-duplicate). Range (0,1], default 0.6.
  double redundancy_threshold = 0.6;

  // Candidate sentence length in words: shorter ones are fragments, longer
  // ones run-ons. Defaults 6 and 60.
  size_t min_sentence_words = 6;
  size_t max_sentence_words = 60;

  // A chosen sentence also cites every other article with a sentence at
  // least this similar (cosine of TF-IDF vectors; the shared-term and
  // coverage conditions of src/citations.h apply too). Range (0,1] and at
  // least edge_threshold (citations are read from the similarity graph's
  // edges, so a lower threshold would find no more pairs). Default
  // 0.4: on two labelled samples (docs/citations.md) only 20 of 60 citations
  // in [0.35, 0.4) carried the chosen sentence's claim, so 0.4 raises the
  // share of other-article citations that carry it from 0.63 to 0.72 and
  // lowers the share of carrying articles cited from 0.62 to 0.57.
  double citation_threshold = 0.4;

  // Noise filter: drop bylines, labels, teasers, prompts and off-topic
  // sentences before scoring. Default true.
  bool filter_noise = true;
  // A sentence whose cosine with the other articles' content (the sum of
  // their sentence vectors) is below this is off-topic; below 3× this, a
  // sentence in the publisher's voice or addressed to the reader is too.
  // Only applies to clusters of 2+ articles. Range [0,1), default 0.03:
  // on-topic background sentences reach 0.02-0.15, so higher values start
  // dropping reporting.
  double topic_threshold = 0.03;

  // For evaluation: the last chosen sentence may run past the budget (DUC
  // systems fill the budget and the scorer cuts at the limit). Default
  // false: the budget is never exceeded.
  bool fill = false;
  // With fill and a word budget: the word limit cuts the digest's last
  // sentence, so the chosen sentence whose cut keeps the most concept weight
  // goes last (src/cut_order.h); the others keep `order`, and the opening
  // sentence stays first. Needs concept_mix > 0; nothing moves when the
  // digest fits. Default true: DUC 2006 (250 words) ROUGE-2 +0.16, beyond
  // noise, and no loss beyond noise at 50 to 300 words on DUC 2003 and
  // 2006 (docs/quality.md, seventh session, round 3). False: `order` alone.
  bool cut_aware_order = true;

  SentenceOrder order = SentenceOrder::kChrono;

  // Fill Digest::candidates and Digest::dropped. Default false.
  bool explain = false;

  // Limits on hostile input (docs/robustness.md); the article limits are in
  // LoadOptions. A sentence longer than `max_sentence_bytes` (a feed that
  // lost its punctuation, a run-on line) is dropped with a reason naming the
  // limit and --max-sentence-bytes, like noise: one bad line does not sink
  // the digest, and it costs only its segmentation. Default 10000 (a
  // 60-word sentence is rarely over 600 bytes); range 1..2^40. A cluster of
  // more than `max_sentences` sentences fails with LimitExceeded naming
  // --max-sentences, right after segmentation. Default 200000 (a story of
  // 1000 articles has about 30000); range 1..10^8.
  size_t max_sentence_bytes = 10000;
  size_t max_sentences = 200000;

  // Worker threads for the parallel stages; 0 means OpenMP's default (all
  // cores, or OMP_NUM_THREADS). Range 0..kMaxThreads. Output does not
  // depend on it.
  int threads = 0;

  // Returns InvalidArgument naming the first field out of range.
  Status Validate() const;
};

}  // namespace chorus

#endif  // CHORUS_OPTIONS_H_
