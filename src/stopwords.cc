#include "stopwords.h"

namespace chorus {
namespace internal {

StopwordSet::StopwordSet(std::string_view language) {
  for (const BuiltinStopwordList* l = kBuiltinStopwordLists; l->language; ++l) {
    if (language == l->language) {
      *this = FromText(l->words);
      return;
    }
  }
}

void StopwordSet::Add(std::string_view word) {
  words_.emplace(word);
  const uint32_t bit = FilterBit(word);
  filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
}

StopwordSet StopwordSet::FromText(std::string_view text) {
  StopwordSet set;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (size_t hash = line.find('#'); hash != std::string_view::npos)
      line = line.substr(0, hash);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
      line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
      line.remove_prefix(1);
    if (!line.empty()) set.Add(line);
  }
  return set;
}

}  // namespace internal
}  // namespace chorus
