// Fact boxes with title-case labels (fact_box.h).

#include "fact_box.h"

#include "text_util.h"

namespace chorus {
namespace internal {

bool OpensWithTitleCaseLabel(std::string_view p) {
  if (p.size() < 5 || !IsAsciiUpper(p[0]) || !IsAsciiLower(p[1])) return false;
  size_t i = 1, words = 1;
  while (true) {
    while (i < p.size() && IsAsciiLower(p[i])) ++i;
    if (i >= p.size()) return false;
    if (p[i] == ':') break;
    // Another word: one space, a letter, lowercase letters.
    if (p[i] != ' ' || ++words > 3 || i + 1 >= p.size()) return false;
    const char c = p[i + 1];
    if (!IsAsciiUpper(c) && !IsAsciiLower(c)) return false;
    i += 2;
  }
  return i + 2 < p.size() && p[i + 1] == ' ' && (IsAsciiUpper(p[i + 2]) || IsAsciiDigit(p[i + 2]));
}

}  // namespace internal
}  // namespace chorus
