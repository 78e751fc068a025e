// Term interning; see term_dictionary.h.

#include "term_dictionary.h"

namespace chorus {
namespace internal {

int TermDictionary::Intern(std::string_view term) {
  auto it = ids_.find(term);
  if (it != ids_.end()) return it->second;
  it = ids_.emplace(std::string(term), static_cast<int>(terms_.size())).first;
  terms_.push_back(&it->first);
  return it->second;
}

}  // namespace internal
}  // namespace chorus
