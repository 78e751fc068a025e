// News budgets (news_budget.h).

#include "news_budget.h"

#include "text_util.h"

namespace chorus {
namespace internal {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// Reads whitespace, '_', whitespace at `*i`; true and `*i` past them if so.
bool ReadWireDash(std::string_view t, size_t* i) {
  size_t j = *i;
  if (j >= t.size() || !IsSpace(t[j])) return false;
  while (j < t.size() && IsSpace(t[j])) ++j;
  if (j >= t.size() || t[j] != '_') return false;
  ++j;
  if (j >= t.size() || !IsSpace(t[j])) return false;
  while (j < t.size() && IsSpace(t[j])) ++j;
  *i = j;
  return true;
}

}  // namespace

bool OpensAsBudgetItem(std::string_view t) {
  size_t i = 0, parts = 0, chars = 0;
  bool letter = false;
  while (true) {
    const size_t start = i;
    while (i < t.size() && (IsAsciiUpper(t[i]) || IsAsciiDigit(t[i]))) letter |= IsAsciiUpper(t[i++]);
    if (i == start) return false;  // an empty part: "-X", "X--Y", "X-"
    chars += i - start;
    ++parts;
    if (i < t.size() && t[i] == '-') {
      ++i;
      continue;
    }
    break;
  }
  if (!letter || chars < 2 || !ReadWireDash(t, &i)) return false;
  if (parts >= 2) return true;
  // One part: a place then a second dash.
  if (i >= t.size() || !IsAsciiUpper(t[i])) return false;
  constexpr size_t kMaxPlace = 40;
  for (size_t j = i; j < t.size() && j - i <= kMaxPlace; ++j) {
    if (t[j] == '_') return false;
    size_t k = j;
    if (j - i >= 2 && ReadWireDash(t, &k)) return true;
  }
  return false;
}

bool IsNewsBudget(std::string_view text, const Segmentation& seg) {
  size_t items = 0;
  for (const Paragraph& p : seg.paragraphs) {
    // A paragraph that opens with a capital: most do not.
    if (p.begin >= p.end || !(IsAsciiUpper(text[p.begin]) || IsAsciiDigit(text[p.begin]))) continue;
    if (OpensAsBudgetItem(text.substr(p.begin, p.end - p.begin)) && ++items >= kMinBudgetItems)
      return true;
  }
  return false;
}

}  // namespace internal
}  // namespace chorus
