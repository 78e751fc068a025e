// The cross-cluster stem cache (contract in stem_cache.h).

#include "stem_cache.h"

#include <cstring>

namespace chorus {
namespace internal {

StemCache::StemCache(size_t slots) : slots_(new Slot[slots]), mask_(slots - 1) {}

bool StemCache::Get(std::string_view form, size_t hash, std::string_view* stem) const {
  const Slot& s = At(hash);
  if (s.form_length != form.size() || form.empty() ||
      std::memcmp(s.form, form.data(), form.size()) != 0)
    return false;
  *stem = std::string_view(s.stem, s.stem_length);
  return true;
}

void StemCache::Put(std::string_view form, size_t hash, std::string_view stem) {
  if (form.empty() || form.size() > kMaxLength || stem.size() > kMaxLength) return;
  Slot& s = At(hash);
  s.form_length = static_cast<uint8_t>(form.size());
  s.stem_length = static_cast<uint8_t>(stem.size());
  std::memcpy(s.form, form.data(), form.size());
  std::memcpy(s.stem, stem.data(), stem.size());
}

}  // namespace internal
}  // namespace chorus
