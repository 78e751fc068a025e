// The cross-cluster cache of resolved word forms (contract in
// resolved_forms.h).

#include "resolved_forms.h"

#include <algorithm>
#include <cstring>

#include "word_hash.h"

namespace chorus {
namespace internal {

namespace {
constexpr size_t kFirstSlots = 1024;
}  // namespace

ResolvedForms::ResolvedForms(size_t max_forms)
    : slots_(kFirstSlots), max_forms_(max_forms) {}

void ResolvedForms::UseDictionary(uint64_t serial) {
  if (serial == serial_) return;
  serial_ = serial;
  if (++epoch_ == 0) {  // wrapped: no slot may look current
    for (Slot& s : slots_) s.epoch = 0;
    epoch_ = 1;
  }
}

bool ResolvedForms::Find(std::string_view form, size_t hash, Resolution* r) const {
  const size_t i = Find(form, hash);
  if (i == kNone) return false;
  r->skip = skip(i);
  r->stopword = stopword(i);
  r->key = key(i);
  r->key_hash = static_cast<uint32_t>(WordHash(r->key));
  return true;
}

void ResolvedForms::Add(std::string_view form, size_t hash, const Resolution& r, int id) {
  if (form.empty() || form.size() > kMaxLength || r.key.size() > kMaxLength) return;
  if (size_ >= max_forms_ || bytes_.size() + 2 * kMaxLength > UINT32_MAX) Clear();
  if (2 * (size_ + 1) > slots_.size()) Grow();
  Slot& s = slots_[Probe(hash, form)];
  s.hash = static_cast<uint32_t>(hash);
  s.epoch = id >= 0 ? epoch_ : 0;
  s.id = id;
  s.offset = static_cast<uint32_t>(bytes_.size());
  s.form_length = static_cast<uint8_t>(form.size());
  s.key_length = static_cast<uint8_t>(r.key.size());
  s.flags = static_cast<uint8_t>((r.skip ? kSkip : 0) | (r.stopword ? kStopword : 0));
  std::memcpy(s.head, form.data(), std::min(form.size(), kHead));
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
