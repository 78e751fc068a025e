// Term interning; see term_dictionary.h.

#include "term_dictionary.h"

#include "word_hash.h"

namespace chorus {
namespace internal {

int TermDictionary::Intern(std::string_view term) {
  if (2 * (terms_.size() + 1) > slots_.size()) Grow();
  const uint32_t hash = static_cast<uint32_t>(WordHash(term));
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.id < 0) {
      s = {hash, static_cast<int32_t>(terms_.size())};
      terms_.emplace_back(term);
      return s.id;
    }
    if (s.hash != hash) continue;
    const std::string& t = terms_[static_cast<size_t>(s.id)];
    if (t.size() == term.size() && SameWordBytes(t.data(), term.data(), term.size())) return s.id;
  }
}

void TermDictionary::Grow() {
  std::vector<Slot> bigger(slots_.empty() ? 64 : 2 * slots_.size());
  const size_t mask = bigger.size() - 1;
  for (const Slot& s : slots_) {
    if (s.id < 0) continue;
    size_t i = s.hash & mask;
    while (bigger[i].id >= 0) i = (i + 1) & mask;
    bigger[i] = s;
  }
  slots_.swap(bigger);
}

}  // namespace internal
}  // namespace chorus
