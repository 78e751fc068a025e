// The cluster-level topic rule: how related each sentence is to the rest of
// the cluster, and the reason to drop one that is not (noise_filter.h
// describes both kinds of rules). Tests: tests/noise_filter_test.cc.

#include "topic_rule.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <utility>

#include "byte_masks.h"
#include "text_util.h"

namespace chorus {
namespace internal {

namespace {

// True when `w`, a run of ASCII letters, is a first- or second-person
// pronoun, in any case.
bool IsPronoun(std::string_view w) {
  // Every pronoun has 2-5 letters and starts with o, u, w or y.
  if (w.size() < 2 || w.size() > 5) return false;
  const char first = static_cast<char>(w[0] | 0x20);  // lowercase of a letter
  if (first != 'o' && first != 'u' && first != 'w' && first != 'y') return false;
  char lower[5];
  for (size_t k = 0; k < w.size(); ++k) lower[k] = static_cast<char>(w[k] | 0x20);
  const std::string_view word(lower, w.size());
  for (std::string_view p : {"we", "our", "ours", "us", "you", "your", "yours"})
    if (word == p) return true;
  return false;
}

// Bit k set when a pronoun may begin at p[k], k < 16 (p[0, 17) readable):
// its first two letters, either ASCII case, are those of one (we, our(s),
// us, you(r)(s)); `letters` gets the bits of the ASCII letters.
uint32_t PronounHeadBits(const char* p, uint32_t* letters) {
  const Bytes16 first = Load16(p) | 0x20, second = Load16(p + 1) | 0x20;
  *letters = Mask16(Bytes16(Bytes16(first - 'a') <= 25));
  const auto pair = [&](char a, char b) {
    return Bytes16(first == static_cast<uint8_t>(a)) & Bytes16(second == static_cast<uint8_t>(b));
  };
  return Mask16(pair('w', 'e') | pair('o', 'u') | pair('u', 's') | pair('y', 'o'));
}

// True when `s` holds a pronoun word anywhere, quoted or not: the first
// letters of one at the start of a word are found sixteen positions at a
// time, and only there is a word read. The byte-by-byte reading below then
// runs only on sentences that have one.
bool HasPronounWord(std::string_view s) {
  const size_t n = s.size();
  auto pronoun_at = [&](size_t b) {
    size_t e = b + 1;  // the word's end, or where it has grown too long
    while (e < n && e - b < 6 && IsAsciiAlpha(s[e])) ++e;
    return IsPronoun(s.substr(b, e - b)) && (e == n || !IsAsciiAlpha(s[e]));
  };
  uint32_t letter_before = 0;  // bit 0: the byte before the block is a letter
  auto any_in = [&](size_t i, uint32_t heads, uint32_t letters) {
    // A word starts where the byte before is no letter.
    heads &= ~(letters << 1 | letter_before);
    letter_before = letters >> 15 & 1;
    for (; heads != 0; heads &= heads - 1)
      if (pronoun_at(i + static_cast<size_t>(std::countr_zero(heads)))) return true;
    return false;
  };
  size_t i = 0;
  uint32_t letters = 0;
  for (; i + 17 <= n; i += 16) {
    const uint32_t heads = PronounHeadBits(s.data() + i, &letters);
    if (any_in(i, heads, letters)) return true;
  }
  // The last bytes from a copy padded with zeros; no head past the end.
  char tail[40] = {};
  if (i < n) std::memcpy(tail, s.data() + i, n - i);
  for (size_t j = 0; i + j < n; j += 16) {
    const uint32_t heads = PronounHeadBits(tail + j, &letters);
    const uint32_t in_text = n - i - j >= 16 ? 0xFFFF : (uint32_t{1} << (n - i - j)) - 1;
    if (any_in(i + j, heads & in_text, letters)) return true;
  }
  return false;
}

// True when a first- or second-person pronoun stands outside quotation
// marks (“…”, "…", ``…''). A word is a run of ASCII letters, judged with the
// quotation state it was read in (quote marks end words).
bool AddressesReader(std::string_view s) {
  if (!HasPronounWord(s)) return false;
  // What each byte can be: 1 an ASCII letter, 2 the start of a quote mark,
  // 0 neither. This runs on every byte of every candidate sentence.
  static constexpr auto kKind = [] {
    std::array<uint8_t, 256> kind{};
    for (int c = 'a'; c <= 'z'; ++c) kind[c] = kind[c - 32] = 1;
    for (unsigned char c : {'\xE2', '`', '\'', '"'}) kind[c] = 2;
    return kind;
  }();
  bool quoted = false;
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    const char c = s[i];
    const uint8_t kind = kKind[static_cast<unsigned char>(c)];
    if (kind == 1) {  // a word: read to its end, then judge it
      const size_t b = i;
      do ++i;
      while (i < n && kKind[static_cast<unsigned char>(s[i])] == 1);
      if (!quoted && IsPronoun(s.substr(b, i - b))) return true;
      continue;
    }
    if (kind == 2) {  // compare only at a byte that can start a quote mark
      const bool curly = c == '\xE2', ticks = c == '`' || c == '\'';
      if ((curly && s.compare(i, 3, "\u201C") == 0) || (ticks && s.compare(i, 2, "``") == 0))
        quoted = true;
      else if ((curly && s.compare(i, 3, "\u201D") == 0) || (ticks && s.compare(i, 2, "''") == 0))
        quoted = false;
      else if (c == '"')
        quoted = !quoted;
    }
    ++i;
  }
  return false;
}

// Appends printf's "%.3f" of `value` (std::to_chars with a precision
// formats as printf does in the C locale), without printf's cost.
void AppendFixed3(double value, std::string* out) {
  char buf[400];  // room for any double in fixed notation
  const auto result = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, 3);
  out->append(buf, result.ptr);
}

// The reason's text built in one string: a chain of `+` made a temporary,
// and an allocation, per piece. The threshold, the same for a whole
// cluster, is formatted once per value a thread sees.
std::string OffTopicText(const char* lead, double topic, const char* middle,
                         const double* threshold, const char* tail) {
  std::string reason;
  reason.reserve(80);
  reason += lead;
  AppendFixed3(topic, &reason);
  reason += middle;
  if (threshold != nullptr) {
    thread_local double formatted_value = 0;
    thread_local std::string formatted;
    if (formatted.empty() || std::memcmp(&formatted_value, threshold, sizeof(double)) != 0) {
      formatted.clear();
      AppendFixed3(*threshold, &formatted);
      formatted_value = *threshold;
    }
    reason += formatted;
  }
  reason += tail;
  return reason;
}

}  // namespace

