// Term analysis. ICU's word iterator finds words on a UText over the
// original bytes; a word becomes a term when its rule status says it holds
// letters, digits or ideographs. Plain-ASCII texts take a scanner that gives
// the same words (ascii_words.h). Folding is NFKC_Casefold (ASCII takes a fast
// path); U+2019 becomes an apostrophe so "Russia’s" and "Russia's" stem
// alike. Tests: tests/analyzer_test.cc.

#include "analyzer.h"

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/utext.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <functional>

#include "ascii_words.h"
#include "resolved_forms.h"
#include "stem_cache.h"
#include "stopwords.h"
#include "word_hash.h"

namespace chorus {
namespace internal {

std::vector<std::string> StemmerLanguages() {
  std::vector<std::string> out;
  for (const char** l = sb_stemmer_list(); *l != nullptr; ++l) out.emplace_back(*l);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string LocaleForLanguage(const std::string& language) {
  static const std::pair<const char*, const char*> kLocales[] = {
      {"arabic", "ar"},     {"armenian", "hy"},  {"basque", "eu"},    {"catalan", "ca"},
      {"danish", "da"},     {"dutch", "nl"},     {"english", "en"},   {"porter", "en"},
      {"finnish", "fi"},    {"french", "fr"},    {"german", "de"},    {"greek", "el"},
      {"hindi", "hi"},      {"hungarian", "hu"}, {"indonesian", "id"}, {"irish", "ga"},
      {"italian", "it"},    {"lithuanian", "lt"}, {"nepali", "ne"},   {"norwegian", "nb"},
      {"portuguese", "pt"}, {"romanian", "ro"},  {"russian", "ru"},   {"serbian", "sr"},
      {"spanish", "es"},    {"swedish", "sv"},   {"tamil", "ta"},     {"turkish", "tr"},
      {"yiddish", "yi"}};
  for (const auto& [name, locale] : kLocales)
    if (language == name) return locale;
  if (language.size() == 2 || language.size() == 3) return language;  // already a code
  return "root";
}

bool IsEnglishLocale(std::string_view locale) {
  return locale == "en" || locale.starts_with("en_") || locale.starts_with("en-");
}

struct Analyzer::Rep {
  AnalyzerOptions options;
  StopwordSet stopwords{""};
  std::unique_ptr<icu::BreakIterator> word_prototype;
  const icu::Normalizer2* fold = nullptr;
  uint64_t serial = 0;  // names this analyzer in the per-thread stem cache
};

namespace {

// What a word yields: its term id, or its word id when it is a stopword
// (then no term), or nothing (`skip`).
struct Entry {
  int id = 0;
  bool stopword = false;
  bool skip = false;
};

std::atomic<uint64_t> next_serial{1};

// What a thread keeps across clusters for one analyzer.
struct ThreadCaches {
  StemCache stems;
  ResolvedForms forms;
};

// The calling thread's caches for analyzer `serial` (emptied when the
// thread moves to another analyzer, whose stemmer and stopwords may differ).
ThreadCaches* ThreadCachesFor(uint64_t serial) {
  thread_local uint64_t cached_serial = 0;
  thread_local std::unique_ptr<ThreadCaches> caches;
  if (cached_serial != serial || caches == nullptr) {
    caches = std::make_unique<ThreadCaches>();
    cached_serial = serial;
  }
  return caches.get();
}

}  // namespace

struct Analyzer::Session::Rep {
  const Analyzer::Rep* analyzer = nullptr;
  std::unique_ptr<icu::BreakIterator> words;
  sb_stemmer* stemmer = nullptr;
  ThreadCaches* caches = nullptr;  // this thread's, set by each Analyze
  TermDictionary own_dict;  // for the string overload
  std::string folded;
  std::vector<WordSpan> spans;  // the ASCII scanner's words

  ResolvedForms::Resolution Resolve(std::string_view word, bool ascii);
  std::vector<size_t> hashes;   // WordHash of each of spans
  std::vector<int> term_buffer, word_buffer;  // one text's ids, before they are appended
  Entry Lookup(std::string_view word, size_t hash, bool ascii, TermDictionary* dict);
};

Analyzer::Analyzer(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
Analyzer::~Analyzer() = default;
Analyzer::Session::Session(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
Analyzer::Session::~Session() {
  if (rep_->stemmer != nullptr) sb_stemmer_delete(rep_->stemmer);
}

Status CheckLanguage(const std::string& language) {
  sb_stemmer* probe = sb_stemmer_new(language.c_str(), "UTF_8");
  if (probe == nullptr) {
    std::string known;
    for (const auto& l : StemmerLanguages()) known += (known.empty() ? "" : ", ") + l;
    return Status::InvalidArgument("unknown language '" + language +
                                   "' (expected one of: " + known + ")");
  }
  sb_stemmer_delete(probe);
  return Status::OK();
}

Status Analyzer::Create(const AnalyzerOptions& options,
                        std::unique_ptr<Analyzer>* out) {
  CHORUS_RETURN_IF_ERROR(CheckLanguage(options.language));
  auto rep = std::make_unique<Rep>();
  rep->options = options;
  rep->serial = next_serial.fetch_add(1);
  if (options.remove_stopwords) rep->stopwords = StopwordSet(options.language);
  UErrorCode status = U_ZERO_ERROR;
  rep->word_prototype.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  rep->fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status))
    return Status::InvalidArgument(std::string("ICU word analysis unavailable: ") +
                                   u_errorName(status));
  out->reset(new Analyzer(std::move(rep)));
  return Status::OK();
}

std::unique_ptr<Analyzer::Session> Analyzer::NewSession() const {
  auto rep = std::make_unique<Session::Rep>();
  rep->analyzer = rep_.get();
  rep->words.reset(rep_->word_prototype->clone());
  if (rep_->options.stem)
    rep->stemmer = sb_stemmer_new(rep_->options.language.c_str(), "UTF_8");
  return std::unique_ptr<Session>(new Session(std::move(rep)));
}

namespace {

// Folds `word` into *out: NFKC_Casefold, with U+2019/U+2018 → '. `ascii`:
// the caller knows the word is plain ASCII.
void Fold(const icu::Normalizer2* fold, std::string_view word, bool ascii, std::string* out) {
  out->clear();
  ascii = ascii || std::all_of(word.begin(), word.end(),
                               [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {
    out->assign(word);
    for (char& c : *out)
      if (c >= 'A' && c <= 'Z') c += 32;
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  s.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x2019)), icu::UnicodeString("'"));
  s.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x2018)), icu::UnicodeString("'"));
  icu::UnicodeString folded = fold->normalize(s, status);
  if (U_FAILURE(status)) folded = s;
  folded.toUTF8String(*out);
}

bool IsTermStatus(int32_t rule_status) {
  return rule_status >= UBRK_WORD_NUMBER && rule_status < UBRK_WORD_IDEO_LIMIT;
}

}  // namespace

