// Length limits and token extraction of ROUGE-1.5.5 (README §3, §5, §8).
// See rouge_tokenizer.h. Tests: tests/rouge_test.cc.

#include "rouge_tokenizer.h"

namespace chorus {
namespace internal {

namespace {

bool StartsWithSpace(std::string_view s) {
  return !s.empty() && IsRougeSpace(static_cast<unsigned char>(s[0]));
}

// End offset of the k-th run of non-space bytes (k ≥ 1), or s.size() when
// there are fewer runs.
size_t EndOfRun(std::string_view s, size_t k) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsRougeSpace(static_cast<unsigned char>(s[i]))) ++i;
    if (i == s.size()) break;
    while (i < s.size() && !IsRougeSpace(static_cast<unsigned char>(s[i]))) ++i;
    if (--k == 0) return i;
  }
  return s.size();
}

size_t CountRuns(std::string_view s) {
  size_t runs = 0;
  bool in_run = false;
  for (char c : s) {
    const bool space = IsRougeSpace(static_cast<unsigned char>(c));
    if (!space && !in_run) ++runs;
    in_run = !space;
  }
  return runs;
}

// readText's -l / -b loop over the units of `sentences`: `size` measures a
// line, `cut` keeps its first n units. `accumulate` false reproduces
// readText_LCS's byte branch, whose running total stays 0.
template <typename SizeFn, typename CutFn>
std::vector<std::string_view> KeepWithinLimit(
    const std::vector<std::string_view>& sentences, size_t limit, bool accumulate,
    SizeFn size, CutFn cut) {
  std::vector<std::string_view> kept;
  size_t used = 0;
  for (std::string_view s : sentences) {
    const size_t n = size(s);
    if (used + n < limit) {
      kept.push_back(s);
      if (accumulate) used += n;
    } else {
      kept.push_back(cut(s, limit - used));
      break;
    }
  }
  return kept;
}

}  // namespace

size_t CountRougeWords(std::string_view sentence) {
  const size_t runs = CountRuns(sentence);
  return runs == 0 ? 0 : runs + (StartsWithSpace(sentence) ? 1 : 0);
}

std::string_view FirstRougeWords(std::string_view sentence, size_t n) {
  size_t runs = n;
  if (StartsWithSpace(sentence)) {
    if (n <= 1) return sentence.substr(0, 0);  // only the empty first word
    runs = n - 1;
  }
  return sentence.substr(0, EndOfRun(sentence, runs));
}

std::vector<std::string_view> ApplyRougeLengthLimit(
    const std::vector<std::string_view>& sentences, size_t limit_words,
    size_t limit_bytes, RougeReader reader) {
  std::vector<std::string_view> lines;
  lines.reserve(sentences.size());
  for (std::string_view s : sentences) {
    if (!s.empty()) lines.push_back(s);
  }
  if (limit_words > 0) {
    return KeepWithinLimit(lines, limit_words, /*accumulate=*/true, CountRougeWords,
                           FirstRougeWords);
  }
  if (limit_bytes > 0) {
    return KeepWithinLimit(
        lines, limit_bytes, reader == RougeReader::kFlat,
        [](std::string_view s) { return s.size(); },
        [](std::string_view s, size_t n) { return s.substr(0, n); });
  }
  return lines;
}

std::vector<std::string> SplitRougeLines(std::string_view text) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    lines.emplace_back(text.substr(pos, eol - pos));
    pos = eol + 1;
  }
  return lines;
}

void RougeTokenIds::Build(const std::vector<std::string>& sentences, RougeSummaryIds* out) {
  const std::vector<std::string_view> lines(sentences.begin(), sentences.end());
  out->sentences.clear();
  out->flat.clear();
  for (std::string_view line : ApplyRougeLengthLimit(lines, limit_words_, limit_bytes_,
                                                     RougeReader::kSentences)) {
    out->sentences.emplace_back();
    AppendIds(line, &out->sentences.back());
  }
  if (limit_bytes_ == 0) {  // both readers agree: join the sentences
    for (const auto& s : out->sentences) out->flat.insert(out->flat.end(), s.begin(), s.end());
    return;
  }
  for (std::string_view line :
       ApplyRougeLengthLimit(lines, limit_words_, limit_bytes_, RougeReader::kFlat))
    AppendIds(line, &out->flat);
}

void RougeTokenIds::AppendIds(std::string_view line, std::vector<int32_t>* ids) {
  ForEachRougeToken(line, &scratch_, [&](std::string_view raw) {
    const int32_t id = Intern(raw);
    if (id >= 0) ids->push_back(id);
  });
}

int32_t RougeTokenIds::Intern(std::string_view raw) {
  if (auto it = raw_ids_.find(raw); it != raw_ids_.end()) return it->second;
  int32_t id = -1;
  if (stopwords_ == nullptr || !stopwords_->contains(raw)) {
    if (exceptions_ != nullptr) {
      RougeStemToken(*exceptions_, raw, &stem_);
    } else {
      stem_.assign(raw);
    }
    auto [it, added] = final_ids_.try_emplace(stem_, static_cast<int32_t>(names_.size()));
    if (added) names_.push_back(&it->first);
    id = it->second;
  }
  raw_ids_.emplace(std::string(raw), id);
  return id;
}

}  // namespace internal
}  // namespace chorus
