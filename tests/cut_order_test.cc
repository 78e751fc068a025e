// The cut-aware order (cut_order.h): ExtractConcepts' ids by position
// against its weighted lists on random small clusters, the surviving weight of a cut,
// which sentence goes last, and that the summarizer applies it with either
// kind of concept.

#include "cut_order.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "concepts.h"
#include "test_util.h"

namespace chorus {
namespace internal {

TEST_CASE("ExtractConcepts' ids by position match its weighted lists", "[order]") {
  std::mt19937 rng(5);
  TermDictionary dict;
  for (const char* w : {"the", "of", "a", "pinochet", "arrest", "london", "chile", "court"})
    dict.Intern(w);
  const StopwordSet stopwords = StopwordSet::FromText("the\nof\na\n");
  for (int round = 0; round < 200; ++round) {
    std::vector<std::vector<int>> words;
    std::vector<int> node_rows;
    std::vector<size_t> doc_of_node, index_of_node;
    const size_t docs = 1 + rng() % 5;
    for (size_t d = 0; d < docs; ++d) {
      for (size_t i = 0; i < rng() % 4; ++i) {
        std::vector<int> t(rng() % 7);
        for (int& id : t) id = static_cast<int>(rng() % dict.size());
        if (rng() % 4 == 0) {  // a row that is not a node
          words.push_back(t);
          continue;
        }
        node_rows.push_back(static_cast<int>(words.size()));
        words.push_back(t);
        doc_of_node.push_back(d);
        index_of_node.push_back(i);
      }
    }
    std::vector<SelectionItem> items(node_rows.size());
    std::vector<std::vector<int>> ids = {{7}};  // replaced whole
    const size_t min_docs = 1 + rng() % 2;
    const std::vector<double> weights =
        ExtractConcepts(words, dict, node_rows, doc_of_node, index_of_node, min_docs,
                        /*lead_weight=*/0, /*lead_factor=*/1, /*stopword_factor=*/2, stopwords,
                        &items, &ids);
    std::vector<SelectionItem> plain(node_rows.size());
    REQUIRE(ExtractConcepts(words, dict, node_rows, doc_of_node, index_of_node, min_docs, 0, 1,
                            2, stopwords, &plain) == weights);
    std::map<std::pair<int, int>, int> id_of_pair;  // one id per pair, one pair per id
    std::set<int> ids_seen;
    REQUIRE(ids.size() == node_rows.size());
    for (size_t k = 0; k < node_rows.size(); ++k) {
      const auto& t = words[node_rows[k]];
      REQUIRE(ids[k].size() == (t.empty() ? 0 : t.size() - 1));
      std::set<int> weighted;
      for (size_t i = 0; i < ids[k].size(); ++i) {
        const bool both_stop =
            stopwords.contains(dict.term(t[i])) && stopwords.contains(dict.term(t[i + 1]));
        REQUIRE((ids[k][i] < 0) == both_stop);
        if (ids[k][i] >= 0) {
          const auto [it, fresh] = id_of_pair.emplace(std::make_pair(t[i], t[i + 1]), ids[k][i]);
          REQUIRE(it->second == ids[k][i]);
          if (fresh) REQUIRE(ids_seen.insert(ids[k][i]).second);
        }
        if (ids[k][i] >= 0 && weights.at(static_cast<size_t>(ids[k][i])) > 0)
          weighted.insert(ids[k][i]);
      }
      REQUIRE(std::vector<int>(weighted.begin(), weighted.end()) == items[k].concepts);
      REQUIRE(plain[k].concepts == items[k].concepts);
    }
  }
}

TEST_CASE("the surviving weight counts what the cut keeps", "[order]") {
  // Four words each (three pairs); concept ids 0..5, weight 1 each, and
  // sentence 1 repeats sentence 0's first pair.
  const std::vector<int> a = {0, 1, 2}, b = {0, 3, 4}, c = {5, -1, 5};
  const std::vector<CutSentence> s = {{"w w w w", &a}, {"x x x x", &b}, {"y y y y", &c}};
  const std::vector<double> weights(6, 1.0);
  CHECK(SurvivingWeight(s, {0, 1, 2}, 12, weights) == 6);
  CHECK(SurvivingWeight(s, {0, 1, 2}, 8, weights) == 5);   // c cut away whole
  CHECK(SurvivingWeight(s, {0, 1, 2}, 6, weights) == 3);   // b keeps 2 words: pair 0 again
  CHECK(SurvivingWeight(s, {0, 2, 1}, 6, weights) == 4);   // c keeps 2 words: pair 5
  CHECK(SurvivingWeight(s, {0, 1, 2}, 0, weights) == 0);
}

TEST_CASE("the sentence whose cut loses least goes last", "[order]") {
  const std::vector<int> a = {0, 1, 2}, b = {3, 4, 5}, c = {0, 1, 2};
  const std::vector<double> weights(6, 1.0);
  // c repeats a: cutting c loses nothing, cutting b loses its pairs.
  const std::vector<CutSentence> s = {{"w w w w", &a}, {"x x x x", &b}, {"y y y y", &c}};
  std::vector<size_t> order = {0, 2, 1};
  MoveCutAwareLast(s, 10, weights, &order);
  CHECK(order == std::vector<size_t>{0, 1, 2});
  order = {0, 1, 2};  // already best: unchanged
  MoveCutAwareLast(s, 10, weights, &order);
  CHECK(order == std::vector<size_t>{0, 1, 2});
  order = {2, 0, 1};  // a repeats c, so a goes last
  MoveCutAwareLast(s, 10, weights, &order);
  CHECK(order == std::vector<size_t>{2, 1, 0});
  const std::vector<CutSentence> same = {{"w w w w", &a}, {"y y y y", &c}, {"z z z z", &a}};
  order = {0, 2, 1};  // every order keeps the same: unchanged
  MoveCutAwareLast(same, 10, weights, &order);
  CHECK(order == std::vector<size_t>{0, 2, 1});
  order = {1, 0, 2};  // the opening sentence never moves
  MoveCutAwareLast(s, 4, weights, &order);
  CHECK(order == std::vector<size_t>{1, 0, 2});
  order = {0, 2, 1};  // everything fits: nothing moves
  MoveCutAwareLast(s, 12, weights, &order);
  CHECK(order == std::vector<size_t>{0, 2, 1});
}

// With concepts of terms as with concepts of words, the order moves the
// sentence that loses least last at some budgets: the summarizer must hand
// it each node's ids before the unigram matching takes the term lists (a
// merge once read them after, found every list empty, and never moved a
// sentence with --concept-term-bigrams).
TEST_CASE("the summarizer applies the cut-aware order with either concepts", "[order]") {
  std::vector<std::string> files;
  for (const auto& e :
       std::filesystem::directory_iterator(test::SourceDir() + "/examples/harbor-bridge"))
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() == 5);
  for (const std::string concepts : {"--concept-word-bigrams", "--concept-term-bigrams"}) {
    int moved = 0;
    for (int words = 30; words <= 200; words += 10) {
      std::string out[2];
      for (int aware = 0; aware < 2; ++aware) {
        std::vector<std::string> args = {"digest", concepts, "--fill", "--format", "plain",
                                         "--words", std::to_string(words),
                                         aware ? "--cut-aware-order" : "--no-cut-aware-order"};
        args.insert(args.end(), files.begin(), files.end());
        test::CommandResult r = test::RunCli(args);
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        out[aware] = r.out;
      }
      moved += out[0] != out[1];
    }
    INFO(concepts);
    CHECK(moved > 0);
  }
}

}  // namespace internal
}  // namespace chorus
