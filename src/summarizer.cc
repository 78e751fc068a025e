// The summarization pipeline, stage by stage (each stage in its own file):
// segment → form noise rules → analyze → TF-IDF → topic rule → similarity
// graph → LexRank → MMR selection → citations → order.
// Tests: tests/seeds_test.cc, tests/golden_test.cc, tests/big_cluster_test.cc,
// tests/quality/quality_test.cc, tests/bad_input/ (limits).

#include "chorus/summarizer.h"

#include <omp.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "analyzer.h"
#include "candidate_rules.h"
#include "citations.h"
#include "concepts.h"
#include "cut_order.h"
#include "first_copies.h"
#include "id_list_pool.h"
#include "lexrank.h"
#include "mmr_selector.h"
#include "noise_filter.h"
#include "sentence_orderer.h"
#include "sentence_segmenter.h"
#include "sentence_units.h"
#include "similarity_graph.h"
#include "stopwords.h"
#include "summarizer_internal.h"
#include "text_util.h"
#include "tfidf.h"

namespace chorus {

using namespace internal;

struct Summarizer::Rep {
  SummarizerOptions options;
  std::unique_ptr<SentenceSegmenter> segmenter;
  std::unique_ptr<Analyzer> analyzer;
  StopwordSet stopwords{""};  // of the language, for word bigram concepts

  Status Run(const Cluster& cluster, Digest* digest, StageTimes* times) const;
};

namespace {

// Adds the time since the last Lap() to the given stage, when timing.
class StageClock {
 public:
  explicit StageClock(StageTimes* times) : times_(times), last_(Now()) {}
  void Lap(Stage stage) {
    if (times_ == nullptr) return;
    const auto now = Now();
    times_->seconds[stage] += std::chrono::duration<double>(now - last_).count();
    last_ = now;
  }

