// Copyright (c) chorus developers.
//
// Concept extraction; see concepts.h.

#include "concepts.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace chorus {
namespace internal {

namespace {

// Whether each id of `dict` is a stopword, looked up once per id.
std::vector<char> StopwordIds(const TermDictionary& dict, const StopwordSet& stopwords) {
  std::vector<char> stop(dict.size());
  for (size_t id = 0; id < dict.size(); ++id)
    stop[id] = stopwords.contains(dict.term(static_cast<int>(id)));
  return stop;
}

// Concept ids by pair key: open addressing with linear probing, no
// allocation per entry (a node-based map's allocations were most of this
// stage's cost). Sized once for the most keys it can get, in slots the
// calling thread keeps from call to call: writing fresh pages cost more
// than all the probing. `Key` holds two ids: uint32_t when every id is
// below 2^16 (8-byte slots: the table, probed at random, then takes half
// the cache), else uint64_t.
template <typename Key>
class PairIds {
 public:
  struct Slot {
    Key key = 0;
    int32_t id = -1;  // -1: empty
  };
  static constexpr int kHalf = 4 * sizeof(Key);  // bits per id in a key
  static Key PairKey(int first, int second) {
    return static_cast<Key>(static_cast<Key>(static_cast<uint32_t>(first)) << kHalf) |
           static_cast<uint32_t>(second);
  }
  // At most `max_keys` keys will be added.
  PairIds(size_t max_keys, std::vector<Slot>* slots) {
    size_t n = 16;
    int bits = 4;
    for (; n < 2 * max_keys; n *= 2) ++bits;
    slots->assign(n, Slot());
    slots_ = slots->data();
    mask_ = n - 1;
    shift_ = 64 - bits;
  }
  // The id of `key`; when new, `next_id` becomes its id and *fresh is set.
  int FindOrAdd(Key key, int next_id, bool* fresh) {
    // The top bits of the product (Fibonacci hashing): they depend on both
    // ids. Bits 20 and up of it, taken before, depended on the second id
    // alone in tables under 2^12 slots, so pairs sharing their second word
    // collided (8-10 probes a lookup on DUC clusters).
    size_t i = static_cast<size_t>((static_cast<uint64_t>(key) * 0x9E3779B97F4A7C15ULL) >> shift_);
    while (slots_[i].id >= 0 && slots_[i].key != key) i = (i + 1) & mask_;
    *fresh = slots_[i].id < 0;
    if (*fresh) slots_[i] = {key, next_id};
    return slots_[i].id;
  }

