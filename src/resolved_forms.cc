// The cross-cluster cache of resolved word forms (contract in
// resolved_forms.h).

#include "resolved_forms.h"

#include <cstring>

#include "word_hash.h"

namespace chorus {
namespace internal {

namespace {
constexpr size_t kFirstSlots = 1024;
}  // namespace

ResolvedForms::ResolvedForms(size_t max_forms)
    : slots_(kFirstSlots), max_forms_(max_forms) {}

size_t ResolvedForms::Probe(size_t hash, std::string_view form) const {
  const size_t mask = slots_.size() - 1;
  const auto low = static_cast<uint32_t>(hash);
  for (size_t i = low & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.form_length == 0) return i;
    if (s.hash == low && s.form_length == form.size() &&
        SameWordBytes(bytes_.data() + s.offset, form.data(), form.size()))
      return i;
  }
}

bool ResolvedForms::Find(std::string_view form, size_t hash, Resolution* r) const {
  if (form.empty() || form.size() > kMaxLength) return false;
  const Slot& s = slots_[Probe(hash, form)];
  if (s.form_length == 0) return false;
  r->skip = s.skip != 0;
  r->stopword = s.stopword != 0;
  r->key = std::string_view(bytes_.data() + s.offset + s.form_length, s.key_length);
  r->key_hash = s.key_hash;
  return true;
}

void ResolvedForms::Add(std::string_view form, size_t hash, const Resolution& r) {
  if (form.empty() || form.size() > kMaxLength || r.key.size() > kMaxLength) return;
  if (size_ >= max_forms_ || bytes_.size() + 2 * kMaxLength > UINT32_MAX) Clear();
  if (2 * (size_ + 1) > slots_.size()) Grow();
  Slot& s = slots_[Probe(hash, form)];
  s.hash = static_cast<uint32_t>(hash);
  s.offset = static_cast<uint32_t>(bytes_.size());
  s.form_length = static_cast<uint8_t>(form.size());
  s.key_length = static_cast<uint8_t>(r.key.size());
  s.skip = r.skip;
  s.stopword = r.stopword;
  s.key_hash = r.key_hash;
  bytes_.append(form);
  bytes_.append(r.key);
  ++size_;
}

void ResolvedForms::Clear() {
  slots_.assign(kFirstSlots, Slot());
  bytes_.clear();
  size_ = 0;
}

void ResolvedForms::Grow() {
  std::vector<Slot> bigger(2 * slots_.size());
  const size_t mask = bigger.size() - 1;
  for (const Slot& s : slots_) {
    if (s.form_length == 0) continue;
    size_t i = s.hash & mask;
    while (bigger[i].form_length != 0) i = (i + 1) & mask;
    bigger[i] = s;
  }
  slots_.swap(bigger);
}

}  // namespace internal
}  // namespace chorus