 private:
  static std::chrono::steady_clock::time_point Now() { return std::chrono::steady_clock::now(); }
  StageTimes* times_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace

namespace {

// Terms in more sentences than this are skipped when scoring pairs (see
// similarity_graph.h): bounds the graph's cost on huge or repetitive clusters.
constexpr int kMaxPostings = 2000;
// Indexed by BudgetUnit, for messages.
constexpr const char* kUnitNames[] = {" words", " sentences", " characters"};

// Above this many graph nodes (DUC clusters have at most ~1,500), each
// sentence keeps only its kMaxNeighbors strongest edges (see
// similarity_graph.h): a 100,000-sentence cluster otherwise has tens of
// millions of edges. Below it the graph is exact. bench/RESULTS.md has the
// measured time and effect on ROUGE.
constexpr size_t kExactGraphNodes = 20000;
constexpr int kMaxNeighbors = 50;

int Threads(const SummarizerOptions& o) { return o.threads > 0 ? o.threads : omp_get_max_threads(); }

// The given rows of m, in that order, each row's entries copied as a block.
SparseRows SelectRows(const SparseRows& m, const std::vector<int>& rows) {
  SparseRows out(static_cast<int>(rows.size()), m.cols());
  const int* from = m.outerIndexPtr();
  int* outer = out.outerIndexPtr();
  for (size_t k = 0; k < rows.size(); ++k)
    outer[k + 1] = outer[k] + (from[rows[k] + 1] - from[rows[k]]);
  out.resizeNonZeros(outer[rows.size()]);
  for (size_t k = 0; k < rows.size(); ++k) {
    std::copy(m.innerIndexPtr() + from[rows[k]], m.innerIndexPtr() + from[rows[k] + 1],
              out.innerIndexPtr() + outer[k]);
    std::copy(m.valuePtr() + from[rows[k]], m.valuePtr() + from[rows[k] + 1],
              out.valuePtr() + outer[k]);
  }
  return out;
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

size_t Cost(const Unit& u, BudgetUnit unit) {
  switch (unit) {
    case BudgetUnit::kWords: return u.words;
    case BudgetUnit::kSentences: return 1;
    case BudgetUnit::kChars: return CodePoints(u.text);
  }
  return u.words;
}

// The articles a concept must appear in: concept_min_docs, or the given
// fraction of the cluster's articles when that is more.
size_t ConceptMinDocs(const SummarizerOptions& o, size_t articles) {
  const auto by_fraction =
      static_cast<size_t>(std::ceil(o.concept_min_doc_fraction * static_cast<double>(articles) - 1e-9));
  return std::max(o.concept_min_docs, by_fraction);
}

// LexRank's teleport vector: uniform mixed with 1/sqrt(1 + position in the
// article) at weight `prior`; empty (uniform) when prior is 0.
std::vector<double> PositionPrior(const std::vector<Unit>& units, const std::vector<int>& nodes,
                                  double prior) {
  if (prior == 0) return {};
  std::vector<double> v(nodes.size());
  double sum = 0;
  for (size_t k = 0; k < nodes.size(); ++k) sum += v[k] = 1 / std::sqrt(1.0 + units[nodes[k]].index);
  for (double& x : v) x = (1 - prior) / static_cast<double>(v.size()) + prior * x / sum;
  return v;
}

// Everything one Summarize call computes, passed between its stages.
struct Work {
  CollapsedTexts collapsed;                   // what units' texts view besides the articles
  std::vector<Unit> units;                    // every segmented sentence
  std::vector<int> kept;                      // units passing the form rules
  TermDictionary dict;                        // of terms and words
  std::vector<std::vector<int>> terms;        // by kept index, ids in dict (nodes'
                                              // lists move to the items: UnigramTerms)
  std::vector<std::vector<int>> words;        // by kept index, if concept_word_bigrams
  TermMatrix tm;                              // rows by kept index
  std::vector<double> topic;                  // by kept index
  std::vector<int> nodes, node_rows;          // graph node → unit, → kept index
  std::vector<size_t> doc_of_node;
  SparseRows x;                               // rows by node
  SimilarityGraph graph;
  LexRankResult rank;
  std::vector<std::string> ineligible;        // by node: why never chosen, or ""
  SelectionResult selection;
  std::vector<double> concept_weights;        // by id, when cut_aware_order applies
  std::vector<std::vector<int>> concept_ids;  // by node, by position (cut_order.h)
  std::vector<SelectionItem> items;           // by node
  Work() = default;
  Work(const Work&) = delete;
  Work& operator=(const Work&) = delete;
  ~Work() {  // the id lists' room serves the thread's next cluster
    ReturnIdLists(&terms);
    ReturnIdLists(&words);
    for (SelectionItem& item : items) {
      ReturnIdList(&item.terms);
      ReturnIdList(&item.concepts);
    }
  }
};

// Eigen 3.4's SparseMatrix has no move assignment (`a = f()` copies the
// matrix): the stages' results are swapped into Work instead.
void Take(SparseRows&& from, SparseRows* to) { to->swap(from); }
void Take(TermMatrix&& from, TermMatrix* to) {
  to->columns = std::move(from.columns);
  to->vocabulary = std::move(from.vocabulary);
  to->idf = std::move(from.idf);
  to->rows.swap(from.rows);
}

// The cluster-level topic rule, then the graph's nodes. The rule needs a
// topic: when it would drop most sentences, the articles share none and it
// is not applied.
void ApplyTopicRule(const Cluster& cluster, const SummarizerOptions& o, Work* w) {
  std::vector<int> doc_of(w->kept.size());
  for (size_t k = 0; k < w->kept.size(); ++k) doc_of[k] = static_cast<int>(w->units[w->kept[k]].doc);
  w->topic = TopicSimilarity(w->tm.rows, doc_of);
  // Reasons are written only once the rule is known to apply.
  std::vector<char> off_topic(w->kept.size(), 0);
  size_t n_off = 0;
  if (o.filter_noise && cluster.docs.size() > 1)
    for (size_t k = 0; k < w->kept.size(); ++k)
      n_off += off_topic[k] =
          IsOffTopic(w->units[w->kept[k]].text, w->topic[k], o.topic_threshold);
  const bool apply = 2 * n_off <= w->kept.size();
  for (size_t k = 0; k < w->kept.size(); ++k) {
    Unit& u = w->units[w->kept[k]];
    if (apply && off_topic[k]) {
      u.reason = OffTopicReason(u.text, w->topic[k], o.topic_threshold);
    } else if (w->tm.rows.row(static_cast<int>(k)).nonZeros() == 0) {
      u.reason = "no content words";
    } else {
      w->nodes.push_back(w->kept[k]);
      w->node_rows.push_back(static_cast<int>(k));
      w->doc_of_node.push_back(u.doc);
    }
  }
}

// Selection items of the graph's nodes. An exact repeat is never a
// candidate twice (the graph may not link copies whose terms are too common
// to score); it still counts for citations as a graph node.
std::vector<SelectionItem> BuildItems(const Cluster& cluster, const SummarizerOptions& o,
                                      Work* w) {
  std::vector<SelectionItem> items(w->nodes.size());
  std::vector<std::vector<int>> concept_lists = TakeIdLists(items.size());
  w->ineligible.assign(w->nodes.size(), "");
  FirstCopies first_copy(w->nodes.size());
  for (size_t k = 0; k < w->nodes.size(); ++k) {
    const Unit& u = w->units[w->nodes[k]];
    if (const char* why = u.refusal != nullptr ? u.refusal : IneligibleReason(u.text, u.words, o))
      w->ineligible[k] = why;
    const size_t first_k = first_copy.FindOrAdd(u.text, k, [&](size_t j) -> std::string_view {
      return w->units[w->nodes[j]].text;
    });
    if (first_k != k && w->ineligible[k].empty()) {
      const Unit& first = w->units[w->nodes[first_k]];
      w->ineligible[k] = "repeats " + cluster.docs[first.doc].id + "#" + std::to_string(first.index);
    }
    items[k] = {w->rank.scores[k], Cost(u, o.budget_unit), u.doc, u.index,
                w->ineligible[k].empty(), std::move(concept_lists[k])};
  }
  if (o.position_weight > 0) {
    double max_rank = 0;
    for (double r : w->rank.scores) max_rank = std::max(max_rank, r);
    for (size_t k = 0; k < items.size(); ++k) {
      const double central = max_rank > 0 ? items[k].relevance / max_rank : 0;
      const double lead = 1 / std::sqrt(1.0 + static_cast<double>(items[k].sentence));
      items[k].relevance = (1 - o.position_weight) * central + o.position_weight * lead;
    }
  }
  return items;
}

// The concepts of the graph's nodes (see ExtractConcepts): over words with
// stopwords when concept_word_bigrams, else over terms. With `ids_by_position`,
// also each node's concept ids by position, for the cut-aware order.
std::vector<double> Concepts(const Cluster& cluster, const SummarizerOptions& o,
                             const StopwordSet& stopwords, const Work& w,
                             std::vector<SelectionItem>* items,
                             std::vector<std::vector<int>>* ids_by_position) {
  std::vector<size_t> index_of_node;
  for (int u : w.nodes) index_of_node.push_back(w.units[u].index);
  return ExtractConcepts(o.concept_word_bigrams ? w.words : w.terms, w.dict, w.node_rows,
                         w.doc_of_node, index_of_node, ConceptMinDocs(o, cluster.docs.size()),
                         o.concept_lead_weight, o.concept_lead_factor,
                         o.concept_stopword_factor, stopwords, items, ids_by_position);
}

// For unigram matching (unigram_match.h): P over the terms of every sentence
// that passed the form rules, and each node's terms, sorted. The nodes'
// term lists move into the items (w->terms is not read after this; a copy
// per node cost an allocation and a free).
void UnigramTerms(Work* w, std::vector<SelectionItem>* items, SelectionParams* sp) {
  std::vector<double> probs(w->dict.size(), 0.0);
  double total = 0;
  for (const auto& t : w->terms) {
    for (int id : t) probs[id] += 1;
    total += static_cast<double>(t.size());
  }
  if (total > 0)
    for (double& p : probs) p /= total;
  sp->term_probs = std::move(probs);
  for (size_t k = 0; k < items->size(); ++k) {
    (*items)[k].terms.swap(w->terms[w->node_rows[k]]);
    std::sort((*items)[k].terms.begin(), (*items)[k].terms.end());
  }
}

// LexRank score of node k scaled so that the mean is 1.
double Score(const Work& w, size_t k) {
  return w.rank.scores[k] * static_cast<double>(w.nodes.size());
}

// The chosen sentences with their citations and evidence, in output order,
// and the stats.
void AssembleDigest(const Cluster& cluster, const SummarizerOptions& o, const Work& w,
                    Digest* digest) {
  std::vector<DigestSentence> chosen;
  std::vector<std::vector<size_t>> citing;
  for (int k : w.selection.chosen) {
    const Unit& u = w.units[w.nodes[k]];
    chosen.push_back({std::string(u.text), u.doc, u.index, {u.begin, u.end}, Score(w, k), {}, {}});
    citing.emplace_back();
    for (const Citation& c : Citations(w.graph, w.x, k, w.doc_of_node, o.citation_threshold)) {
      citing.back().push_back(c.doc);
      if (c.doc == u.doc) continue;
      const Unit& m = w.units[w.nodes[c.node]];
      chosen.back().support.push_back({m.doc, m.index, {m.begin, m.end}, std::string(m.text), c.similarity});
    }
  }
  std::vector<std::vector<size_t>> citing_in_order;
  std::vector<size_t> order = OrderSentences(cluster, chosen, o.order);
  if (!w.concept_ids.empty()) {
    std::vector<CutSentence> cut;
    for (size_t i = 0; i < chosen.size(); ++i)
      cut.push_back({chosen[i].text, &w.concept_ids[w.selection.chosen[i]]});
    MoveCutAwareLast(cut, o.budget, w.concept_weights, &order);
  }
  for (size_t i : order) {
    digest->stats.words += CountWords(chosen[i].text);
    digest->sentences.push_back(std::move(chosen[i]));
    citing_in_order.push_back(std::move(citing[i]));
  }
  NumberSources(citing_in_order, digest);
  digest->stats.articles = cluster.docs.size();
  digest->stats.sentences = w.units.size();
  for (const Unit& u : w.units) digest->stats.dropped_noise += !u.reason.empty();
}

// --explain: every dropped line with its reason and every candidate's scores.
void Explain(const Work& w, Digest* digest) {
  for (const Unit& u : w.units)
    if (!u.reason.empty()) digest->dropped.push_back({u.doc, {u.begin, u.end}, std::string(u.text), u.reason});
  std::vector<double> topic_of_unit(w.units.size(), 0.0);
  for (size_t k = 0; k < w.kept.size(); ++k) topic_of_unit[w.kept[k]] = w.topic[k];
  std::vector<bool> is_chosen(w.nodes.size(), false);
  for (int k : w.selection.chosen) is_chosen[k] = true;
  for (size_t k = 0; k < w.nodes.size(); ++k) {
    const Unit& u = w.units[w.nodes[k]];
    digest->candidates.push_back({u.doc, u.index, {u.begin, u.end}, std::string(u.text), Score(w, k),
                                  topic_of_unit[w.nodes[k]], u.words, is_chosen[k],
                                  w.ineligible[k].empty() ? w.selection.notes[k] : w.ineligible[k]});
  }
}

}  // namespace

Summarizer::Summarizer(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
Summarizer::~Summarizer() = default;
const SummarizerOptions& Summarizer::options() const { return rep_->options; }

Status Summarizer::Create(const SummarizerOptions& options, std::unique_ptr<Summarizer>* out) {
  CHORUS_RETURN_IF_ERROR(options.Validate());
  auto rep = std::make_unique<Rep>();
  rep->options = options;
  CHORUS_RETURN_IF_ERROR(Analyzer::Create(options.analyzer, &rep->analyzer));
  if (options.concept_word_bigrams) rep->stopwords = StopwordSet(options.analyzer.language);
  CHORUS_RETURN_IF_ERROR(SentenceSegmenter::Create(LocaleForLanguage(options.analyzer.language), &rep->segmenter));
  out->reset(new Summarizer(std::move(rep)));
  return Status::OK();
}

namespace {

// "no usable sentence", plus how many were over max_sentence_bytes when
// any were: the one cause a flag can lift.
Status NoUsableSentence(const Cluster& cluster, const SummarizerOptions& o,
                        const std::vector<Unit>& units) {
  size_t over = 0;
  for (const Unit& u : units) over += u.end - u.begin > o.max_sentence_bytes;
  std::string message = "cluster '" + cluster.id + "': no usable sentence";
  if (over > 0)
    message += "; " + std::to_string(over) + " of " + std::to_string(units.size()) +
               " sentences were over the limit of " + std::to_string(o.max_sentence_bytes) +
               " bytes per sentence (raise it with --max-sentence-bytes)";
  return Status::InvalidInput(message);
}

}  // namespace

Status Summarizer::Summarize(const Cluster& cluster, Digest* digest) const {
  return rep_->Run(cluster, digest, nullptr);
}

namespace internal {
Status SummarizeTimed(const Summarizer& summarizer, const Cluster& cluster, Digest* digest,
                      StageTimes* times) {
  return summarizer.rep_->Run(cluster, digest, times);
}
}  // namespace internal

Status Summarizer::Rep::Run(const Cluster& cluster, Digest* digest, StageTimes* times) const {
  const SummarizerOptions& o = options;
  StageClock clock(times);
  *digest = Digest();
  digest->cluster = cluster.id;
  if (cluster.docs.empty()) return Status::InvalidInput("cluster '" + cluster.id + "': no articles");
  const int threads = Threads(o);

  Work w;
  size_t sentences = 0;
  w.units = SegmentUnits(cluster, *segmenter, o, Threads(o), &sentences, &w.collapsed);
  if (sentences > o.max_sentences)
    return Status::LimitExceeded("cluster '" + cluster.id + "': " + std::to_string(sentences) +
                                 " sentences, over the limit of " + std::to_string(o.max_sentences) +
                                 " (raise it with --max-sentences)");
  for (int i = 0; i < static_cast<int>(w.units.size()); ++i)
    if (w.units[i].reason.empty()) w.kept.push_back(i);
  clock.Lap(kSegment);
  w.terms = AnalyzeUnits(w.units, w.kept, *analyzer, threads, &w.dict,
                         o.concept_word_bigrams ? &w.words : nullptr);
  clock.Lap(kAnalyze);
  Take(BuildTermMatrix(w.terms, w.dict, o.idf_exponent), &w.tm);
  clock.Lap(kTfIdf);
  ApplyTopicRule(cluster, o, &w);
  if (w.nodes.empty()) return NoUsableSentence(cluster, o, w.units);
  clock.Lap(kTopic);

  if (w.node_rows.size() == w.kept.size()) w.x.swap(w.tm.rows);  // all kept rows are nodes
  else Take(SelectRows(w.tm.rows, w.node_rows), &w.x);            // (tm.rows is not read again)
  const int neighbors = w.nodes.size() > kExactGraphNodes ? kMaxNeighbors : 0;
  Take(BuildSimilarityGraph(w.x, o.edge_threshold, kMaxPostings, threads,
                            /*parallel_min_nonzeros=*/20000, neighbors),
       &w.graph);
  clock.Lap(kGraph);
  LexRankParams lp{o.damping, o.tolerance, o.max_iterations, threads};
  w.rank = LexRank(w.graph, PositionPrior(w.units, w.nodes, o.position_prior), lp);
  clock.Lap(kLexRank);

  w.items = BuildItems(cluster, o, &w);
  std::vector<SelectionItem>& items = w.items;
  SelectionParams sp{o.mmr_lambda, o.redundancy_threshold, o.budget, o.fill, {}, o.concept_mix,
                     o.length_exponent, /*notes=*/o.explain};
  const bool cut_aware =
      o.fill && o.cut_aware_order && o.budget_unit == BudgetUnit::kWords && o.concept_mix > 0;
  if (o.concept_mix > 0)
    sp.concept_weights =
        Concepts(cluster, o, stopwords, w, &items, cut_aware ? &w.concept_ids : nullptr);
  sp.unigram_mix = o.unigram_mix;
  if (o.unigram_mix > 0) UnigramTerms(&w, &items, &sp);
  w.selection = SelectMmr(w.graph, items, sp);
  if (cut_aware) w.concept_weights = std::move(sp.concept_weights);
  const bool any_eligible = std::any_of(items.begin(), items.end(),
                                       [](const SelectionItem& item) { return item.eligible; });
  if (!any_eligible)  // no budget or --fill would help
    return Status::InvalidInput("cluster '" + cluster.id + "': no candidate sentence (each one " +
                                "is too short, too long or does not stand on its own; see " +
                                "--min-sentence-words and --max-sentence-words)");
  if (w.selection.chosen.empty())
    return Status::InvalidInput("cluster '" + cluster.id +
                                "': no candidate sentence fits the budget of " +
                                std::to_string(o.budget) + kUnitNames[static_cast<int>(o.budget_unit)] +
                                " (raise the budget or use --fill)");
  clock.Lap(kSelect);

  AssembleDigest(cluster, o, w, digest);
  if (o.explain) Explain(w, digest);
  clock.Lap(kAssemble);
  return Status::OK();
}

}  // namespace chorus
