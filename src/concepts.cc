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

// Two adjacent term ids of a sentence, the key of a concept.
uint64_t PairKey(int first, int second) {
  return (static_cast<uint64_t>(static_cast<uint32_t>(first)) << 32) |
         static_cast<uint32_t>(second);
}

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
// than all the probing.
class PairIds {
 public:
  struct Slot {
    uint64_t key = 0;
    int id = -1;  // -1: empty
  };
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
  int FindOrAdd(uint64_t key, int next_id, bool* fresh) {
    // The top bits of the product (Fibonacci hashing): they depend on both
    // ids. Bits 20 and up of it, taken before, depended on the second id
    // alone in tables under 2^12 slots, so pairs sharing their second word
    // collided (8-10 probes a lookup on DUC clusters).
    size_t i = static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_);
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

// Slots kept past a call only up to this many (16 MB).
constexpr size_t kMaxKeptSlots = size_t{1} << 20;

}  // namespace

// Concepts of Gillick & Favre (2009); the contract is in concepts.h.
std::vector<double> ExtractConcepts(const std::vector<std::vector<int>>& terms,
                                    const TermDictionary& dict,
                                    const std::vector<int>& node_rows,
                                    const std::vector<size_t>& doc_of_node,
                                    const std::vector<size_t>& index_of_node, size_t min_docs,
                                    double lead_weight, double lead_factor,
                                    const StopwordSet& stopwords,
                                    std::vector<SelectionItem>* items) {
  // Ids are given in order of first occurrence, so the table's own order
  // never matters.
  const std::vector<char> is_stop = StopwordIds(dict, stopwords);
  size_t max_pairs = 0;
  for (int row : node_rows) max_pairs += terms[row].empty() ? 0 : terms[row].size() - 1;
  thread_local std::vector<PairIds::Slot> slots;
  PairIds id_of(max_pairs, &slots);
  // By concept id: its number of articles and the last one seen. Nodes come
  // in document order, so an article other than the last is new.
  std::vector<int> num_docs;
  std::vector<size_t> last_doc;
  std::vector<int> lead_docs;
  std::vector<int> concepts;  // node k's are [begin[k], begin[k + 1])
  concepts.reserve(max_pairs);
  std::vector<size_t> begin(node_rows.size() + 1, 0);
  for (size_t k = 0; k < node_rows.size(); ++k) {
    const auto& t = terms[node_rows[k]];
    const size_t doc = doc_of_node[k];
    bool stop = !t.empty() && is_stop[t[0]];  // of t[i], then of t[i + 1]
    for (size_t i = 0; i + 1 < t.size(); ++i) {
      const bool stop_next = is_stop[t[i + 1]];
      const bool both_stop = stop && stop_next;
      stop = stop_next;
      if (both_stop) continue;
      bool fresh = false;
      const int c =
          id_of.FindOrAdd(PairKey(t[i], t[i + 1]), static_cast<int>(num_docs.size()), &fresh);
      if (fresh) {
        num_docs.push_back(0);
        last_doc.push_back(0);
        lead_docs.push_back(0);
      }
      if (num_docs[c] == 0 || last_doc[c] != doc) {
        ++num_docs[c];
        last_doc[c] = doc;
      }
      concepts.push_back(c);
    }
    // A lead sentence's ids, made unique, count once each; the other
    // nodes' lists keep repeats until only the weighted ids are left.
    if (index_of_node[k] == 0) {
      const auto first = concepts.begin() + static_cast<std::ptrdiff_t>(begin[k]);
      std::sort(first, concepts.end());
      concepts.erase(std::unique(first, concepts.end()), concepts.end());
      for (auto it = first; it != concepts.end(); ++it) ++lead_docs[*it];
    }
    begin[k + 1] = concepts.size();
  }
  if (slots.capacity() > kMaxKeptSlots) std::vector<PairIds::Slot>().swap(slots);
  std::vector<double> weights(num_docs.size());
  for (size_t c = 0; c < num_docs.size(); ++c)
    weights[c] = static_cast<size_t>(num_docs[c]) >= min_docs
                     ? static_cast<double>(num_docs[c]) * (1 + lead_factor * lead_docs[c]) +
                           lead_weight * lead_docs[c]
                     : 0.0;
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
