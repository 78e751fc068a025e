// TF-IDF sentence vectors: a sentences × terms sparse matrix with rows
// L2-normalized, so a dot product of two rows is their cosine.
// Term ids are assigned in sorted term order (deterministic).
// Tests: tests/tfidf_test.cc (against a naive reference).

#ifndef CHORUS_SRC_TFIDF_H_
#define CHORUS_SRC_TFIDF_H_

#include <Eigen/SparseCore>
#include <string>
#include <vector>

#include "term_dictionary.h"

namespace chorus {
namespace internal {

using SparseRows = Eigen::SparseMatrix<double, Eigen::RowMajor, int>;

struct TermMatrix {
  // By term id (column), the term's id in the dictionary: the terms in
  // sorted order of their strings.
  std::vector<int> columns;
  // The terms' strings by term id, sorted: only from the overload that
  // takes strings (the other leaves it empty; its strings are in the
  // dictionary, and copying them cost more than their use, in tests).
  std::vector<std::string> vocabulary;
  std::vector<double> idf;  // by term id
  SparseRows rows;          // sentences × terms, rows unit length
};

// Builds the matrix from each sentence's terms. IDF is computed over the
// given sentences as the collection: idf(t) = ln((N + 1) / df(t))^e, N the
// number of sentences and e = `idf_exponent` (> 0; below 1 flattens the
// weights), so a term in every sentence still weighs a little and a term
// in one sentence weighs most. TF is the raw count. A sentence with no
// terms gets an all-zero row.
TermMatrix BuildTermMatrix(const std::vector<std::vector<std::string>>& sentence_terms,
                           double idf_exponent = 1);
// The same from term ids in `dict`: the result depends only on the strings,
// never on how `dict` numbered them. Only terms that occur are columns.
TermMatrix BuildTermMatrix(const std::vector<std::vector<int>>& sentence_terms,
                           const TermDictionary& dict, double idf_exponent = 1);

// Calls f(weight in a, weight in b) for every term rows a and b both have,
// in term order (a merge of the two sorted rows).
template <typename F>
void ForSharedTerms(const SparseRows& m, int a, int b, F f) {
  SparseRows::InnerIterator ia(m, a), ib(m, b);
  while (ia && ib) {
    if (ia.index() == ib.index()) {
      f(ia.value(), ib.value());
      ++ia;
      ++ib;
    } else if (ia.index() < ib.index()) {
      ++ia;
    } else {
      ++ib;
    }
  }
}

// Cosine of rows a and b (both unit length or zero).
double RowCosine(const SparseRows& m, int a, int b);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_TFIDF_H_
