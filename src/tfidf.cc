// TF-IDF weighting (Salton & Buckley 1988) of sentence term lists.
// Tests: tests/tfidf_test.cc.

#include "tfidf.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace chorus {
namespace internal {

namespace {

// Sorted vocabulary of all terms, and each sentence's terms as sorted
// (id, count) pairs. Each term is hashed once: occurrences get ids in order
// of first appearance, which are then renumbered in sorted term order.
void IndexTerms(const std::vector<std::vector<std::string>>& sentence_terms,
                std::vector<std::string>* vocabulary,
                std::vector<std::vector<std::pair<int, int>>>* counts) {
  std::unordered_map<std::string_view, int> first_seen_id;
  std::vector<std::string_view> first_seen;  // by first-seen id
  std::vector<std::vector<int>> ids(sentence_terms.size());
  for (size_t s = 0; s < sentence_terms.size(); ++s) {
    ids[s].reserve(sentence_terms[s].size());
    for (const auto& t : sentence_terms[s]) {
      auto [it, fresh] = first_seen_id.try_emplace(t, static_cast<int>(first_seen.size()));
      if (fresh) first_seen.push_back(t);
      ids[s].push_back(it->second);
    }
  }
  std::vector<int> order(first_seen.size());  // sorted position → first-seen id
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::sort(order.begin(), order.end(),
            [&](int a, int b) { return first_seen[a] < first_seen[b]; });
  std::vector<int> sorted_id(order.size());
  vocabulary->clear();
  vocabulary->reserve(order.size());
  for (size_t i = 0; i < order.size(); ++i) {
    sorted_id[order[i]] = static_cast<int>(i);
    vocabulary->emplace_back(first_seen[order[i]]);
  }
  counts->assign(sentence_terms.size(), {});
  for (size_t s = 0; s < sentence_terms.size(); ++s) {
    std::vector<int>& term_ids = ids[s];
    for (int& id : term_ids) id = sorted_id[id];
    std::sort(term_ids.begin(), term_ids.end());
    for (size_t k = 0; k < term_ids.size();) {
      size_t e = k;
      while (e < term_ids.size() && term_ids[e] == term_ids[k]) ++e;
      (*counts)[s].emplace_back(term_ids[k], static_cast<int>(e - k));
      k = e;
    }
  }
}

}  // namespace

TermMatrix BuildTermMatrix(const std::vector<std::vector<std::string>>& sentence_terms,
                           double idf_exponent) {
  TermMatrix m;
  std::vector<std::vector<std::pair<int, int>>> counts;
  IndexTerms(sentence_terms, &m.vocabulary, &counts);
  const size_t n = sentence_terms.size();
  std::vector<int> df(m.vocabulary.size(), 0);
  size_t nnz = 0;
  for (const auto& row : counts) {
    nnz += row.size();
    for (auto [id, c] : row) ++df[id];
  }
  m.idf.resize(df.size());
  for (size_t t = 0; t < df.size(); ++t)
    m.idf[t] = std::log(static_cast<double>(n + 1) / df[t]);
  if (idf_exponent != 1)
    for (double& idf : m.idf) idf = std::pow(idf, idf_exponent);

  m.rows.resize(static_cast<int>(n), static_cast<int>(m.vocabulary.size()));
  m.rows.reserve(static_cast<Eigen::Index>(nnz));
  for (size_t s = 0; s < n; ++s) {
    double norm2 = 0;
    for (auto [id, c] : counts[s]) norm2 += (c * m.idf[id]) * (c * m.idf[id]);
    const double inv = norm2 > 0 ? 1.0 / std::sqrt(norm2) : 0.0;
    m.rows.startVec(static_cast<int>(s));
    for (auto [id, c] : counts[s])
      m.rows.insertBack(static_cast<int>(s), id) = c * m.idf[id] * inv;
  }
  m.rows.finalize();
  return m;
}

double RowCosine(const SparseRows& m, int a, int b) {
  double dot = 0;
  ForSharedTerms(m, a, b, [&](double wa, double wb) { dot += wa * wb; });
  return dot;
}

}  // namespace internal
}  // namespace chorus
