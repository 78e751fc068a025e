// Web and e-mail addresses (web_addresses.h).

#include "web_addresses.h"

#include "text_util.h"

namespace chorus {
namespace internal {

namespace {

// One pass over the word (words are short: no memchr calls).
bool IsAddress(std::string_view w) {
  size_t at = std::string_view::npos;
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i] == ':' && i > 0 && IsAsciiAlpha(w[i - 1]) && w.substr(i, 3) == "://") return true;
    if (w[i] == '@' && at == std::string_view::npos) at = i;
  }
  size_t i = 0;
  const auto opener = [](char c) { return c == '(' || c == '"' || c == '\'' || c == '`' || c == '-' || c == '<'; };
  while (i < w.size() && i < 2 && opener(w[i])) ++i;
  if (w.size() >= i + 5 && AsciiLower(w[i]) == 'w' && AsciiLower(w[i + 1]) == 'w' &&
      AsciiLower(w[i + 2]) == 'w' && w[i + 3] == '.' && IsAsciiAlnum(w[i + 4]))
    return true;
  if (at == std::string_view::npos || at == 0 || !IsAsciiAlnum(w[at - 1])) return false;
  for (size_t dot = at + 2; dot + 1 < w.size(); ++dot)
    if (w[dot] == '.') return IsAsciiAlpha(w[dot + 1]);
  return false;
}

}  // namespace

bool OpensOrEndsWithWebAddress(std::string_view text) {
  // Only the first and the last word are read, and IsAddress only for a
  // word that holds '.', ':' or '@' (the last word's closing punctuation
  // stepped over first): most sentences end in a word and a period.
  const auto mark = [](char c) { return c == '.' || c == ':' || c == '@'; };
  const size_t n = text.size();
  size_t first_end = 0;
  bool marked = false;
  for (; first_end < n && text[first_end] != ' '; ++first_end) marked |= mark(text[first_end]);
  if (marked && IsAddress(text.substr(0, first_end))) return true;
  if (first_end == n) return false;
  size_t e = n;  // the last word without its closing punctuation ends at e
  while (e > first_end && (text[e - 1] == '.' || text[e - 1] == ')' || text[e - 1] == ',' ||
                           text[e - 1] == '\'' || text[e - 1] == '"' || text[e - 1] == ';'))
    --e;
  size_t b = e;
  marked = false;
  for (; text[b - 1] != ' '; --b) marked |= mark(text[b - 1]);
  return marked && IsAddress(text.substr(b, n - b));
}

}  // namespace internal
}  // namespace chorus
