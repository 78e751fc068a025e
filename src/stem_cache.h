// A small, fixed-size cache of word form → Snowball stem that lives across
// clusters: the same frequent forms ("said", "officials") come back in every
// cluster, and stemming each distinct form once per cluster was about 13% of
// batch instructions. Direct-mapped, 64-byte slots (32,768 by default: 2 MB
// per thread; 8,192 left half the stemming), no allocation after
// construction and no growth: the per-thread maps tried before grew with the
// vocabulary, fragmented the heap and were slower. A stem is a function of
// the form alone, so what the cache holds never changes a result.
// Not thread-safe: one per thread. Tests: tests/analyzer_test.cc.

#ifndef CHORUS_SRC_STEM_CACHE_H_
#define CHORUS_SRC_STEM_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace chorus {
namespace internal {

class StemCache {
 public:
  static constexpr size_t kMaxLength = 31;  // longer forms or stems are not kept

  // `slots` must be a power of two.
  explicit StemCache(size_t slots = 32768);

  // The cached stem of `form` (`hash` is any well-mixed hash of it), or
  // false. The view stays valid until the next Put.
  bool Get(std::string_view form, size_t hash, std::string_view* stem) const;
  // Caches `stem` for `form`, replacing whatever shared its slot.
  void Put(std::string_view form, size_t hash, std::string_view stem);

 private:
  struct Slot {
    uint8_t form_length = 0;  // 0: empty
    uint8_t stem_length = 0;
    char form[kMaxLength];
    char stem[kMaxLength];
  };
  static_assert(sizeof(Slot) == 64);
  // The slot of `hash`: bits above those FormCache indexes with.
  const Slot& At(size_t hash) const { return slots_[(hash >> 16) & mask_]; }
  Slot& At(size_t hash) { return slots_[(hash >> 16) & mask_]; }

  std::unique_ptr<Slot[]> slots_;
  size_t mask_;
};

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_STEM_CACHE_H_
