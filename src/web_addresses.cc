// Web and e-mail addresses (web_addresses.h).

#include "web_addresses.h"

#include "text_util.h"

namespace chorus {
namespace internal {

namespace {

bool IsLetter(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }

bool IsAddress(std::string_view w) {
  const size_t scheme = w.find("://");
  if (scheme != std::string_view::npos && scheme > 0 && IsLetter(w[scheme - 1])) return true;
  size_t i = 0;
  while (i < w.size() && i < 2 && std::string_view("(\"'`-<").find(w[i]) != std::string_view::npos) ++i;
  if (w.size() >= i + 5 && AsciiLower(w[i]) == 'w' && AsciiLower(w[i + 1]) == 'w' &&
      AsciiLower(w[i + 2]) == 'w' && w[i + 3] == '.' && IsAsciiAlnum(w[i + 4]))
    return true;
  const size_t at = w.find('@');
  if (at == std::string_view::npos || at == 0 || !IsAsciiAlnum(w[at - 1])) return false;
  const size_t dot = w.find('.', at + 1);
  return dot != std::string_view::npos && dot > at + 1 && dot + 1 < w.size() && IsLetter(w[dot + 1]);
}

}  // namespace

bool OpensOrEndsWithWebAddress(std::string_view text) {
  // Most sentences hold none of an address's marks: three scans.
  if (text.find("://") == std::string_view::npos && text.find('@') == std::string_view::npos &&
      text.find("ww.") == std::string_view::npos && text.find("WW.") == std::string_view::npos)
    return false;
  const size_t first_end = text.find(' ');
  if (IsAddress(text.substr(0, first_end))) return true;
  if (first_end == std::string_view::npos) return false;
  const size_t last_begin = text.rfind(' ') + 1;
  return IsAddress(text.substr(last_begin));
}

}  // namespace internal
}  // namespace chorus
