// Which sentences may be chosen at all (candidate_rules.h).

#include "candidate_rules.h"

#include <algorithm>

namespace chorus {
namespace internal {

bool OpensWithBackReference(std::string_view text) {
  static constexpr std::string_view kOpeners[] = {
      "But", "And", "Yet", "So", "Still", "However", "Also", "He", "She", "It", "They",
      "This", "That", "These", "Those", "His", "Her", "Its", "Their"};
  // An opener is the text's first word, ended by a space or a comma (no
  // opener holds either, and none is longer than seven bytes).
  // (A plain loop: find_first_of called memchr on the set for every byte.)
  const size_t limit = std::min<size_t>(8, text.size());
  size_t end = 0;
  while (end < limit && text[end] != ' ' && text[end] != ',') ++end;
  if (end == limit) return false;
  for (std::string_view w : kOpeners)
    if (w.size() == end && w[0] == text[0] && text.substr(0, end) == w) return true;
  return false;
}

bool OpensWithQuote(std::string_view text) {
  for (std::string_view q : {"``", "''", "\"", "\u201C", "'"})
    if (!text.empty() && text[0] == q[0] && text.substr(0, q.size()) == q) return true;
  return false;
}

const char* IneligibleReason(std::string_view text, size_t words, const SummarizerOptions& o) {
  if (words < o.min_sentence_words) return "fragment (too few words)";
  if (words > o.max_sentence_words) return "run-on (too many words)";
  if (text.empty()) return "fragment (too few words)";
  if (text.back() == ':') return "fragment (ends with a colon)";
  if (text.back() == '?') return "question";
  if (OpensWithBackReference(text)) return "opens with a back-reference";
  if (o.skip_quotes && OpensWithQuote(text)) return "opens with a quotation";
  return nullptr;
}

}  // namespace internal
}  // namespace chorus
