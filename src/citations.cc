// Citation attribution over the similarity graph. Tests: tests/citations_test.cc.

#include "citations.h"

#include <algorithm>
#include <map>

namespace chorus {
namespace internal {

double Coverage(const SparseRows& x, int a, int b) {
  double covered = 0;
  ForSharedTerms(x, a, b, [&](double wa, double) { covered += wa * wa; });
  return covered;
}

int SharedTerms(const SparseRows& x, int a, int b) {
  int shared = 0;
  ForSharedTerms(x, a, b, [&](double, double) { ++shared; });
  return shared;
}

std::vector<Citation> Citations(const SimilarityGraph& graph, const SparseRows& x, int node,
                                const std::vector<size_t>& doc_of_node, double threshold) {
  const size_t own = doc_of_node[node];
  const int needed = std::min<int>(kMinSharedTerms, static_cast<int>(x.row(node).nonZeros()));
  std::map<size_t, Citation> best;  // by document: ordered, deterministic
  for (SimilarityGraph::InnerIterator e(graph, node); e; ++e) {
    const size_t d = doc_of_node[e.index()];
    if (d == own || e.value() < threshold || SharedTerms(x, node, e.index()) < needed ||
        Coverage(x, node, e.index()) < kMinCoverage)
      continue;
    auto [it, fresh] = best.try_emplace(d, Citation{d, e.index(), e.value()});
    if (!fresh && e.value() > it->second.similarity) it->second = Citation{d, e.index(), e.value()};
  }
  std::vector<Citation> out = {Citation{own, node, 1.0}};
  for (const auto& [d, c] : best) out.push_back(c);
  return out;
}

std::vector<size_t> CitingDocuments(const SimilarityGraph& graph, const SparseRows& x, int node,
                                    const std::vector<size_t>& doc_of_node, double threshold) {
  std::vector<size_t> docs;
  for (const Citation& c : Citations(graph, x, node, doc_of_node, threshold)) docs.push_back(c.doc);
  return docs;
}

void NumberSources(const std::vector<std::vector<size_t>>& docs_per_sentence, Digest* digest) {
  std::map<size_t, size_t> number_of_doc;
  digest->sources.clear();
  for (size_t s = 0; s < docs_per_sentence.size(); ++s) {
    auto& sources = digest->sentences[s].sources;
    sources.clear();
    for (size_t doc : docs_per_sentence[s]) {
      auto [it, inserted] = number_of_doc.try_emplace(doc, digest->sources.size());
      if (inserted) digest->sources.push_back(DigestSource{doc});
      sources.push_back(it->second);
    }
    std::sort(sources.begin(), sources.end());  // read as [1][3], not [3][1]
  }
}

}  // namespace internal
}  // namespace chorus
