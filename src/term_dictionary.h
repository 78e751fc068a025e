// Term ids: the pipeline carries each sentence's terms and words as ints
// into one TermDictionary per cluster, so the TF-IDF and concept stages hash
// and compare ints, not strings. Equal strings get equal ids; ids are dense
// from 0 in order of first Intern, and nothing that reaches output depends
// on that order (TF-IDF renumbers terms in sorted order, concepts number
// pairs by first occurrence in the sentences). Tests:
// tests/term_dictionary_test.cc.

#ifndef CHORUS_SRC_TERM_DICTIONARY_H_
#define CHORUS_SRC_TERM_DICTIONARY_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace chorus {
namespace internal {

class TermDictionary {
 public:
  // The id of `term`, added when new. Amortized O(|term|).
  int Intern(std::string_view term);
  // The same, given hash == static_cast<uint32_t>(WordHash(term)) (callers
  // that keep the hash with the string save hashing it again).
  int Intern(std::string_view term, uint32_t hash);
  // Makes room for `terms` terms in all without growing (a hint: ids and
  // lookups are the same with or without it).
  void Reserve(size_t terms);
  // The string of `id` (0 <= id < size()). The reference stays valid for the
  // dictionary's lifetime, across later Interns.
  const std::string& term(int id) const { return terms_[static_cast<size_t>(id)]; }
  size_t size() const { return terms_.size(); }
  // Names this dictionary's content among all dictionaries of the process:
  // a new, copied, moved or moved-from dictionary gets a new serial, so a
  // cache of ids (ResolvedForms) never takes one dictionary's ids for
  // another's, even at a reused address. Interning keeps the serial: ids
  // once given never change.
  uint64_t serial() const { return serial_.value; }

 private:
  struct Serial {
    Serial() : value(Next()) {}
    Serial(const Serial&) : value(Next()) {}
    Serial(Serial&& other) noexcept : value(Next()) { other.value = Next(); }
    Serial& operator=(const Serial&) {
      value = Next();
      return *this;
    }
    Serial& operator=(Serial&& other) noexcept {
      value = Next();
      other.value = Next();
      return *this;
    }
    static uint64_t Next();
    uint64_t value;
  };
  // Open addressing on WordHash (a node-based map cost an allocation per
  // term and std::hash per lookup); where a term sits never shows in an id.
  struct Slot {
    uint32_t hash = 0;  // the low bits of the term's WordHash
    int32_t id = -1;    // -1: empty
  };
  void Grow();
  void Rehash(size_t slots);  // a power of two above 2 * size()
  std::vector<Slot> slots_;        // size 0 or a power of two, at most half full
  std::deque<std::string> terms_;  // by id; a deque never moves its elements
  Serial serial_;
};

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_TERM_DICTIONARY_H_
