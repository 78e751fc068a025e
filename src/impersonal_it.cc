// An opening "It" that points back to nothing (impersonal_it.h).

#include "impersonal_it.h"

#include <array>
#include <cstddef>

#include "text_util.h"

namespace chorus {
namespace internal {

namespace {

constexpr size_t kMaxWords = 64;  // a longer sentence is read no further than this

struct Words {
  std::array<std::string_view, kMaxWords> word;
  std::array<bool, kMaxWords> punct_after{};  // a byte other than a letter or a space follows
  size_t count = 0;
  bool complete = true;  // every word of the text was read
};

// Runs of ASCII letters after `start`; an apostrophe splits a word ("it's"
// reads as "it", "s").
Words ReadWords(std::string_view text, size_t start) {
  Words out;
  size_t i = start;
  while (i < text.size()) {
    while (i < text.size() && !IsAsciiAlpha(text[i])) ++i;
    const size_t b = i;
    while (i < text.size() && IsAsciiAlpha(text[i])) ++i;
    if (b == i) break;
    if (out.count == kMaxWords) {
      out.complete = false;
      break;
    }
    out.punct_after[out.count] = i < text.size() && text[i] != ' ';
    out.word[out.count++] = text.substr(b, i - b);
  }
  return out;
}

constexpr std::string_view kAdverbs[] = {"not", "also", "still", "now", "too"};
constexpr std::string_view kClauseAdjectives[] = {
    "clear",   "unclear", "possible", "impossible", "likely",    "unlikely",
    "evident", "obvious", "doubtful", "uncertain",  "plausible", "surprising"};
constexpr std::string_view kThatParticiples[] = {"known", "estimated", "believed", "said",
                                                 "reported", "expected", "thought"};
constexpr std::string_view kEaseAdjectives[] = {
    "hard", "easy", "difficult", "impossible", "possible", "important",
    "necessary", "unusual", "rare", "common", "tempting", "pointless"};
constexpr std::string_view kClauseWords[] = {"that", "whether", "what", "why", "how",
                                             "if",   "when",    "where", "who"};
constexpr std::string_view kNoNouns[] = {"wonder", "accident", "coincidence", "secret", "surprise"};
constexpr std::string_view kPointing[] = {
    "he",   "she",   "it",   "they", "him",  "her", "them", "his", "its", "their", "hers",
    "theirs", "this", "these", "those", "that", "I",  "we",   "me",  "us",  "my",    "our"};

// After a plain "It": verbs that take a "that" clause, and "remains".
constexpr std::string_view kThatVerbs[] = {"seems", "seemed", "appears", "appeared", "emerged"};
constexpr std::string_view kRemains[] = {"remains", "remained"};

// 2 when w[k] is a clause adjective followed by a clause word, else 0.
size_t ClauseAdjectiveLength(const Words& w, size_t k) {
  const auto at = [&](size_t i) { return k + i < w.count ? w.word[k + i] : std::string_view(); };
  const std::string_view head = at(0), next = at(1);
  if (!OneOf(head, kClauseAdjectives) || !OneOf(next, kClauseWords) || w.punct_after[k]) return 0;
  // A clause word then "that" is a demonstrative ("whether that would").
  return next != "that" && at(2) == "that" ? 0 : 2;
}

// The number of words the form takes from w[k] on after "It's", "It is" or
// "It was", or 0 when there is none.
size_t FormLength(const Words& w, size_t k) {
  const auto at = [&](size_t i) { return k + i < w.count ? w.word[k + i] : std::string_view(); };
  const std::string_view head = at(0), next = at(1);
  if (const size_t n = ClauseAdjectiveLength(w, k)) return n;
  if (OneOf(head, kThatParticiples) && next == "that" && !w.punct_after[k]) return 2;
  if (OneOf(head, kEaseAdjectives) && next == "to" && !w.punct_after[k] && !w.punct_after[k + 1] &&
      k + 3 < w.count && !w.punct_after[k + 2])
    return 3;
  if (head == "no" && OneOf(next, kNoNouns) && !w.punct_after[k])
    return at(2) == "that" && !w.punct_after[k + 1] ? 3 : 2;
  return 0;
}

// The same after a plain "It": a raising verb's form.
size_t RaisingFormLength(const Words& w, size_t k) {
  const auto at = [&](size_t i) { return k + i < w.count ? w.word[k + i] : std::string_view(); };
  // Words k .. k + n - 1 with nothing but a space after each.
  const auto plain = [&](size_t n) {
    for (size_t i = 0; i < n; ++i)
      if (k + i >= w.count || w.punct_after[k + i]) return false;
    return true;
  };
  size_t that = 0;  // the index of "that" after the verb, from k
  if (OneOf(at(0), kThatVerbs)) that = 1;
  else if (at(0) == "has" && at(1) == "emerged") that = 2;
  else if ((at(0) == "turns" || at(0) == "turned") && at(1) == "out") that = 2;
  if (that > 0) {
    // "that" before a word, and not the demonstrative of "It seems that way".
    const bool clause = at(that) == "that" && plain(that + 1) && k + that + 1 < w.count &&
                        at(that + 1) != "way";
    return clause ? that + 1 : 0;
  }
  if (!OneOf(at(0), kRemains) || !plain(1)) return 0;
  if (const size_t n = ClauseAdjectiveLength(w, k + 1)) return 1 + n;
  if (at(1) == "to" && at(2) == "be" && at(3) == "seen" && plain(4) && OneOf(at(4), kClauseWords))
    return at(4) != "that" && at(5) == "that" ? 0 : 5;
  return 0;
}

}  // namespace

bool ImpersonalItStandsAlone(std::string_view text) {
  size_t start = 0;
  for (std::string_view opener : {"It's ", "It\u2019s ", "It is ", "It was "})
    if (text.starts_with(opener)) start = opener.size();
  const bool copula = start > 0;
  if (!copula && text.starts_with("It ")) start = 3;
  if (start == 0) return false;
  const Words w = ReadWords(text, start);
  if (!w.complete) return false;
  size_t k = 0;
  while (k < w.count && !w.punct_after[k]) {
    if (OneOf(w.word[k], kAdverbs)) ++k;
    else if (w.word[k] == "no" && k + 1 < w.count && w.word[k + 1] == "longer") k += 2;
    else break;
  }
  const size_t length = copula ? FormLength(w, k) : RaisingFormLength(w, k);
  if (length == 0) return false;
  for (size_t i = k + length; i < w.count; ++i)
    if (OneOf(w.word[i], kPointing)) return false;
  return true;
}

}  // namespace internal
}  // namespace chorus
