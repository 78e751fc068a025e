// What ROUGE-1.5.5 does to the text of one summary before counting
// (shared/data/rouge-vectors/README.md §3, §5, §8): the -l / -b length
// limits on the raw sentence lines, then token extraction (ASCII lowercase,
// maximal runs of [a-z0-9]; every other byte, including each byte of a
// non-ASCII character, separates tokens). Text is bytes: nothing is decoded.
// RougeTokenIds then drops stopwords, stems, and numbers the tokens.
// Tests: tests/rouge_test.cc.

#ifndef CHORUS_SRC_ROUGE_TOKENIZER_H_
#define CHORUS_SRC_ROUGE_TOKENIZER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rouge_stemmer.h"
#include "stopwords.h"
#include "text_util.h"

namespace chorus {
namespace internal {

// Perl's \s on a byte string: space, \t, \n, \v, \f, \r. Not U+00A0 nor any
// other non-ASCII space.
inline bool IsRougeSpace(unsigned char c) {
  return IsAsciiSpace(c);  // the same six bytes
}

inline bool IsRougeTokenByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The number of "words" of a sentence for -l: the fields of Perl's
// split(/\s+/, sentence). Runs of non-space bytes count one each; a leading
// space run adds one empty first word when some word follows; trailing
// spaces add nothing. "a b" → 2, " a" → 2, "a " → 1, "  " → 0.
size_t CountRougeWords(std::string_view sentence);

// The prefix of `sentence` that ends with its n-th word as CountRougeWords
// counts them (n ≥ 1; the empty first word of a leading space run counts).
// Its tokens are those of ROUGE's join(" ", first n words). The whole
// sentence when it has n words or fewer.
std::string_view FirstRougeWords(std::string_view sentence, size_t n);

// Which of ROUGE's two readers a truncated text is for: readText (ROUGE-N,
// ROUGE-S/SU, and the unigram budgets and peer length of ROUGE-L) or
// readText_LCS (the sentences of ROUGE-L). They differ only under -b.
enum class RougeReader { kFlat, kSentences };

// Applies the word limit (`limit_words` > 0, -l) or the byte limit
// (`limit_bytes` > 0, -b; not both) to a summary given as its sentence lines,
// before any other processing. Zero-length lines are dropped first, as ROUGE
// does. Results are views into `sentences` (prefixes of them).
//  * -l (both readers): lines are kept while the running word count stays
//    below the limit; the line that reaches it is cut to the words still
//    allowed, and the rest is dropped.
//  * -b, kFlat: the same with byte counts (line lengths, separators not
//    counted); the cut may fall inside a word or a UTF-8 character.
//  * -b, kSentences: ROUGE-1.5.5's readText_LCS never adds up the bytes it
//    has kept, so it keeps every line shorter than the limit and cuts the
//    first line that is not, to `limit_bytes` bytes. Reproduced on purpose.
std::vector<std::string_view> ApplyRougeLengthLimit(
    const std::vector<std::string_view>& sentences, size_t limit_words,
    size_t limit_bytes, RougeReader reader);

// Calls fn(std::string_view token) for each token of `text`, in order: the
// maximal runs of ASCII letters and digits, lowercased (into *scratch, which
// the view points into until the next call).
template <typename Fn>
void ForEachRougeToken(std::string_view text, std::string* scratch, Fn&& fn) {
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsRougeTokenByte(static_cast<unsigned char>(text[i]))) ++i;
    if (i == text.size()) break;
    scratch->clear();
    for (; i < text.size() && IsRougeTokenByte(static_cast<unsigned char>(text[i])); ++i) {
      char c = text[i];
      scratch->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    fn(std::string_view(*scratch));
  }
}

// Splits a text into lines on '\n' only; a final '\n' does not start another
// line, and a text without any byte gives no line. Other line breaks (\r,
// U+2028...) stay inside the lines.
std::vector<std::string> SplitRougeLines(std::string_view text);

// One summary as token ids, as both of ROUGE's readers see it (README §3,
// §5): `flat` joins all sentences (ROUGE-N, ROUGE-SU, the ROUGE-L budgets and
// peer length); `sentences` keeps them apart (ROUGE-L). They differ only
// under a byte limit.
struct RougeSummaryIds {
  std::vector<int32_t> flat;
  std::vector<std::vector<int32_t>> sentences;
};

// Turns summaries into token ids: length limit, token extraction, stopword
// removal (before stemming, as ROUGE), stemming. Ids are dense (0, 1, ...) in
// order of first appearance and shared by all summaries built with one
// object, so build the peer and references of a cluster with the same one.
// Each distinct raw token is stemmed once. Not thread-safe: use one per
// thread (cheap to make).
class RougeTokenIds {
 public:
  // `exceptions`: the stemmer's table, or nullptr for no stemming.
  // `stopwords`: or nullptr to keep all tokens. Both must outlive this.
  RougeTokenIds(const RougeExceptionTable* exceptions, const StopwordSet* stopwords,
                size_t limit_words, size_t limit_bytes)
      : exceptions_(exceptions), stopwords_(stopwords),
        limit_words_(limit_words), limit_bytes_(limit_bytes) {}

  // Builds *out (overwritten) from a summary's sentence lines.
  void Build(const std::vector<std::string>& sentences, RougeSummaryIds* out);

  // Number of distinct final tokens so far; ids are below it.
  size_t size() const { return names_.size(); }
  // The final (stemmed) token of an id.
  const std::string& name(int32_t id) const { return *names_[id]; }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using Map = std::unordered_map<std::string, int32_t, Hash, std::equal_to<>>;

  void AppendIds(std::string_view line, std::vector<int32_t>* ids);
  int32_t Intern(std::string_view raw);  // -1 for a stopword

  const RougeExceptionTable* exceptions_;
  const StopwordSet* stopwords_;
  size_t limit_words_, limit_bytes_;
  Map raw_ids_;                            // raw token → id (or -1)
  Map final_ids_;                          // final token → id
  std::vector<const std::string*> names_;  // keys of final_ids_, by id
  std::string scratch_, stem_;
};

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_ROUGE_TOKENIZER_H_
