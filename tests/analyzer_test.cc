#include "analyzer.h"

#include <libstemmer.h>

#include <catch2/catch.hpp>
#include <random>

#include "resolved_forms.h"
#include "stem_cache.h"
#include "word_hash.h"

namespace chorus {
namespace internal {

namespace {

std::vector<std::string> Terms(const std::string& text, AnalyzerOptions o = {}) {
  std::unique_ptr<Analyzer> a;
  REQUIRE(Analyzer::Create(o, &a).ok());
  auto session = a->NewSession();
  std::vector<std::string> terms;
  session->Analyze(text, &terms);
  return terms;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("analyzer folds, drops stopwords and stems", "[analyze]") {
  CHECK(Terms("The talks were signed in Moscow") == V{"talk", "sign", "moscow"});
  CHECK(Terms("Ceasefire CEASEFIRES ceasefire's") == V{"ceasefir", "ceasefir", "ceasefir"});
  // Curly and straight apostrophes analyze alike; possessives go.
  CHECK(Terms("Russia\xE2\x80\x99s Russia's") == V{"russia", "russia"});
  // Punctuation and symbols are never terms; numbers are.
  CHECK(Terms("-- 2,000 fighters; 280 civilians!") == V{"2,000", "fighter", "280", "civilian"});
  // NFKC folds compatibility forms (full-width letters).
  CHECK(Terms("\xEF\xBC\xB4\xEF\xBC\xA1\xEF\xBC\xAC\xEF\xBC\xAB") == V{"talk"});
  // Single ASCII letters carry no topic.
  CHECK(Terms("a b c U S") == V{});
}

TEST_CASE("analyzer also gives every word, stopwords folded, others as terms", "[analyze]") {
  std::unique_ptr<Analyzer> a;
  REQUIRE(Analyzer::Create({}, &a).ok());
  auto session = a->NewSession();
  std::vector<std::string> terms, words;
  session->Analyze("The talks were signed in Moscow", &terms, &words);
  CHECK(terms == V{"talk", "sign", "moscow"});
  CHECK(words == V{"the", "talk", "were", "sign", "in", "moscow"});
}

TEST_CASE("analyzer options", "[analyze]") {
  AnalyzerOptions no_stem;
  no_stem.stem = false;
  CHECK(Terms("The talks were signed", no_stem) == V{"talks", "signed"});
  AnalyzerOptions keep;
  keep.remove_stopwords = false;
  CHECK(Terms("The talks", keep) == V{"the", "talk"});
  AnalyzerOptions german;
  german.language = "german";
  CHECK(Terms("Verhandlungen", german) == V{"verhandl"});
}

TEST_CASE("unknown language is a usage error listing the known ones", "[analyze]") {
  AnalyzerOptions o;
  o.language = "klingon";
  std::unique_ptr<Analyzer> a;
  Status s = Analyzer::Create(o, &a);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(s.message().find("unknown language 'klingon'") != std::string::npos);
  CHECK(s.message().find("english") != std::string::npos);
  CHECK(StemmerLanguages().size() > 10);
}

TEST_CASE("every Snowball language has a segmentation locale", "[analyze]") {
  CHECK(LocaleForLanguage("german") == "de");
  CHECK(LocaleForLanguage("english") == "en");
  CHECK(LocaleForLanguage("de") == "de");
  for (const auto& l : StemmerLanguages()) {
    INFO(l);
    CHECK(LocaleForLanguage(l) != "root");
  }
}

TEST_CASE("stem cache keeps, replaces and refuses", "[analyze]") {
  StemCache cache(4);
  std::string_view stem;
  CHECK_FALSE(cache.Get("talks", 1 << 16, &stem));
  cache.Put("talks", 1 << 16, "talk");
  REQUIRE(cache.Get("talks", 1 << 16, &stem));
  CHECK(stem == "talk");
  CHECK_FALSE(cache.Get("talk", 1 << 16, &stem));  // same slot, another form
  cache.Put("signed", 1 << 16, "sign");             // replaces it
  CHECK_FALSE(cache.Get("talks", 1 << 16, &stem));
  const std::string long_form(StemCache::kMaxLength + 1, 'a');
  cache.Put(long_form, 2 << 16, "a");
  CHECK_FALSE(cache.Get(long_form, 2 << 16, &stem));
  CHECK_FALSE(cache.Get("", 3 << 16, &stem));
}

TEST_CASE("terms are the same whatever the stem cache holds", "[analyze]") {
  // Random words over a small alphabet repeat and collide in the cache all
  // the time; every term must still be the stem Snowball gives its word,
  // also after another language's analyzer ran on the thread.
  AnalyzerOptions e, g;
  e.remove_stopwords = g.remove_stopwords = false;
  g.language = "german";
  std::unique_ptr<Analyzer> english, german;
  REQUIRE(Analyzer::Create(e, &english).ok());
  REQUIRE(Analyzer::Create(g, &german).ok());
  sb_stemmer* en_stem = sb_stemmer_new("english", "UTF_8");
  sb_stemmer* de_stem = sb_stemmer_new("german", "UTF_8");
  auto stem = [](sb_stemmer* s, const std::string& w) {
    const sb_symbol* r =
        sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(w.data()), static_cast<int>(w.size()));
    return std::string(reinterpret_cast<const char*>(r), static_cast<size_t>(sb_stemmer_length(s)));
  };
  AnalyzerOptions raw;  // the words themselves, to know what was stemmed
  raw.stem = false;
  raw.remove_stopwords = false;
  std::unique_ptr<Analyzer> plain;
  REQUIRE(Analyzer::Create(raw, &plain).ok());
  std::mt19937 rng(7);
  const std::string letters = "aeinrstgy";
  std::uniform_int_distribution<size_t> pick(0, letters.size() - 1), length(2, 9);
  // English, German, English again: each analyzer for many sessions in a
  // row (as per cluster), so the cache is hit, overwritten and emptied.
  for (const bool is_english : {true, false, true}) {
    for (int round = 0; round < 30; ++round) {
      std::string text;
      for (int w = 0; w < 400; ++w) {
        for (size_t n = length(rng); n > 0; --n) text += letters[pick(rng)];
        text += ' ';
      }
      std::vector<std::string> words, terms;
      plain->NewSession()->Analyze(text, &words);
      (is_english ? english : german)->NewSession()->Analyze(text, &terms);
      REQUIRE(terms.size() == words.size());
      for (size_t i = 0; i < words.size(); ++i)
        CHECK(terms[i] == stem(is_english ? en_stem : de_stem, words[i]));
    }
  }
  sb_stemmer_delete(en_stem);
  sb_stemmer_delete(de_stem);
}

TEST_CASE("resolved forms keep, refuse and start again when full", "[analyze]") {
  ResolvedForms forms(3);
  ResolvedForms::Resolution r;
  CHECK_FALSE(forms.Find("Talks", WordHash("Talks"), &r));
  forms.Add("Talks", WordHash("Talks"), {false, false, "talk"});
  forms.Add("The", WordHash("The"), {false, true, "the"});
  forms.Add("a", WordHash("a"), {true, false, ""});
  REQUIRE(forms.Find("Talks", WordHash("Talks"), &r));
  CHECK((!r.skip && !r.stopword && r.key == "talk"));
  REQUIRE(forms.Find("The", WordHash("The"), &r));
  CHECK((!r.skip && r.stopword && r.key == "the"));
  REQUIRE(forms.Find("a", WordHash("a"), &r));
  CHECK((r.skip && r.key.empty()));
  CHECK_FALSE(forms.Find("talks", WordHash("talks"), &r));
  forms.Add("talks", WordHash("talks"), {false, false, "talk"});  // full: starts again
  CHECK(forms.size() == 1);
  CHECK_FALSE(forms.Find("Talks", WordHash("Talks"), &r));
  REQUIRE(forms.Find("talks", WordHash("talks"), &r));
  CHECK(r.key == "talk");
  const std::string long_form(ResolvedForms::kMaxLength + 1, 'a');
  forms.Add(long_form, WordHash(long_form), {false, false, "a"});
  CHECK_FALSE(forms.Find(long_form, WordHash(long_form), &r));
  CHECK_FALSE(forms.Find("", WordHash(""), &r));
  // Many forms: growth keeps every one.
  ResolvedForms big;
  for (int i = 0; i < 5000; ++i) {
    const std::string f = "w" + std::to_string(i), k = "k" + std::to_string(i);
    big.Add(f, WordHash(f), {false, i % 3 == 0, k});
  }
  for (int i = 0; i < 5000; ++i) {
    const std::string f = "w" + std::to_string(i);
    REQUIRE(big.Find(f, WordHash(f), &r));
    CHECK(r.key == "k" + std::to_string(i));
    CHECK(r.stopword == (i % 3 == 0));
  }
}

TEST_CASE("resolved forms hold ids of the current dictionary only", "[analyze]") {
  ResolvedForms forms;
  forms.UseDictionary(7);
  const std::string long_form = "internationalization's";  // past the inline head
  const std::string twin = "internationalization'z";       // same head and length
  forms.Add(long_form, WordHash(long_form), {false, false, "internation"}, 4);
  forms.Add("said", WordHash("said"), {false, false, "said"});  // no id yet
  int id = -1;
  size_t slot = forms.Find(long_form, WordHash(long_form));
  REQUIRE(slot != ResolvedForms::kNone);
  CHECK((forms.Id(slot, &id) && id == 4));
  CHECK(forms.key(slot) == "internation");
  CHECK(forms.Find(twin, WordHash(twin)) == ResolvedForms::kNone);
  slot = forms.Find("said", WordHash("said"));
  REQUIRE(slot != ResolvedForms::kNone);
  CHECK_FALSE(forms.Id(slot, &id));
  forms.SetId(slot, 9);
  CHECK((forms.Id(slot, &id) && id == 9));
  forms.UseDictionary(7);  // the same dictionary: ids stay
  CHECK((forms.Id(slot, &id) && id == 9));
  forms.UseDictionary(8);  // another: every id is forgotten, resolutions stay
  CHECK_FALSE(forms.Id(slot, &id));
  CHECK_FALSE(forms.Id(forms.Find(long_form, WordHash(long_form)), &id));
  CHECK(forms.key(slot) == "said");
}

TEST_CASE("dictionaries copied or moved get new serials", "[analyze]") {
  TermDictionary a;
  a.Intern("talk");
  const uint64_t s = a.serial();
  a.Intern("peace");
  CHECK(a.serial() == s);
  TermDictionary b = a;
  CHECK(b.serial() != a.serial());
  TermDictionary c = std::move(a);
  CHECK(c.serial() != s);
  CHECK(a.serial() != s);
  b = c;
  CHECK(b.serial() != c.serial());
}

TEST_CASE("ids and words are the same with warm or cold thread caches", "[analyze]") {
  // One analyzer over many sessions (as per cluster: its thread caches stay
  // warm) against a new analyzer for every text (cold caches: a new
  // analyzer empties them): the same ids, in a new dictionary each time.
  std::mt19937 rng(11);
  const std::vector<std::string> vocab = {
      "The", "the", "THE", "talks", "Talks", "signed", "Moscow", "Russia's", "Russia\xE2\x80\x99s",
      "a", "I", "2,000", "U.S.", "officials", "said", "x", "don't", "We", "our",
      "\xEF\xBC\xB4\xEF\xBC\xA1\xEF\xBC\xAC\xEF\xBC\xAB", "Stra\xC3\x9F" "e", "'s", "ceasefire's"};
  std::uniform_int_distribution<size_t> pick(0, vocab.size() - 1);
  std::vector<std::string> texts;
  for (int round = 0; round < 50; ++round) {
    std::string text;
    for (int w = 0; w < 60; ++w) text += vocab[pick(rng)] + (w % 7 == 6 ? ". " : " ");
    if (round % 2 == 0) text = "Plain ASCII talks: " + text.substr(0, text.find('\xE2'));
    texts.push_back(text);
  }
  struct Out {
    std::vector<int> terms, words;
    std::vector<std::string> dict;
  };
  auto run = [](const Analyzer& a, const std::string& text) {
    TermDictionary dict;
    Out out;
    a.NewSession()->Analyze(text, &dict, &out.terms, &out.words);
    for (size_t id = 0; id < dict.size(); ++id) out.dict.push_back(dict.term(static_cast<int>(id)));
    return out;
  };
  std::vector<Out> cold;
  for (const std::string& text : texts) {
    std::unique_ptr<Analyzer> a;
    REQUIRE(Analyzer::Create({}, &a).ok());
    cold.push_back(run(*a, text));
  }
  std::unique_ptr<Analyzer> warm;
  REQUIRE(Analyzer::Create({}, &warm).ok());
  for (size_t i = 0; i < texts.size(); ++i) {
    const Out out = run(*warm, texts[i]);
    CHECK(out.terms == cold[i].terms);
    CHECK(out.words == cold[i].words);
    CHECK(out.dict == cold[i].dict);
  }
}

}  // namespace internal
}  // namespace chorus
