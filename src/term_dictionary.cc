// Term interning; see term_dictionary.h.

#include "term_dictionary.h"

#include <atomic>

#include "word_hash.h"

namespace chorus {
namespace internal {

uint64_t TermDictionary::Serial::Next() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

int TermDictionary::Intern(std::string_view term) {
  return Intern(term, static_cast<uint32_t>(WordHash(term)));
}

int TermDictionary::Intern(std::string_view term, uint32_t hash) {
  if (2 * (terms_.size() + 1) > slots_.size()) Grow();
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

void TermDictionary::Reserve(size_t terms) {
  size_t slots = slots_.empty() ? 64 : slots_.size();
  while (slots < 2 * terms) slots *= 2;
  if (slots > slots_.size()) Rehash(slots);
}

void TermDictionary::Grow() { Rehash(slots_.empty() ? 64 : 2 * slots_.size()); }

void TermDictionary::Rehash(size_t slots) {
  std::vector<Slot> bigger(slots);
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
