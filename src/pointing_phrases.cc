// Opening phrases that point back (pointing_phrases.h).

#include "pointing_phrases.h"

#include <array>
#include <cstddef>

namespace chorus {
namespace internal {

namespace {

constexpr size_t kMaxWords = 9;

struct FirstWords {
  std::array<std::string_view, kMaxWords> word;
  size_t count = 0;
};

// Up to kMaxWords words: split at spaces, a word's last comma dropped,
// empty words skipped.
FirstWords ReadFirstWords(std::string_view text) {
  FirstWords out;
  size_t i = 0;
  while (out.count < kMaxWords && i < text.size()) {
    size_t end = text.find(' ', i);
    if (end == std::string_view::npos) end = text.size();
    std::string_view w = text.substr(i, end - i);
    if (!w.empty() && w.back() == ',') w.remove_suffix(1);
    if (!w.empty()) out.word[out.count++] = w;
    i = end + 1;
  }
  return out;
}

template <size_t N>
bool OneOf(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view x : list)
    if (x == w) return true;
  return false;
}

constexpr std::string_view kQuantifiers[] = {
    "One",  "Two",     "Three",  "Four",    "Five", "Six",  "Seven", "Eight",
    "Nine", "Ten",     "Eleven", "Twelve",  "Both", "Each", "Neither", "Either",
    "None", "Several", "Many",   "Some",    "Most", "Others", "All",  "Few"};
constexpr std::string_view kFreeAfterThose[] = {"who", "whom", "that", "which", "at", "in",
                                                "on",  "with", "from", "for",   "under"};
constexpr std::string_view kFirstWords[] = {"Instead", "Thus", "After", "Such"};
// Connective phrases, each with its comma and the space after it.
constexpr std::string_view kConnectivePhrases[] = {
    "As a result, ", "In addition, ", "Indeed, ",  "For example, ", "For instance, ",
    "By contrast, ", "In contrast, ", "On the other hand, ", "Even so, ", "Rather, ",
    "After all, ",   "In other words, ", "Otherwise, ", "Besides, ", "In turn, "};

}  // namespace

bool OpensWithPointingPhrase(std::string_view text) {
  // Every phrase opens with a capital letter: most sentences stop here.
  if (text.empty() || text[0] < 'A' || text[0] > 'Z') return false;
  for (std::string_view p : kConnectivePhrases)
    if (p[0] == text[0] && text.starts_with(p)) return true;
  // The first word up to a space or a comma (no first word of a phrase is
  // longer than seven bytes) must be one of them before the words are read.
  size_t end = 0;
  while (end < text.size() && end < 8 && text[end] != ' ' && text[end] != ',') ++end;
  const std::string_view head = text.substr(0, end);
  if (!OneOf(head, kFirstWords) && !OneOf(head, kQuantifiers)) return false;
  const FirstWords s = ReadFirstWords(text);
  if (s.count == 0) return false;
  const std::string_view first = s.word[0];
  if (first.size() < text.size() && text[first.size()] != ' ' && text[first.size()] != ',')
    return false;
  const auto next_is = [&](size_t k, std::string_view w) { return s.count > k && s.word[k] == w; };
  if (OneOf(first, kFirstWords)) {
    if (first == "Instead") return !next_is(1, "of");
    if (first == "Thus") return !next_is(1, "far");
    if (first == "After") return s.count > 2 && next_is(1, "that");
    for (size_t k = 1; k < s.count && k <= 6; ++k)  // "Such"
      if (s.word[k] == "as") return false;
    return true;
  }
  if (!OneOf(first, kQuantifiers) || !next_is(1, "of") || s.count < 3) return false;
  const std::string_view det = s.word[2];
  if (det == "them" || det == "these") return true;
  if (det != "those") return false;
  if (s.count < 4) return true;
  const std::string_view after = s.word[3];
  return !(OneOf(after, kFreeAfterThose) || after.ends_with("ed"));
}

}  // namespace internal
}  // namespace chorus