// What `word` resolves to: folded; then nothing, its folded stopword or its
// stem. The key views r.folded, the stem cache or the stemmer's buffer.
ResolvedForms::Resolution Analyzer::Session::Rep::Resolve(std::string_view word, bool ascii) {
  Fold(analyzer->fold, word, ascii, &folded);
  // Possessive and trailing apostrophes carry no meaning of their own.
  if (folded.size() > 2 && folded.compare(folded.size() - 2, 2, "'s") == 0)
    folded.resize(folded.size() - 2);
  while (!folded.empty() && folded.back() == '\'') folded.pop_back();
  ResolvedForms::Resolution r;
  if (folded.empty() || (folded.size() == 1 && static_cast<unsigned char>(folded[0]) < 0x80)) {
    r.skip = true;  // single ASCII letters and digits carry no topic
    return r;
  }
  r.key = folded;
  const size_t hash = WordHash(folded);
  r.key_hash = static_cast<uint32_t>(hash);
  if (analyzer->stopwords.contains(folded)) {
    r.stopword = true;
    return r;
  }
  if (stemmer == nullptr) return r;
  if (!caches->stems.Get(folded, hash, &r.key)) {
    const sb_symbol* s =
        sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(folded.data()),
                        static_cast<int>(folded.size()));
    r.key = std::string_view(reinterpret_cast<const char*>(s),
                             static_cast<size_t>(sb_stemmer_length(stemmer)));
    caches->stems.Put(folded, hash, r.key);
  }
  r.key_hash = static_cast<uint32_t>(WordHash(r.key));
  return r;
}

