// Term ids: the pipeline carries each sentence's terms and words as ints
// into one TermDictionary per cluster, so the TF-IDF and concept stages hash
// and compare ints, not strings. Equal strings get equal ids; ids are dense
// from 0 in order of first Intern, and nothing that reaches output depends
// on that order (TF-IDF renumbers terms in sorted order, concepts number
// pairs by first occurrence in the sentences). Tests:
// tests/term_dictionary_test.cc.

#ifndef CHORUS_SRC_TERM_DICTIONARY_H_
#define CHORUS_SRC_TERM_DICTIONARY_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace chorus {
namespace internal {

class TermDictionary {
 public:
  // The id of `term`, added when new. Amortized O(|term|).
  int Intern(std::string_view term);
  // The string of `id` (0 <= id < size()). The reference stays valid for the
  // dictionary's lifetime, across later Interns.
  const std::string& term(int id) const { return *terms_[static_cast<size_t>(id)]; }
  size_t size() const { return terms_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  // Node-based: keys never move, so terms_ can point at them.
  std::unordered_map<std::string, int, Hash, std::equal_to<>> ids_;
  std::vector<const std::string*> terms_;  // by id
};

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_TERM_DICTIONARY_H_
