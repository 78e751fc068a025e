// OrderSentences: table-driven hand cases for the three orders.

#include "sentence_orderer.h"

#include <catch2/catch.hpp>
#include <utility>

namespace chorus {
namespace internal {

namespace {

using Perm = std::vector<size_t>;

Cluster WithDates(const std::vector<std::string>& dates) {
  Cluster c;
  c.id = "c";
  for (size_t i = 0; i < dates.size(); ++i) {
    Document d;
    d.id = "doc" + std::to_string(i);
    d.date = dates[i];
    c.docs.push_back(d);
  }
  return c;
}

// Digest sentences, in selection order, from (doc, sentence) pairs.
std::vector<DigestSentence> Chosen(const std::vector<std::pair<size_t, size_t>>& at) {
  std::vector<DigestSentence> out;
  for (auto [doc, sentence] : at) {
    DigestSentence s;
    s.doc = doc;
    s.sentence = sentence;
    s.text = "d" + std::to_string(doc) + "s" + std::to_string(sentence);
    out.push_back(s);
  }
  return out;
}

}  // namespace

TEST_CASE("OrderSentences by chrono, source and score", "[order]") {
  const Cluster cluster = WithDates({
      "2024-03-02",            // doc 0
      "",                      // doc 1: unknown
      "2024-03-01",            // doc 2
      "2024-03-02",            // doc 3: same day as doc 0
      "",                      // doc 4: unknown
      "2024-03-01T23:59:00Z",  // doc 5: a time sorts after the bare day
  });
  //                                 0       1       2       3       4       5       6       7
  const auto chosen = Chosen({{3, 1}, {0, 4}, {2, 7}, {1, 3}, {0, 1}, {4, 0}, {3, 4}, {5, 0}});
  struct Case {
    SentenceOrder order;
    Perm want;
  };
  const Case cases[] = {
      // Unknown dates first (by position: doc 4 s0, doc 1 s3), then by date;
      // on 2024-03-02 by position, then by document (d0s1, d3s1, d0s4, d3s4).
      {SentenceOrder::kChrono, {5, 3, 2, 7, 4, 0, 1, 6}},
      // By document, then position; dates play no part.
      {SentenceOrder::kSource, {4, 1, 3, 2, 0, 6, 5, 7}},
      // Selection order, untouched.
      {SentenceOrder::kScore, {0, 1, 2, 3, 4, 5, 6, 7}},
  };
  for (const Case& c : cases) {
    INFO("order " << static_cast<int>(c.order));
    CHECK(OrderSentences(cluster, chosen, c.order) == c.want);
  }
}

TEST_CASE("OrderSentences chrono without dates: position, then document", "[order]") {
  const Cluster cluster = WithDates({"", "", ""});
  const auto chosen = Chosen({{2, 0}, {0, 5}, {1, 0}, {0, 0}, {2, 3}});
  CHECK(OrderSentences(cluster, chosen, SentenceOrder::kChrono) == Perm{3, 2, 0, 4, 1});
  CHECK(OrderSentences(cluster, chosen, SentenceOrder::kSource) == Perm{3, 1, 2, 0, 4});
}

TEST_CASE("OrderSentences chrono: date beats position", "[order]") {
  // A late sentence of an earlier article comes before the lead of a later one.
  const Cluster cluster = WithDates({"2023-12-31", "2023-01-05"});
  const auto chosen = Chosen({{0, 0}, {1, 9}});
  CHECK(OrderSentences(cluster, chosen, SentenceOrder::kChrono) == Perm{1, 0});
  CHECK(OrderSentences(cluster, chosen, SentenceOrder::kSource) == Perm{0, 1});
}

TEST_CASE("OrderSentences chrono: RSS and zoned dates in time order", "[order]") {
  // As text, "Mon, ..." < "Tue, ..." and 05:30+02:00 > 04:00Z; in time,
  // doc 2 (03:30 UTC) < doc 1 (04:00 UTC) < doc 0 (a Tuesday 08:00 GMT).
  const Cluster cluster = WithDates(
      {"Tue, 14 Jan 2020 08:00:00 GMT", "2020-01-14T04:00:00Z", "2020-01-14T05:30:00+02:00"});
  const auto chosen = Chosen({{0, 0}, {1, 0}, {2, 0}});
  CHECK(OrderSentences(cluster, chosen, SentenceOrder::kChrono) == Perm{2, 1, 0});
}

TEST_CASE("OrderSentences edge cases", "[order]") {
  const Cluster cluster = WithDates({"2024-01-01", "2024-01-01"});
  SECTION("nothing chosen") {
    for (SentenceOrder o : {SentenceOrder::kChrono, SentenceOrder::kSource, SentenceOrder::kScore})
      CHECK(OrderSentences(cluster, {}, o).empty());
  }
  SECTION("one sentence") {
    for (SentenceOrder o : {SentenceOrder::kChrono, SentenceOrder::kSource, SentenceOrder::kScore})
      CHECK(OrderSentences(cluster, Chosen({{1, 4}}), o) == Perm{0});
  }
  SECTION("stable on equal keys") {
    const auto chosen = Chosen({{1, 2}, {0, 0}, {1, 2}});
    CHECK(OrderSentences(cluster, chosen, SentenceOrder::kChrono) == Perm{1, 0, 2});
    CHECK(OrderSentences(cluster, chosen, SentenceOrder::kSource) == Perm{1, 0, 2});
  }
}

}  // namespace internal
}  // namespace chorus