 private:
  Slot* slots_ = nullptr;  // the caller's, a power of two, at most half full
  size_t mask_ = 0;
  int shift_ = 60;  // 64 - log2(number of slots)
};

// Slots kept past a call only up to this many bytes (16 MB).
constexpr size_t kMaxKeptBytes = size_t{16} << 20;

// Per concept id, in one array: its number of articles, the last one seen
// and its number of lead articles.
struct ConceptCounts {
  int docs = 0;
  int lead_docs = 0;
  size_t last_doc = 0;
};

// The first pass of ExtractConcepts: numbers the pairs of the nodes' terms
// (ids by first occurrence) into *concepts (node k's are [begin[k],
// begin[k + 1]), repeats kept but for lead sentences) and counts their
// articles into *counts; (*has_stop)[c] tells whether one of concept c's
// words is a stopword; when `by_position` is not null, (*by_position)[k]
// gets node k's ids by position as concepts.h says.
template <typename Key>
void NumberPairs(const std::vector<std::vector<int>>& terms, const std::vector<char>& is_stop,
                 const std::vector<int>& node_rows, const std::vector<size_t>& doc_of_node,
                 const std::vector<size_t>& index_of_node, size_t max_pairs,
                 std::vector<ConceptCounts>* counts, std::vector<char>* has_stop,
                 std::vector<int>* concepts, std::vector<size_t>* begin,
                 std::vector<std::vector<int>>* by_position) {
  using Table = PairIds<Key>;
  thread_local std::vector<typename Table::Slot> slots;
  Table id_of(max_pairs, &slots);
  for (size_t k = 0; k < node_rows.size(); ++k) {
    const auto& t = terms[node_rows[k]];
    const size_t doc = doc_of_node[k];
    std::vector<int>* at = by_position ? &(*by_position)[k] : nullptr;
    if (at) at->reserve(t.empty() ? 0 : t.size() - 1);
    bool stop = !t.empty() && is_stop[t[0]];  // of t[i], then of t[i + 1]
    for (size_t i = 0; i + 1 < t.size(); ++i) {
      const bool stop_next = is_stop[t[i + 1]];
      const bool both_stop = stop && stop_next;
      stop = stop_next;
      if (both_stop) {
        if (at) at->push_back(-1);
        continue;
      }
      bool fresh = false;
      const int c = id_of.FindOrAdd(Table::PairKey(t[i], t[i + 1]),
                                    static_cast<int>(counts->size()), &fresh);
      if (fresh) {
        counts->emplace_back();
        has_stop->push_back(is_stop[t[i]] || stop_next);
      }
      ConceptCounts& cc = (*counts)[c];
      if (cc.docs == 0 || cc.last_doc != doc) {
        ++cc.docs;
        cc.last_doc = doc;
      }
      concepts->push_back(c);
      if (at) at->push_back(c);
    }
    // A lead sentence's ids, made unique, count once each; the other
    // nodes' lists keep repeats until only the weighted ids are left.
    if (index_of_node[k] == 0) {
      const auto first = concepts->begin() + static_cast<std::ptrdiff_t>((*begin)[k]);
      std::sort(first, concepts->end());
      concepts->erase(std::unique(first, concepts->end()), concepts->end());
      for (auto it = first; it != concepts->end(); ++it) ++(*counts)[*it].lead_docs;
    }
    (*begin)[k + 1] = concepts->size();
  }
  if (slots.capacity() * sizeof(typename Table::Slot) > kMaxKeptBytes)
    std::vector<typename Table::Slot>().swap(slots);
}

}  // namespace

// Concepts of Gillick & Favre (2009); the contract is in concepts.h.
std::vector<double> ExtractConcepts(const std::vector<std::vector<int>>& terms,
                                    const TermDictionary& dict,
                                    const std::vector<int>& node_rows,
                                    const std::vector<size_t>& doc_of_node,
                                    const std::vector<size_t>& index_of_node, size_t min_docs,
                                    double lead_weight, double lead_factor,
                                    double stopword_factor, const StopwordSet& stopwords,
                                    std::vector<SelectionItem>* items,
                                    std::vector<std::vector<int>>* ids_by_position) {
  // Ids are given in order of first occurrence, so the table's own order
  // never matters.
  const std::vector<char> is_stop = StopwordIds(dict, stopwords);
  size_t max_pairs = 0;
  for (int row : node_rows) max_pairs += terms[row].empty() ? 0 : terms[row].size() - 1;
  std::vector<ConceptCounts> counts;
  std::vector<char> has_stop;  // one of its words is a stopword
  std::vector<int> concepts;  // node k's are [begin[k], begin[k + 1])
  concepts.reserve(max_pairs);
  std::vector<size_t> begin(node_rows.size() + 1, 0);
  if (ids_by_position) ids_by_position->assign(node_rows.size(), {});
  if (dict.size() <= (size_t{1} << 16))
    NumberPairs<uint32_t>(terms, is_stop, node_rows, doc_of_node, index_of_node, max_pairs,
                          &counts, &has_stop, &concepts, &begin, ids_by_position);
  else
    NumberPairs<uint64_t>(terms, is_stop, node_rows, doc_of_node, index_of_node, max_pairs,
                          &counts, &has_stop, &concepts, &begin, ids_by_position);
  std::vector<double> weights(counts.size());
  for (size_t c = 0; c < counts.size(); ++c)
    weights[c] = static_cast<size_t>(counts[c].docs) >= min_docs
                     ? static_cast<double>(counts[c].docs) * (1 + lead_factor * counts[c].lead_docs) +
                           lead_weight * counts[c].lead_docs
                     : 0.0;
  if (stopword_factor != 1)
    for (size_t c = 0; c < counts.size(); ++c)
      if (has_stop[c]) weights[c] *= stopword_factor;
  // Node k's weighted ids, ascending and unique: sorting only these (most
  // pairs of a sentence recur in too few articles) was most of the saving.
  std::vector<int> weighted;
  for (size_t k = 0; k < node_rows.size(); ++k) {
    weighted.clear();
    for (size_t j = begin[k]; j < begin[k + 1]; ++j)
      if (weights[concepts[j]] > 0) weighted.push_back(concepts[j]);
    std::sort(weighted.begin(), weighted.end());
    weighted.erase(std::unique(weighted.begin(), weighted.end()), weighted.end());
    (*items)[k].concepts.insert((*items)[k].concepts.end(), weighted.begin(), weighted.end());
  }
  return weights;
}


}  // namespace internal
}  // namespace chorus
