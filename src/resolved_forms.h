// Words as written → what the analyzer makes of them, kept across clusters
// on one thread: nothing (`skip`), a stopword (its folded form) or a term
// (its stem). The per-cluster form cache (analyzer.cc) is emptied for every
// cluster, because it holds ids of that cluster's dictionary; about 30% of
// the words of a batch missed it and were folded, looked up in the stem
// cache and often stemmed again, although the same forms ("said",
// "officials") come back in every cluster. This cache holds no ids, only
// strings, so it outlives the dictionaries: a form is folded and stemmed
// once per thread. What a form resolves to is a function of its bytes and
// the analyzer's options alone, so what the cache holds never changes a
// result. Bounded: when it holds max_forms forms it starts again empty.
// Not thread-safe: one per thread (and per analyzer). Tests:
// tests/analyzer_test.cc.

#ifndef CHORUS_SRC_RESOLVED_FORMS_H_
#define CHORUS_SRC_RESOLVED_FORMS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chorus {
namespace internal {

class ResolvedForms {
 public:
  static constexpr size_t kMaxLength = 255;  // longer forms or keys are not kept

  struct Resolution {
    bool skip = false;      // the word yields nothing
    bool stopword = false;  // `key` is the folded stopword, else the stem
    std::string_view key;   // the string to intern (empty when skip)
    uint32_t key_hash = 0;  // static_cast<uint32_t>(WordHash(key))
  };

  // `max_forms` >= 1.
  explicit ResolvedForms(size_t max_forms = size_t{1} << 17);

  // The resolution of `form` (`hash` is WordHash(form)), or false. The key
  // view stays valid until the next Add.
  bool Find(std::string_view form, size_t hash, Resolution* r) const;
  // Adds `form`, which Find did not find (forms or keys over kMaxLength
  // bytes are not kept). When the cache is full it is emptied first.
  void Add(std::string_view form, size_t hash, const Resolution& r);
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint32_t hash = 0;    // the low bits of the form's hash
    uint32_t offset = 0;  // the form in bytes_, its key right after it
    uint8_t form_length = 0;  // 0: unused
    uint8_t key_length = 0;
    uint8_t skip = 0, stopword = 0;
    uint32_t key_hash = 0;
  };
  // The slot holding `form`, or the empty slot where it would go.
  size_t Probe(size_t hash, std::string_view form) const;
  void Clear();
  void Grow();

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::string bytes_;
  size_t size_ = 0;
  size_t max_forms_;
};

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_RESOLVED_FORMS_H_
