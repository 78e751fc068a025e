// TF-IDF weighting (Salton & Buckley 1988) of sentence term lists.
// Tests: tests/tfidf_test.cc.

#include "tfidf.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>

namespace chorus {
namespace internal {

namespace {

// The first eight bytes of `s` as a big-endian number, zero-padded.
uint64_t PrefixKey(const std::string& s) {
  if (s.size() >= 8) {  // one load
    uint64_t key;
    std::memcpy(&key, s.data(), 8);
    if constexpr (std::endian::native == std::endian::little) key = __builtin_bswap64(key);
    return key;
  }
  const size_t n = s.size();
  uint64_t key = 0;
  for (size_t k = 0; k < n; ++k) key = key << 8 | static_cast<unsigned char>(s[k]);
  return n == 0 ? 0 : key << (8 * (8 - n));  // n >= 1: a shift of at most 56
}

// A term id with the first eight bytes of its string (PrefixKey).
struct Keyed {
  uint64_t key;
  int id;
};

// Whether a's string sorts before b's.
bool KeyedLess(const Keyed& a, const Keyed& b, const TermDictionary& dict) {
  return a.key != b.key ? a.key < b.key : dict.term(a.id) < dict.term(b.id);
}

// Sorts [first, last) by string: by the key's first byte into 256
// buckets (`scratch` as room for as many entries), then each bucket by
// comparison. The comparisons saved on the first byte outweigh one counting
// pass; radix passes on further bytes did not (most buckets are then small
// and each pass reads all 256 counts).
void SortKeyed(Keyed* first, Keyed* last, const TermDictionary& dict, Keyed* scratch) {
  auto less = [&](const Keyed& a, const Keyed& b) { return KeyedLess(a, b, dict); };
  const ptrdiff_t n = last - first;
  size_t start[257] = {};
  for (const Keyed* k = first; k < last; ++k) ++start[(k->key >> 56) + 1];
  for (int b = 0; b < 256; ++b) start[b + 1] += start[b];
  size_t fill[256];
  std::copy(start, start + 256, fill);
  for (const Keyed* k = first; k < last; ++k) scratch[fill[k->key >> 56]++] = *k;
  std::copy(scratch, scratch + n, first);
  for (int b = 0; b < 256; ++b)
    if (start[b + 1] - start[b] > 1) std::sort(first + start[b], first + start[b + 1], less);
}

// Each sentence's terms as (id, count) pairs sorted by id, all in one
// array: sentence s owns pairs[start[s], start[s + 1]). A pair is one
// number, id << 32 | count (ids and counts are non-negative ints), so the
// per-sentence sort compares one integer instead of two fields.
struct TermCounts {
  std::vector<uint64_t> pairs;
  std::vector<size_t> start;
  static int Id(uint64_t pair) { return static_cast<int>(pair >> 32); }
  static int Count(uint64_t pair) { return static_cast<int>(pair & 0xFFFFFFFFu); }
};

// The dictionary ids of the terms that occur, sorted by string (*order),
// and each sentence's term counts. Dictionary ids are renumbered in sorted
// term order; ids of the dictionary that no sentence holds are left out.
void IndexTerms(const std::vector<std::vector<int>>& sentence_terms, const TermDictionary& dict,
                std::vector<int>* sorted_terms, TermCounts* counts) {
  std::vector<char> seen(dict.size(), 0);
  std::vector<int>& order = *sorted_terms;  // the ids that occur, then sorted by string
  order.clear();
  for (const auto& terms : sentence_terms)
    for (int t : terms)
      if (!seen[t]) {
        seen[t] = 1;
        order.push_back(t);
      }
  // Sorted by string: the first eight bytes, big-endian and zero-padded,
  // decide most comparisons (where they differ, they order as the strings
  // do); equal prefixes fall back to the whole strings.
  std::vector<Keyed> keyed;
  keyed.reserve(order.size());
  for (int t : order) keyed.push_back({PrefixKey(dict.term(t)), t});
  // Scratch and positions are written before they are read: not zeroed.
  const auto scratch = std::make_unique_for_overwrite<Keyed[]>(keyed.size());
  SortKeyed(keyed.data(), keyed.data() + keyed.size(), dict, scratch.get());
  for (size_t i = 0; i < keyed.size(); ++i) order[i] = keyed[i].id;
  std::vector<int> sorted_id(dict.size(), -1);
  for (size_t i = 0; i < order.size(); ++i) sorted_id[order[i]] = static_cast<int>(i);
  size_t total = 0;
  for (const auto& terms : sentence_terms) total += terms.size();
  counts->pairs.clear();
  counts->pairs.reserve(total);
  counts->start.assign(1, 0);
  counts->start.reserve(sentence_terms.size() + 1);
  // Sentence s's distinct ids are counted where their pair sits
  // (at_pair[id], while last[id] == s), then only the distinct ones sorted.
  std::vector<size_t> last(order.size(), static_cast<size_t>(-1));
  const auto at_pair = std::make_unique_for_overwrite<size_t[]>(order.size());
  for (size_t s = 0; s < sentence_terms.size(); ++s) {
    const size_t first = counts->pairs.size();
    for (int t : sentence_terms[s]) {
      const int id = sorted_id[t];
      if (last[id] != s) {
        last[id] = s;
        at_pair[id] = counts->pairs.size();
        counts->pairs.push_back(static_cast<uint64_t>(id) << 32 | 1);
      } else {
        ++counts->pairs[at_pair[id]];  // the count, in the low half
      }
    }
    std::sort(counts->pairs.begin() + static_cast<std::ptrdiff_t>(first), counts->pairs.end());
    counts->start.push_back(counts->pairs.size());
  }
}

}  // namespace

TermMatrix BuildTermMatrix(const std::vector<std::vector<std::string>>& sentence_terms,
                           double idf_exponent) {
  TermDictionary dict;
  std::vector<std::vector<int>> ids(sentence_terms.size());
  for (size_t s = 0; s < sentence_terms.size(); ++s)
    for (const auto& t : sentence_terms[s]) ids[s].push_back(dict.Intern(t));
  TermMatrix m = BuildTermMatrix(ids, dict, idf_exponent);
  m.vocabulary.reserve(m.columns.size());
  for (int id : m.columns) m.vocabulary.push_back(dict.term(id));
  return m;
}

TermMatrix BuildTermMatrix(const std::vector<std::vector<int>>& sentence_terms,
                           const TermDictionary& dict, double idf_exponent) {
  TermMatrix m;
  TermCounts counts;
  IndexTerms(sentence_terms, dict, &m.columns, &counts);
  const size_t n = sentence_terms.size();
  std::vector<int> df(m.columns.size(), 0);
  const size_t nnz = counts.pairs.size();
  for (uint64_t pair : counts.pairs) ++df[TermCounts::Id(pair)];
  // Sentence s's (id, count) pairs.
  auto row = [&](size_t s) {
    return std::span(counts.pairs.data() + counts.start[s], counts.start[s + 1] - counts.start[s]);
  };
  // An idf depends only on df: computed once per df value (most terms share
  // df 1, 2 or 3). Every idf is positive ((n + 1) / df > 1), so -1 marks one
  // not computed yet.
  std::vector<double> idf_of_df(n + 1, -1.0);
  m.idf.resize(df.size());
  for (size_t t = 0; t < df.size(); ++t) {
    double& idf = idf_of_df[static_cast<size_t>(df[t])];
    if (idf < 0) {
      idf = std::log(static_cast<double>(n + 1) / df[t]);
      if (idf_exponent != 1) idf = std::pow(idf, idf_exponent);
    }
    m.idf[t] = idf;
  }

  // The compressed arrays are written directly (row s holds its pairs).
  m.rows.resize(static_cast<int>(n), static_cast<int>(m.columns.size()));
  m.rows.resizeNonZeros(static_cast<Eigen::Index>(nnz));
  int* outer = m.rows.outerIndexPtr();
  int* inner = m.rows.innerIndexPtr();
  double* value = m.rows.valuePtr();
  for (size_t s = 0; s < n; ++s) {
    double norm2 = 0;
    for (uint64_t pair : row(s)) {
      const int id = TermCounts::Id(pair), c = TermCounts::Count(pair);
      norm2 += (c * m.idf[id]) * (c * m.idf[id]);
    }
    const double inv = norm2 > 0 ? 1.0 / std::sqrt(norm2) : 0.0;
    outer[s + 1] = static_cast<int>(counts.start[s + 1]);
    for (size_t e = counts.start[s]; e < counts.start[s + 1]; ++e) {
      const int id = TermCounts::Id(counts.pairs[e]), c = TermCounts::Count(counts.pairs[e]);
      inner[e] = id;
      value[e] = c * m.idf[id] * inv;
    }
  }
  return m;
}

double RowCosine(const SparseRows& m, int a, int b) {
  double dot = 0;
  ForSharedTerms(m, a, b, [&](double wa, double wb) { dot += wa * wb; });
  return dot;
}

}  // namespace internal
}  // namespace chorus
