// Noise rules. Each rule looks at the shape of a line: its punctuation, its
// first words, its separators. Word lists here are generic vocabulary of web
// pages (imperatives addressed to the reader, link labels, credit labels),
// not strings of any one site. Tests: tests/noise_filter_test.cc.

#include "noise_filter.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <span>
#include <utility>

#include "byte_masks.h"
#include "fact_box.h"
#include "news_budget.h"
#include "text_util.h"
#include "wire_furniture.h"

namespace chorus {
namespace internal {

namespace {

// Byte sets as tables (a find in a string literal is a memchr call per byte).
struct ByteSet {
  bool has[256] = {};
  constexpr explicit ByteSet(std::string_view bytes) {
    for (char c : bytes) has[static_cast<unsigned char>(c)] = true;
  }
  bool operator()(char c) const { return has[static_cast<unsigned char>(c)]; }
};
constexpr ByteSet kOpeners("\"'([{");        // trimmed off the front of a lead word
constexpr ByteSet kSeparators(":-|/.,;!");  // trimmed off the end by Bare

// The words of `text` with opening quotes and brackets trimmed off each, at
// most `max` of them, into out[0, returned count): views into `text`, in
// their own case (the rules compare ignoring ASCII case; no string is built
// per paragraph).
size_t LeadWords(std::string_view text, size_t max, std::string_view* out) {
  size_t n = 0, i = 0;
  while (i < text.size() && n < max) {
    while (i < text.size() && IsAsciiSpace(text[i])) ++i;
    size_t b = i;
    while (i < text.size() && !IsAsciiSpace(text[i])) ++i;
    while (b < i && kOpeners(text[b])) ++b;
    if (b < i) out[n++] = text.substr(b, i - b);
  }
  return n;
}

// Strips trailing punctuation used as a separator ("read:", "photo/").
std::string_view Bare(std::string_view w) {
  while (!w.empty() && kSeparators(w.back())) w.remove_suffix(1);
  return w;
}

bool Is(std::string_view w, std::string_view lower) { return OneOfIgnoringCase(w, {lower}); }

// A set of lowercase words that start with a letter and have fewer than 16
// bytes (the constructor fails to compile otherwise), with the first
// letters of its words by length: one bit test rules out most words before
// any is compared. Contains(w) == OneOfIgnoringCase(w, words).
template <size_t N>
struct WordSet {
  std::array<std::string_view, N> words;
  std::array<uint32_t, 16> first_letters = {};  // by length, bit c - 'a'
  constexpr explicit WordSet(const std::string_view (&list)[N]) : words() {
    for (size_t k = 0; k < N; ++k) {
      words[k] = list[k];
      const int bit = list[k].at(0) - 'a';
      first_letters.at(list[k].size()) |= uint32_t{1} << (bit >= 0 && bit < 26 ? bit : 32);
    }
  }
  bool Contains(std::string_view w) const {
    if (w.empty() || w.size() >= 16) return false;
    const unsigned letter = (static_cast<unsigned char>(w[0]) | 0x20u) - 'a';
    if (letter >= 26 || (first_letters[w.size()] >> letter & 1) == 0) return false;
    for (std::string_view s : words) {
      if (s.size() != w.size()) continue;
      size_t k = 0;
      while (k < s.size() && AsciiLower(w[k]) == s[k]) ++k;
      if (k == s.size()) return true;
    }
    return false;
  }
};

constexpr std::string_view kTeaserWords[] = {"read", "watch", "listen", "related", "recommended",
                                             "trending", "more", "latest", "also", "see"};
constexpr WordSet kTeasers(kTeaserWords);
constexpr std::string_view kCreditWords[] = {
    "photo", "photos", "image", "images", "picture", "pictures", "video", "file",
    "credit", "credits", "illustration", "graphic", "source", "courtesy", "caption"};
constexpr WordSet kCreditLabels(kCreditWords);
constexpr std::string_view kPromptWords[] = {
    "please", "click", "tap", "subscribe", "sign", "log", "login", "register",
    "follow", "share", "comment", "contact", "stay", "download", "join", "like",
    "enter", "send", "tell", "support", "donate", "bookmark", "print", "email"};
constexpr WordSet kPrompts(kPromptWords);

// True when the text after `words` lead words is a separator or nothing:
// "Read - X", "Read: X", "Related | X", "Read more".
bool SeparatorFollows(std::string_view text, size_t words) {
  size_t i = 0;
  for (size_t w = 0; w < words; ++w) {
    while (i < text.size() && IsAsciiSpace(text[i])) ++i;
    while (i < text.size() && !IsAsciiSpace(text[i])) {
      if (text[i] == ':' || text[i] == '|') return true;  // "Read:" "Related|"
      ++i;
    }
  }
  while (i < text.size() && IsAsciiSpace(text[i])) ++i;
  if (i == text.size()) return true;
  std::string_view rest = text.substr(i);
  for (std::string_view sep : {"-", ":", "|", "\u2013", "\u2014", "\u203A", "\u00BB", ">"})
    if (rest.substr(0, sep.size()) == sep) return true;
  return false;
}

// The rules below take `w`, the paragraph's first four LeadWords: a
// rule that reads fewer reads a prefix, as LeadWords(p, fewer) would give.
bool IsTeaser(std::string_view p, std::span<const std::string_view> w) {
  if (w.empty()) return false;
  std::string_view w0 = Bare(w[0]), w1 = w.size() > 1 ? Bare(w[1]) : "";
  if (kTeasers.Contains(w0) && SeparatorFollows(p, 1))
    return true;
  bool two = (Is(w0, "read") && OneOfIgnoringCase(w1, {"more", "also", "next"})) ||
             (Is(w0, "also") && OneOfIgnoringCase(w1, {"read", "see", "watch"})) ||
             (Is(w0, "see") && Is(w1, "also")) ||
             (Is(w0, "more") && OneOfIgnoringCase(w1, {"news", "stories"})) ||
             (Is(w0, "related") && OneOfIgnoringCase(w1, {"news", "stories", "articles", "content"})) ||
             (Is(w0, "must") && Is(w1, "read")) || (Is(w0, "don't") && Is(w1, "miss")) ||
             (Is(w0, "top") && Is(w1, "stories"));
  return two && SeparatorFollows(p, 2);
}

bool IsByline(std::string_view p, std::span<const std::string_view> w) {
  if (w.empty()) return false;
  // "By Jane Doe", "By Jane Doe, Staff Writer": a name, not a sentence.
  if (Is(w[0], "by") && p.size() > 3 && p[3] >= 'A' && p[3] <= 'Z' &&
      (CountCollapsedWords(p) <= 6 || !EndsWithSentencePunctuation(p)))
    return true;
  for (size_t i = 1; i < w.size(); ++i)
    if (Is(Bare(w[i]), "by") &&
        OneOfIgnoringCase(Bare(w[i - 1]), {"written", "reported", "story", "words", "edited", "posted",
                               "published", "compiled"}))
      return true;
  return false;
}

bool IsCredit(std::string_view p, std::span<const std::string_view> w) {
  if (w.empty()) return false;
  std::string_view w0 = Bare(w[0]);
  const bool label = kCreditLabels.Contains(w0);
  if (label && w[0].size() > w0.size()) return true;  // "Photo:" "Image/"
  if (label && SeparatorFollows(p, 1)) return true;
  // "xy/zw (AFP, Reuters, dpa)": a short line around a parenthesized list.
  size_t open = p.find('(');
  if (open == std::string_view::npos) return false;
  const size_t words = CountCollapsedWords(p);
  return words <= 10 && p.find(')', open) != std::string_view::npos &&
         CountOccurrences(p.substr(open), ",") >= 1 && words <= 4 + CountOccurrences(p, ",") * 2;
}

// "... in Berlin The forces of ...": a headline run into the next one.
bool HasRunOnBoundary(std::string_view p) {
  static constexpr std::string_view kStarts[] = {" The ", " A ", " An ", " In ", " How ",
                                                 " Why ", " What "};
  for (auto s : kStarts) {
    for (size_t i = p.find(s); i != std::string_view::npos; i = p.find(s, i + 1)) {
      char before = i > 0 ? p[i - 1] : '.';
      if ((before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z')) return true;
    }
  }
  return false;
}

// Reason to drop a whole paragraph, or "".
std::string ParagraphReason(std::string_view p) {
  std::string_view words4[4];
  const std::span<const std::string_view> lead(words4, LeadWords(p, 4, words4));
  if (IsTeaser(p, lead)) return "link teaser";
  if (IsByline(p, lead)) return "byline";
  if (CountOccurrences(p, "|") >= 2) return "byline or navigation (| separated)";
  if (IsCredit(p, lead)) return "photo or agency credit";
  if (!EndsWithSentencePunctuation(p)) {
    if (CountCollapsedWords(p) <= 15) return "heading or label (no sentence-final punctuation)";
    if (HasRunOnBoundary(p)) return "run-together headlines (no sentence-final punctuation)";
  }
  return "";
}

bool MentionsReader(std::span<const std::string_view> words) {
  for (std::string_view w : words)
    if (OneOfIgnoringCase(Bare(w), {"you", "your", "us", "our", "here", "below"})) return true;
  return false;
}

constexpr std::string_view kPhrases[] = {
    "all rights reserved", "terms of use", "terms of service", "privacy policy",
    "cookie policy", "\u00A9", "copyright "};  // lowercase

// The first bytes of the phrases of kPhrases (two to four), each once, as
// the search compares them: every byte ORed with 0x20, which makes the two
// ASCII cases of a letter one byte (and a few other bytes with them: a hit
// is a candidate, checked whole). The static_assert keeps them complete.
constexpr std::string_view kPhraseHeads[] = {"all ", "term", "priv", "cook", "copy", "\u00A9"};
constexpr bool PhraseHeadsComplete() {
  for (std::string_view phrase : kPhrases) {
    bool found = false;
    for (std::string_view head : kPhraseHeads) found = found || phrase.starts_with(head);
    if (!found) return false;
  }
  for (std::string_view head : kPhraseHeads)
    if (head.size() < 2 || head.size() > 4) return false;
  return true;
}
static_assert(PhraseHeadsComplete());

// Where bytes [From, From + sizeof...(K)) of head H of kPhraseHeads stand
// as they do in the head (at the head's start, not at the bytes'): f[k]
// holds the 16 bytes from offset k, ORed with 0x20.
template <size_t H, size_t From, size_t... K>
Bytes16 PhraseHeadBytesAt(const Bytes16* f, std::index_sequence<K...>) {
  return (Bytes16(f[From + K] == static_cast<uint8_t>(kPhraseHeads[H][From + K] | 0x20)) & ...);
}
// Where a head may begin by its last two bytes (rarer pairs than the first
// two: "l ", "rm", "iv", "ok", "py"), and where one begins.
template <size_t... H>
Bytes16 AnyPhraseHeadEnd(const Bytes16* f, std::index_sequence<H...>) {
  return (PhraseHeadBytesAt<H, kPhraseHeads[H].size() - 2>(f, std::make_index_sequence<2>()) | ...);
}
template <size_t... H>
Bytes16 AnyPhraseHead(const Bytes16* f, std::index_sequence<H...>) {
  return (PhraseHeadBytesAt<H, 0>(f, std::make_index_sequence<kPhraseHeads[H].size()>()) | ...);
}

// Bit k set when a phrase may begin at p[k], k < 16 (p[0, 19) readable).
uint32_t PhraseHeadBits(const char* p) {
  const Bytes16 f[4] = {Load16(p) | 0x20, Load16(p + 1) | 0x20, Load16(p + 2) | 0x20,
                        Load16(p + 3) | 0x20};
  constexpr auto kHeads = std::make_index_sequence<std::size(kPhraseHeads)>();
  if (Mask16(AnyPhraseHeadEnd(f, kHeads)) == 0) return 0;  // most blocks
  return Mask16(AnyPhraseHead(f, kHeads));
}

// True when `s` holds, ignoring ASCII case, one of kPhrases. One pass that
// tests the phrases only where the first bytes of one are, sixteen
// positions at a time: this runs on every sentence.
bool HasBoilerplatePhrase(std::string_view s) {
  auto any_at = [&](size_t i) {
    for (std::string_view phrase : kPhrases) {
      if (s.size() - i < phrase.size()) continue;
      size_t k = 0;
      while (k < phrase.size() && AsciiLower(s[i + k]) == phrase[k]) ++k;
      if (k == phrase.size()) return true;
    }
    return false;
  };
  auto any_in = [&](size_t i, uint32_t hit) {
    for (; hit != 0; hit &= hit - 1)
      if (any_at(i + static_cast<size_t>(std::countr_zero(hit)))) return true;
    return false;
  };
  const size_t n = s.size();
  size_t i = 0;
  for (; i + 19 <= n; i += 16)
    if (any_in(i, PhraseHeadBits(s.data() + i))) return true;
  // The last bytes from a copy padded with zeros; no hit past the end.
  char tail[48] = {};
  if (i < n) std::memcpy(tail, s.data() + i, n - i);
  for (size_t j = 0; i + j < n; j += 16) {
    const uint32_t hit = PhraseHeadBits(tail + j);
    if (any_in(i + j, n - i - j >= 16 ? hit : hit & ((uint32_t{1} << (n - i - j)) - 1))) return true;
  }
  return false;
}

// The first of LeadWords(s, 1), Bare: a view into `s`, not lowercased
// (callers compare ignoring ASCII case); *found is false when s has no
// lead word at all.
std::string_view FirstBareWord(std::string_view s, bool* found) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsAsciiSpace(s[i])) ++i;
    size_t b = i;
    while (i < s.size() && !IsAsciiSpace(s[i])) ++i;
    size_t e = i;
    while (b < e && kOpeners(s[b])) ++b;
    if (b == e) continue;  // LeadWords drops a word left empty
    *found = true;
    while (b < e && kSeparators(s[e - 1])) --e;
    return s.substr(b, e - b);
  }
  *found = false;
  return {};
}

// A photo credit set in parentheses at the end of a caption's paragraph:
// "(J. Smith/Harbour Gazette Photo)", "(AP Photo)": the whole sentence in
// one pair of parentheses, at most eight words, one of them (split at
// spaces and '/') a credit label.
bool IsParenthesizedCredit(std::string_view s) {
  if (s.size() < 3 || s.front() != '(' || s.back() != ')') return false;
  const std::string_view inner = s.substr(1, s.size() - 2);
  if (inner.find_first_of("()") != std::string_view::npos || CountCollapsedWords(s) > 8)
    return false;
  for (size_t i = 0; i < inner.size();) {
    while (i < inner.size() && (IsAsciiSpace(inner[i]) || inner[i] == '/')) ++i;
    const size_t b = i;
    while (i < inner.size() && !IsAsciiSpace(inner[i]) && inner[i] != '/') ++i;
    if (b < i && kCreditLabels.Contains(Bare(inner.substr(b, i - b)))) return true;
  }
  return false;
}

// A parenthesized credit then one word without a lowercase letter, the
// wire's code for the picture: "(J. Smith/Harbour Gazette Photo) LITE".
bool IsCreditThenCode(std::string_view s) {
  const size_t close = s.find(')');
  if (close == std::string_view::npos || close + 2 >= s.size() || s[close + 1] != ' ') return false;
  for (char c : s.substr(close + 2))
    if (IsAsciiLower(c) || IsAsciiSpace(c)) return false;
  return IsParenthesizedCredit(s.substr(0, close + 1));
}

// Reason to drop one sentence, or "".
std::string SentenceReason(std::string_view s) {
  bool found = false;
  const std::string_view w0 = FirstBareWord(s, &found);  // the first 40 words only when needed
  if (!found) return "empty";
  if (s.front() == '(' && IsParenthesizedCredit(s)) return "photo or agency credit";
  if (s.front() == '(' && IsCreditThenCode(s)) return "photo or agency credit";
  const char c0 = AsciiLower(s.front());  // a cheap test before the label's
  if ((c0 == 'e' || c0 == 'n' || c0 == '(' || c0 == 'a' || c0 == 'p') && IsEditorsNote(s)) return "editors' note";
  if (kPrompts.Contains(w0)) {
    std::string_view words40[40];
    const std::span<const std::string_view> w(words40, LeadWords(s, 40, words40));
    if (MentionsReader(w) || w.size() <= 10) return "reader prompt";
  }
  if (HasBoilerplatePhrase(s)) return "site boilerplate";
  return "";
}

}  // namespace

size_t BulletLength(std::string_view s) {
  size_t i = 0;
  if (s.substr(0, 3) == "\u2022") {
    i = 3;
  } else {
    while (i < s.size() && i < 4 && (s[i] == '_' || s[i] == '-' || s[i] == '*') && s[i] == s[0]) ++i;
    if (i == 0 || i > 3) return 0;
  }
  size_t j = i;
  while (j < s.size() && IsAsciiSpace(s[j])) ++j;
  if (j == s.size()) return 0;
  if (j > i) return j;
  return s[j] >= 'A' && s[j] <= 'Z' ? j : 0;
}

std::vector<SentenceVerdict> ApplyFormRules(std::string_view text, const Segmentation& seg) {
  std::vector<SentenceVerdict> out(seg.sentences.size());
  if (IsNewsBudget(text, seg)) {
    for (size_t i = 0; i < out.size(); ++i) {
      out[i].begin = seg.sentences[i].begin;
      out[i].end = seg.sentences[i].end;
      out[i].collapsed = false;
      out[i].reason = "news budget (a wire's list of stories)";
    }
    return out;
  }
  size_t labels = 0;  // paragraphs opening with a title-case label
  for (const Paragraph& para : seg.paragraphs)
    labels += OpensWithTitleCaseLabel(text.substr(para.begin, para.end - para.begin));
  for (size_t pi = 0; pi < seg.paragraphs.size(); ++pi) {
    const Paragraph& para = seg.paragraphs[pi];
    const bool fact_box = labels >= kMinFactBoxLabels &&
                          OpensWithTitleCaseLabel(text.substr(para.begin, para.end - para.begin));
    // Most paragraphs are collapsed already (then so is every sentence in
    // them, spans being trimmed): read them in place.
    std::string_view p = text.substr(para.begin, para.end - para.begin);
    const bool collapsed = IsCollapsed(p);
    std::string copy;
    if (!collapsed) p = copy = CollapseWhitespace(p);
    const std::string preason = ParagraphReason(p);
    for (size_t k = 0; k < para.num_sentences; ++k) {
      const SentenceSpan& span = seg.sentences[para.first_sentence + k];
      SentenceVerdict& v = out[para.first_sentence + k];
      v.begin = span.begin;
      v.end = span.end;
      v.collapsed = collapsed;
      if (!preason.empty()) {
        v.reason = preason;
        continue;
      }
      std::string_view s = text.substr(span.begin, span.end - span.begin);
      // Before the datelines: a caption's slug looks like one.
      if (const char* wire = WireFurnitureReason(s)) {
        v.reason = wire;
        continue;
      }
      // The dateline opens a paragraph; a news budget's item has two
      // ("SLUG _ PLACE _ "); a sentence after the first opens with one
      // only when the segmenter broke it off its place ("CITY, Ore. | (AP)
      // -- "), which the code in parentheses says.
      if (k == 0 || s.front() == '(') {
        for (int pass = 0; pass < 2; ++pass) {
          const std::string_view rest = text.substr(v.begin, v.end - v.begin);
          if (k > 0 && !IsCodeInParens(rest.substr(0, rest.find_first_of(" -_")))) break;
          const size_t cut = DatelineLength(rest);
          if (cut == 0 || cut >= rest.size()) break;
          v.begin += cut;
        }
      }
      // A place in title case before the wire's dash: only the document's
      // first sentence (dateline.h).
      if (pi == 0 && k == 0 && v.begin == span.begin)
        v.begin += TitleCaseDatelineLength(text.substr(v.begin, v.end - v.begin));
      v.begin += BulletLength(text.substr(v.begin, v.end - v.begin));
      v.reason = SentenceReason(text.substr(v.begin, v.end - v.begin));
      if (fact_box && v.reason.empty()) v.refusal = kFactBoxReason;
    }
  }
  return out;
}

}  // namespace internal
}  // namespace chorus
