// Words as written → what the analyzer makes of them, kept across clusters
// on one thread: nothing (`skip`), a stopword (its folded form) or a term
// (its stem), and the id of that key in the dictionary in use. What a form
// resolves to is a function of its bytes and the analyzer's options alone,
// so it outlives the dictionaries: a form is folded and stemmed once per
// thread ("said", "officials" come back in every cluster). The ids belong
// to one dictionary at a time (UseDictionary): a slot's id counts only when
// its epoch is the current one, so a new cluster's dictionary costs no
// clearing, and the first word of each form in a cluster interns its key as
// it would without the cache (ids stay in first-occurrence order). Each word
// is then one hash lookup, whose slot (32 bytes) holds the first 12 bytes
// of the form, enough to compare most words without touching the arena.
// Bounded: when it holds max_forms forms it starts again empty. Not
// thread-safe: one per thread (and per analyzer). Tests:
// tests/analyzer_test.cc.

#ifndef CHORUS_SRC_RESOLVED_FORMS_H_
#define CHORUS_SRC_RESOLVED_FORMS_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "word_hash.h"

namespace chorus {
namespace internal {

class ResolvedForms {
 public:
  static constexpr size_t kMaxLength = 255;  // longer forms or keys are not kept
  static constexpr size_t kNone = SIZE_MAX;

  struct Resolution {
    bool skip = false;      // the word yields nothing
    bool stopword = false;  // `key` is the folded stopword, else the stem
    std::string_view key;   // the string to intern (empty when skip)
    uint32_t key_hash = 0;  // static_cast<uint32_t>(WordHash(key))
  };

  // `max_forms` >= 1.
  explicit ResolvedForms(size_t max_forms = size_t{1} << 17);

  // The ids from now on are those of the dictionary named `serial`
  // (TermDictionary::serial()); a new serial forgets every id, in O(1).
  void UseDictionary(uint64_t serial);

  // The slot of `form` (`hash` is WordHash(form)), or kNone. A slot number
  // stays valid until the next Add.
  size_t Find(std::string_view form, size_t hash) const {
    if (form.empty() || form.size() > kMaxLength) return kNone;
    const size_t i = Probe(hash, form);
    return slots_[i].form_length == 0 ? kNone : i;
  }
  bool skip(size_t slot) const { return (slots_[slot].flags & kSkip) != 0; }
  bool stopword(size_t slot) const { return (slots_[slot].flags & kStopword) != 0; }
  std::string_view key(size_t slot) const {
    const Slot& s = slots_[slot];
    return std::string_view(bytes_.data() + s.offset + s.form_length, s.key_length);
  }
  // The key's id in the current dictionary, when this slot has one.
  bool Id(size_t slot, int* id) const {
    const Slot& s = slots_[slot];
    *id = s.id;
    return s.epoch == epoch_;
  }
  void SetId(size_t slot, int id) {
    slots_[slot].epoch = epoch_;
    slots_[slot].id = id;
  }
  // Where the slot of a form hashed `hash` is likely to be, to prefetch.
  const void* Home(size_t hash) const { return &slots_[hash & (slots_.size() - 1)]; }
  // When that slot is likely to be the form's and has no id yet (so the
  // key will be read to intern it): the key's bytes, to prefetch; else null.
  const void* KeyToCome(size_t hash) const {
    const Slot& s = slots_[hash & (slots_.size() - 1)];
    if (s.hash != static_cast<uint32_t>(hash) || s.epoch == epoch_ || s.form_length == 0)
      return nullptr;
    return bytes_.data() + s.offset + s.form_length;
  }

  // The resolution of `form`, or false. The key view stays valid until the
  // next Add.
  bool Find(std::string_view form, size_t hash, Resolution* r) const;
  // Adds `form`, which Find did not find (forms or keys over kMaxLength
  // bytes are not kept), with its key's id in the current dictionary (or
  // none: id < 0). When the cache is full it is emptied first.
  void Add(std::string_view form, size_t hash, const Resolution& r, int id = -1);
  size_t size() const { return size_; }

 private:
  static constexpr size_t kHead = 12;
  static constexpr uint8_t kSkip = 1, kStopword = 2;
  struct Slot {
    uint32_t hash = 0;   // the low bits of the form's hash
    uint32_t epoch = 0;  // `id` counts when this is epoch_ (never 0)
    int32_t id = -1;
    uint32_t offset = 0;  // the form in bytes_, its key right after it
    uint8_t form_length = 0;  // 0: unused
    uint8_t key_length = 0;
    uint8_t flags = 0;
    uint8_t unused = 0;
    char head[kHead] = {};  // the form's first min(kHead, form_length) bytes
  };
  static_assert(sizeof(Slot) == 32, "two slots a cache line");
  bool Holds(const Slot& s, uint32_t low, std::string_view form) const {
    if (s.hash != low || s.form_length != form.size()) return false;
    const size_t n = form.size();
    if (n <= kHead) return SameWordBytes(s.head, form.data(), n);
    return std::memcmp(s.head, form.data(), kHead) == 0 &&
           SameWordBytes(bytes_.data() + s.offset + kHead, form.data() + kHead, n - kHead);
  }
  // The slot holding `form`, or the empty slot where it would go.
  size_t Probe(size_t hash, std::string_view form) const {
    const size_t mask = slots_.size() - 1;
    const auto low = static_cast<uint32_t>(hash);
    for (size_t i = low & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.form_length == 0 || Holds(s, low, form)) return i;
    }
  }
  void Clear();
  void Grow();

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::string bytes_;
  size_t size_ = 0;
  size_t max_forms_;
  uint64_t serial_ = 0;  // of the dictionary the ids belong to
  uint32_t epoch_ = 1;
};

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_RESOLVED_FORMS_H_