bool IsOffTopic(std::string_view sentence, double topic, double threshold) {
  return topic < threshold || (topic < 3 * threshold && AddressesReader(sentence));
}

std::string OffTopicReason(std::string_view sentence, double topic, double threshold) {
  if (topic < threshold) return OffTopicText("off-topic (similarity ", topic, " < ", &threshold, ")");
  if (topic < 3 * threshold && AddressesReader(sentence))
    return OffTopicText("publisher voice or reader address, weakly related (", topic, ")", nullptr,
                        "");
  return "";
}

std::vector<double> TopicSimilarity(const SparseRows& x, const std::vector<int>& doc_of) {
  const int n = static_cast<int>(x.rows());
  int ndocs = 0;
  for (int d : doc_of) ndocs = std::max(ndocs, d + 1);
  std::vector<std::vector<int>> rows_of(ndocs);
  for (int i = 0; i < n; ++i) rows_of[doc_of[i]].push_back(i);
  std::vector<double> total(x.cols(), 0.0);
  for (int i = 0; i < n; ++i)
    for (SparseRows::InnerIterator t(x, i); t; ++t) total[t.index()] += t.value();
  auto dot_with = [&](int i, const std::vector<double>& v) {
    double dot = 0;
    for (SparseRows::InnerIterator t(x, i); t; ++t) dot += t.value() * v[t.index()];
    return dot;
  };
  auto norm2_of = [](const std::vector<double>& v) {
    double s = 0;
    for (double e : v) s += e * e;
    return s;
  };
  std::vector<double> result(n, 0.0);
  if (ndocs == 1) {  // leave one sentence out: rest = total - x_i
    const double total2 = norm2_of(total);
    for (int i = 0; i < n; ++i) {
      const double self = x.row(i).squaredNorm(), xt = dot_with(i, total);
      const double norm2 = total2 - 2 * xt + self;
      result[i] = norm2 > 1e-12 ? std::max(0.0, (xt - self) / std::sqrt(norm2)) : 0.0;
    }
    return result;
  }
  // Leave one document out, kLanes documents at a time. Lane l holds, for
  // each term t at lanes[t * kLanes + l], the rest of the cluster for
  // document d0 + l: `total` minus that document's rows (the same
  // subtractions, in the same order, as on a fresh copy). The lanes' squared
  // norms are summed in one pass over the terms, each lane its own sum in
  // term order (the same bits as one pass per document): one such sum is a
  // chain of dependent adds as long as the vocabulary, and the lanes' chains
  // overlap instead of waiting on each other. Lanes past the last document
  // hold `total` and are not read. Touched entries are put back from `total`
  // afterwards.
  constexpr int kLanes = 4;
  const size_t v = total.size();
  // Not zeroed first: every entry is written from `total` below.
  const std::unique_ptr<double[]> lane_store = std::make_unique_for_overwrite<double[]>(v * kLanes);
  double* const lanes = lane_store.get();
  for (size_t t = 0; t < v; ++t)
    for (int l = 0; l < kLanes; ++l) lanes[t * kLanes + l] = total[t];
  for (int d0 = 0; d0 < ndocs; d0 += kLanes) {
    const int m = std::min(kLanes, ndocs - d0);
    for (int l = 0; l < m; ++l)
      for (int i : rows_of[d0 + l])
        for (SparseRows::InnerIterator t(x, i); t; ++t)
          lanes[static_cast<size_t>(t.index()) * kLanes + l] -= t.value();
    double norm2[kLanes] = {0, 0, 0, 0};
    for (size_t t = 0; t < v; ++t) {
      const double* e = &lanes[t * kLanes];
      norm2[0] += e[0] * e[0];
      norm2[1] += e[1] * e[1];
      norm2[2] += e[2] * e[2];
      norm2[3] += e[3] * e[3];
    }
    for (int l = 0; l < m; ++l) {
      const double norm = std::sqrt(norm2[l]);
      for (int i : rows_of[d0 + l]) {
        double dot = 0;
        for (SparseRows::InnerIterator t(x, i); t; ++t)
          dot += t.value() * lanes[static_cast<size_t>(t.index()) * kLanes + l];
        result[i] = norm > 0 ? std::max(0.0, dot / norm) : 0.0;
      }
      for (int i : rows_of[d0 + l])
        for (SparseRows::InnerIterator t(x, i); t; ++t)
          lanes[static_cast<size_t>(t.index()) * kLanes + l] = total[t.index()];
    }
  }
  return result;
}

}  // namespace internal
}  // namespace chorus