// What `word` yields (ASCII letters and digits alone, and words that fold to
// nothing, yield nothing). The thread's resolved forms are keyed by the word
// as written: what a word yields is a function of its bytes, so a hit skips
// folding too ("The" and "the" are two keys with one resolution), and a hit
// whose id is of *dict (the caller made it current) skips interning. Ids are
// unchanged by the cache: each key is interned, as without it, at the first
// word of each form in the dictionary.
Entry Analyzer::Session::Rep::Lookup(std::string_view word, size_t hash, bool ascii,
                                     TermDictionary* dict) {
  ResolvedForms& forms = caches->forms;
  Entry e;
  const size_t slot = forms.Find(word, hash);
  if (slot != ResolvedForms::kNone) {
    e.skip = forms.skip(slot);
    e.stopword = forms.stopword(slot);
    if (e.skip || forms.Id(slot, &e.id)) return e;
    const std::string_view key = forms.key(slot);
    e.id = dict->Intern(key, static_cast<uint32_t>(WordHash(key)));
    forms.SetId(slot, e.id);
    return e;
  }
  const ResolvedForms::Resolution r = Resolve(word, ascii);
  e.skip = r.skip;
  e.stopword = r.stopword;
  if (!r.skip) e.id = dict->Intern(r.key, r.key_hash);
  forms.Add(word, hash, r, r.skip ? -1 : e.id);
  return e;
}

void Analyzer::Session::Analyze(std::string_view text, TermDictionary* dict,
                                std::vector<int>* terms, std::vector<int>* words) {
  Rep& r = *rep_;
  r.caches = ThreadCachesFor(r.analyzer->serial);
  r.caches->forms.UseDictionary(dict->serial());
  // Plain ASCII, with news text's curly quotes, dashes, ellipsis and NBSP
  // (nearly all news text), skips ICU: the scanner gives the same word spans
  // (ascii_words.h).
  bool ascii = false;
  if (ScanAsciiTermWords(text, &r.spans, &ascii)) {
    // Room for every word in buffers the session keeps, written through
    // pointers (no capacity test per word), then appended in one copy: the
    // caller's vectors get one allocation of the size they keep, with no
    // zero fill (appending call after call keeps insert's geometric growth).
    if (r.term_buffer.size() < r.spans.size()) {
      r.term_buffer.resize(r.spans.size());
      r.word_buffer.resize(r.spans.size());
    }
    int* t = r.term_buffer.data();
    int* wd = words != nullptr ? r.word_buffer.data() : nullptr;
    // The words' slots are scattered over megabytes: hashing them all first
    // and asking for their cache lines lets the loads overlap instead of
    // waiting for one miss per word (the wait was most of the lookup).
    r.hashes.resize(r.spans.size());
    for (size_t k = 0; k < r.spans.size(); ++k) {
      const WordSpan& w = r.spans[k];
      r.hashes[k] = WordHash(text.substr(w.begin, w.end - w.begin));
      __builtin_prefetch(r.caches->forms.Home(r.hashes[k]));
    }
    // Then, the slots being near, the keys a word will intern (its form's
    // first in this dictionary), which lie in another array.
    for (size_t h : r.hashes)
      if (const void* key = r.caches->forms.KeyToCome(h)) __builtin_prefetch(key);
    const size_t* hash = r.hashes.data();
    for (const WordSpan& w : r.spans) {
      const Entry e = r.Lookup(text.substr(w.begin, w.end - w.begin), *hash++, ascii, dict);
      if (e.skip) continue;
      *t = e.id;
      t += !e.stopword;
      if (wd != nullptr) *wd++ = e.id;
    }
    terms->insert(terms->end(), r.term_buffer.data(), t);
    if (words != nullptr) words->insert(words->end(), r.word_buffer.data(), wd);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  r.words->setText(ut, status);
  int32_t start = r.words->first();
  for (int32_t end = r.words->next(); end != icu::BreakIterator::DONE;
       start = end, end = r.words->next()) {
    if (!IsTermStatus(r.words->getRuleStatus())) continue;
    const std::string_view word = text.substr(start, end - start);
    const Entry e = r.Lookup(word, WordHash(word), false, dict);
    if (e.skip) continue;
    if (!e.stopword) terms->push_back(e.id);
    if (words != nullptr) words->push_back(e.id);
  }
  utext_close(ut);
}

void Analyzer::Session::Analyze(std::string_view text, std::vector<std::string>* terms,
                                std::vector<std::string>* words) {
  TermDictionary& dict = rep_->own_dict;
  std::vector<int> term_ids, word_ids;
  Analyze(text, &dict, &term_ids, words != nullptr ? &word_ids : nullptr);
  for (int id : term_ids) terms->push_back(dict.term(id));
  if (words != nullptr)
    for (int id : word_ids) words->push_back(dict.term(id));
}

}  // namespace internal
}  // namespace chorus
