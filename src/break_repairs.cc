// Sentence breaks that fall inside a sentence (break_repairs.h).

#include "break_repairs.h"

namespace chorus {
namespace internal {

namespace {

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// The end of text[0, pos) with the spaces before `pos` stepped over.
size_t EndBeforeSpaces(std::string_view text, size_t pos) {
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  return pos;
}

// The length of the closing quotation mark that text[0, end) ends with, or 0.
size_t ClosingQuoteBefore(std::string_view text, size_t end) {
  const std::string_view head = text.substr(0, end);
  for (std::string_view q : {"''", "\u201D", "\"", "'"})
    if (head.size() >= q.size() && head.substr(head.size() - q.size()) == q) return q.size();
  return 0;
}

}  // namespace

bool BreakFallsBeforeSpeechTag(std::string_view text, size_t pos) {
  if (pos == 0 || pos >= text.size() || !IsLower(text[pos])) return false;
  const size_t end = EndBeforeSpaces(text, pos);
  if (end == pos) return false;
  const size_t quote = ClosingQuoteBefore(text, end);
  if (quote == 0 || end < quote + 1) return false;
  const char mark = text[end - quote - 1];
  return mark == '?' || mark == '!';
}

}  // namespace internal
}  // namespace chorus
