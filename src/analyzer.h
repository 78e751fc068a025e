// Term analysis: words → terms. ICU word segmentation (UAX #29) over the
// original UTF-8, NFKC case folding, stopword removal and Snowball stemming.
// Only words with letters or digits become terms; punctuation and symbols
// never do. Tests: tests/analyzer_test.cc.

#ifndef CHORUS_SRC_ANALYZER_H_
#define CHORUS_SRC_ANALYZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/options.h"
#include "chorus/status.h"
#include "term_dictionary.h"

namespace chorus {
namespace internal {

// The Snowball languages that libstemmer provides, sorted.
std::vector<std::string> StemmerLanguages();

// OK when libstemmer knows `language` (a name of StemmerLanguages() or a
// code it accepts, e.g. "en"); else InvalidArgument "unknown language
// 'X' (expected one of: ...)". The one check of the summarizer's and the
// baselines' language, so `chorus eval` refuses the same names whatever it
// scores.
Status CheckLanguage(const std::string& language);

// The ICU locale for a Snowball language name or code ("german" → "de"),
// used for sentence segmentation; "root" for a name it does not know.
std::string LocaleForLanguage(const std::string& language);

// True for an English ICU locale ("en", "en_US", "en-GB"): the locales whose
// text the English-only rules read (the segmenter's break repairs, the
// unnamed-speaker candidate rule).
bool IsEnglishLocale(std::string_view locale);

class Analyzer {
 public:
  // Fails with InvalidArgument for a language Snowball does not know.
  static Status Create(const AnalyzerOptions& options,
                       std::unique_ptr<Analyzer>* out);
  ~Analyzer();

  // A per-thread working state (the ICU iterator, the Snowball stemmer and a
  // stem cache are not thread-safe). Create one per thread.
  class Session {
   public:
    ~Session();
    // Appends the terms of `text` (valid UTF-8) to *terms, in text order,
    // as ids in *dict. When `words` is given, also appends every word to
    // it, stopwords included: a stopword case-folded, any other word as its
    // term. The thread caches ids per word form for the last dictionary
    // any session of this analyzer on it was given: pass the same one on
    // every call where possible.
    void Analyze(std::string_view text, TermDictionary* dict, std::vector<int>* terms,
                 std::vector<int>* words = nullptr);
    // The same as strings (for tests and tools).
    void Analyze(std::string_view text, std::vector<std::string>* terms,
                 std::vector<std::string>* words = nullptr);

   private:
    friend class Analyzer;
    struct Rep;
    explicit Session(std::unique_ptr<Rep> rep);
    std::unique_ptr<Rep> rep_;
  };
  std::unique_ptr<Session> NewSession() const;

 private:
  struct Rep;
  explicit Analyzer(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_ANALYZER_H_
