// The first of equal strings: for items added in order, the index of the
// first one added with the same text. Open addressing on WordHash over the
// items' indices; the texts stay with the caller. Used to find exact repeats
// among a cluster's sentences, where a node-based map of string_view cost an
// allocation and a share of rehashing per sentence.
// Tests: tests/first_copies_test.cc (against std::map).

#ifndef CHORUS_SRC_FIRST_COPIES_H_
#define CHORUS_SRC_FIRST_COPIES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "word_hash.h"

namespace chorus {
namespace internal {

class FirstCopies {
 public:
  // At most `max_items` items will be added.
  explicit FirstCopies(size_t max_items) {
    size_t n = 16;
    while (n < 2 * max_items) n *= 2;
    slots_.assign(n, kEmpty);
  }
  // The first index added with `text`, where text_of(i) is added index i's
  // text; `k` itself, now added, when no earlier item has the text. Each
  // call adds a new index k.
  template <typename TextOf>
  size_t FindOrAdd(std::string_view text, size_t k, TextOf text_of) {
    const size_t mask = slots_.size() - 1;
    for (size_t i = WordHash(text) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == kEmpty) {
        slots_[i] = k;
        return k;
      }
      if (text_of(slots_[i]) == text) return slots_[i];
    }
  }

 private:
  static constexpr size_t kEmpty = static_cast<size_t>(-1);
  std::vector<size_t> slots_;  // size a power of two, at most half full
};

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_FIRST_COPIES_H_
