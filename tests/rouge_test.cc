// Unit tests of the ROUGE-1.5.5 scorer (src/rouge*.cc) on small hand-checked
// cases written for this project. The official vectors are checked by
// rouge_vectors_test.cc.

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <thread>

#include "chorus/rouge.h"
#include "rouge_stemmer.h"
#include "rouge_tokenizer.h"
#include "test_util.h"

namespace chorus {
namespace {

using Lines = std::vector<std::string>;
using Tokens = std::vector<std::vector<std::string>>;

std::unique_ptr<RougeScorer> Scorer(RougeOptions options) {
  std::unique_ptr<RougeScorer> scorer;
  Status s = RougeScorer::Create(options, &scorer);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return scorer;
}

RougeOptions NoStem(size_t limit_words = 0) {
  RougeOptions o;
  o.stem = false;
  o.limit_words = limit_words;
  return o;
}

Tokens TokenizeWith(const RougeOptions& options, const Lines& lines) {
  Tokens tokens;
  Scorer(options)->Tokenize(lines, &tokens);
  return tokens;
}

RougeScores ScoreWith(const RougeOptions& options, const Lines& peer,
                      const std::vector<Lines>& refs) {
  RougeScores scores;
  Status s = Scorer(options)->Score(peer, refs, &scores);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return scores;
}

std::string Stem(std::string w) {
  internal::RougePorterStem(&w);
  return w;
}

TEST_CASE("Tokens are runs of ASCII letters and digits, lowercased", "[rouge]") {
  CHECK(TokenizeWith(NoStem(), {"The E.U.-backed PLAN's \"first\" step!"}) ==
        Tokens{{"the", "e", "u", "backed", "plan", "s", "first", "step"}});
  CHECK(TokenizeWith(NoStem(), {"3,500 troops -- in 1998 (or 99%)"}) ==
        Tokens{{"3", "500", "troops", "in", "1998", "or", "99"}});
  // Each byte of a non-ASCII character separates tokens; nothing is decoded.
  CHECK(TokenizeWith(NoStem(), {"Caf\xC3\xA9 M\xC3\xBCnchen \xE2\x80\x93 \xD0\x9C\xD0\xB8\xD1\x80"}) ==
        Tokens{{"caf", "m", "nchen"}});
  CHECK(TokenizeWith(NoStem(), {"snake_case $5 a&b"}) ==
        Tokens{{"snake", "case", "5", "a", "b"}});
  // Sentences stay apart for ROUGE-L; empty lines are ignored.
  CHECK(TokenizeWith(NoStem(), {"One two.", "", "Three."}) ==
        Tokens{{"one", "two"}, {"three"}});
}

TEST_CASE("Lines split on newline only", "[rouge]") {
  CHECK(RougeSplitLines("") == Lines{});
  CHECK(RougeSplitLines("a\nb\n") == Lines{"a", "b"});
  CHECK(RougeSplitLines("a\r\nb") == Lines{"a\r", "b"});
  CHECK(RougeSplitLines("a\n\nb\n") == Lines{"a", "", "b"});
  CHECK(RougeSplitLines("a\xE2\x80\xA8" "b\n") == Lines{"a\xE2\x80\xA8" "b"});
}

TEST_CASE("Porter stems as ROUGE-1.5.5 does", "[rouge]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      // README §4 table.
      {"agreed", "agre"}, {"agree", "agre"}, {"ceasefires", "ceasefir"},
      {"signed", "sign"}, {"signing", "sign"}, {"signings", "sign"},
      {"they", "thei"}, {"says", "sai"}, {"news", "new"}, {"does", "doe"},
      {"united", "unit"}, {"states", "state"}, {"happy", "happi"},
      {"skies", "ski"}, {"skis", "ski"}, {"ponies", "poni"},
      {"caresses", "caress"}, {"having", "have"}, {"flying", "fly"},
      {"going", "go"}, {"tied", "ti"}, {"ties", "ti"}, {"national", "nation"},
      {"government", "govern"}, {"dependent", "depend"},
      {"replacement", "replac"}, {"generalization", "gener"},
      {"relational", "relat"}, {"hopeful", "hope"}, {"1990s", "1990"},
      {"2000", "2000"}, {"gilmente", "gilment"},
      // ROUGE's step 4 removes more than one suffix.
      {"agreement", "agreem"}, {"agreements", "agreem"},
      {"occasional", "occas"}, {"professional", "profess"},
      // Classic Porter behaviour.
      {"caress", "caress"}, {"cats", "cat"}, {"feed", "feed"},
      {"plastered", "plaster"}, {"motoring", "motor"}, {"sing", "sing"},
      {"conflated", "conflat"}, {"troubled", "troubl"}, {"sized", "size"},
      {"hopping", "hop"}, {"tanned", "tan"}, {"falling", "fall"},
      {"hissing", "hiss"}, {"fizzed", "fizz"}, {"failing", "fail"},
      {"filing", "file"}, {"sky", "sky"}, {"controlling", "control"},
      {"rolling", "roll"}, {"electrical", "electr"}, {"logically", "logic"},
      {"yelling", "yell"}, {"yes", "ye"}, {"ab", "ab"},
  };
  for (const auto& [word, stem] : cases) {
    INFO(word);
    CHECK(Stem(word) == stem);
  }
}

TEST_CASE("WordNet exceptions come first, and short tokens are kept", "[rouge]") {
  internal::RougeExceptionTable table;
  REQUIRE(internal::RougeExceptionTable::Load("/usr/share/wordnet", &table).ok());
  CHECK(table.size() == 5593);  // matchable forms of ROUGE's 5930
  auto stem = [&](std::string_view token) {
    std::string out;
    internal::RougeStemToken(table, token, &out);
    return out;
  };
  CHECK(stem("made") == "make");
  CHECK(stem("geese") == "goose");  // Porter alone: "goos"
  CHECK(stem("children") == "child");
  CHECK(stem("left") == "leave");
  CHECK(stem("said") == "say");
  CHECK(stem("better") == "well");   // adv.exc wins over adj.exc
  CHECK(stem("testes") == "testes");  // verb.exc wins over noun.exc
  CHECK(stem("morses") == "mors");   // WordNet 3.0 only: not an exception
  CHECK(stem("saw") == "saw");       // 3 bytes: never looked up
  CHECK(stem("ties") == "ti");
  CHECK(stem("ran") == "ran");
}

TEST_CASE("A missing WordNet folder is reported by file name", "[rouge]") {
  RougeOptions options;
  options.wordnet_dir = "/nonexistent/wordnet";
  std::unique_ptr<RougeScorer> scorer;
  Status s = RougeScorer::Create(options, &scorer);
  CHECK(s.code() == Status::Code::kNotFound);
  CHECK(s.message().find("/nonexistent/wordnet/adj.exc") != std::string::npos);
  // One that cannot be read says why (it was read as empty before).
  const std::string dir = test::TempDir();
  std::filesystem::create_directories(dir + "/adj.exc");
  options.wordnet_dir = dir;
  CHECK(RougeScorer::Create(options, &scorer).message() ==
        dir + "/adj.exc: cannot read: Is a directory");
  options.stem = false;  // then no file is needed
  CHECK(RougeScorer::Create(options, &scorer).ok());
}

TEST_CASE("Options are validated", "[rouge]") {
  RougeOptions o;
  o.alpha = 1.5;
  CHECK(o.Validate().code() == Status::Code::kInvalidArgument);
  o.alpha = 0.5;
  o.limit_words = 10;
  o.limit_bytes = 10;
  CHECK(o.Validate().code() == Status::Code::kInvalidArgument);
  RougeScores scores;
  CHECK(Scorer(NoStem())->Score({"a"}, {}, &scores).code() ==
        Status::Code::kInvalidArgument);
}

TEST_CASE("Word limit counts ASCII-whitespace words of the raw text", "[rouge]") {
  // 3 words, 5 tokens: punctuation stays attached when counting.
  CHECK(TokenizeWith(NoStem(3), {"X-ray vision, 2,500 more words", "Gone."}) ==
        Tokens{{"x", "ray", "vision", "2", "500"}});
  // A no-break space (C2 A0) does not separate words; a lone dash is a word.
  CHECK(TokenizeWith(NoStem(2), {"a\xC2\xA0" "b c d"}) == Tokens{{"a", "b", "c"}});
  CHECK(TokenizeWith(NoStem(2), {"-- one two"}) == Tokens{{"one"}});
  // Leading whitespace makes an empty first word.
  CHECK(TokenizeWith(NoStem(2), {" a b c"}) == Tokens{{"a"}});
  // Sentence boundaries survive; the sentence that reaches the limit is cut.
  CHECK(TokenizeWith(NoStem(4), {"one two", "three four five", "six"}) ==
        Tokens{{"one", "two"}, {"three", "four"}});
  CHECK(TokenizeWith(NoStem(2), {"one two", "three"}) == Tokens{{"one", "two"}});
  CHECK(TokenizeWith(NoStem(9), {"one two", "three"}) == Tokens{{"one", "two"}, {"three"}});
}

TEST_CASE("Word counting follows perl split", "[rouge]") {
  CHECK(internal::CountRougeWords("a b") == 2);
  CHECK(internal::CountRougeWords(" a") == 2);
  CHECK(internal::CountRougeWords("a \t") == 1);
  CHECK(internal::CountRougeWords(" \t ") == 0);
  CHECK(internal::CountRougeWords("a\vb\fc\rd") == 4);
  CHECK(internal::FirstRougeWords("ab cd  ef", 2) == "ab cd");
  CHECK(internal::FirstRougeWords("ab cd", 5) == "ab cd");
}

TEST_CASE("Byte limit: readText adds up bytes, readText_LCS does not", "[rouge]") {
  using internal::RougeReader;
  const std::vector<std::string_view> lines = {"abcd", "efgh", "ijklmnop"};
  CHECK(internal::ApplyRougeLengthLimit(lines, 0, 6, RougeReader::kFlat) ==
        std::vector<std::string_view>{"abcd", "ef"});
  CHECK(internal::ApplyRougeLengthLimit(lines, 0, 6, RougeReader::kSentences) ==
        std::vector<std::string_view>{"abcd", "efgh", "ijklmn"});
  CHECK(internal::ApplyRougeLengthLimit(lines, 0, 0, RougeReader::kFlat).size() == 3);
}

TEST_CASE("ROUGE-N, ROUGE-L pool hits over references (-f A)", "[rouge]") {
  // Peer: the cat sat on the mat (6 tokens, 5 bigrams).
  // Ref 1: the cat lay on the mat → unigram hits the×2 cat on mat = 5,
  //        bigram hits the-cat on-the the-mat = 3, LCS "the cat on the mat" = 5.
  // Ref 2: a cat sat there → unigram hits 2, bigram hit cat-sat = 1, LCS 2.
  const RougeScores s = ScoreWith(NoStem(), {"The cat sat on the mat."},
                                  {{"The cat lay on the mat."}, {"A cat sat there."}});
  using M = RougeMetric;
  CHECK(s.counts[0].hits == 7);
  CHECK(s.counts[0].reference_units == 10);
  CHECK(s.counts[0].peer_units == 12);
  CHECK(FormatRougeValue(s[M::kRouge1].recall) == "0.70000");
  CHECK(FormatRougeValue(s[M::kRouge1].precision) == "0.58333");
  CHECK(FormatRougeValue(s[M::kRouge1].f) == "0.63636");
  CHECK(FormatRougeValue(s[M::kRouge2].recall) == "0.50000");     // 4/8
  CHECK(FormatRougeValue(s[M::kRouge2].precision) == "0.40000");  // 4/10
  CHECK(FormatRougeValue(s[M::kRouge2].f) == "0.44444");
  CHECK(s.counts[2].hits == 7);
  CHECK(FormatRougeValue(s[M::kRougeL].recall) == "0.70000");
}

TEST_CASE("F comes from the rounded R and P", "[rouge]") {
  // 4 hits, 9 reference tokens, 14 peer tokens: R = 4/9, P = 2/7.
  // Exact F = 16/46 = 0.347826… but ROUGE prints 0.34782.
  const RougeScores s = ScoreWith(NoStem(), {"a b c d k l m n o p q r s t"},
                                  {{"a b c d e f g h i"}});
  const RougeScore r1 = s[RougeMetric::kRouge1];
  CHECK(FormatRougeValue(r1.recall) == "0.44444");
  CHECK(FormatRougeValue(r1.precision) == "0.28571");
  CHECK(FormatRougeValue(r1.f) == "0.34782");
  CHECK(FormatRougeValue(s.exact[0].f) == "0.34783");
}

TEST_CASE("ROUGE-SU4 counts skip-bigrams plus all unigrams but the last", "[rouge]") {
  auto units = [](const std::string& text) {
    const RougeScores s = ScoreWith(NoStem(), {text}, {{text}});
    const RougeCounts& c = s.counts[static_cast<size_t>(RougeMetric::kRougeSU4)];
    CHECK(c.hits == c.reference_units);
    return c.reference_units;
  };
  CHECK(units("a") == 0);
  CHECK(units("a b") == 2);              // a, (a b)
  CHECK(units("a b c d e") == 14);       // 4 + 10
  CHECK(units("a b c d e f g h") == 32);  // 7 + 25
  // Units run across sentence boundaries, as ROUGE-2's bigrams do.
  const RougeScores s = ScoreWith(NoStem(), {"x y.", "z w."}, {{"y z"}});
  CHECK(s.counts[1].hits == 1);  // bigram y-z spans the boundary
  // Peer units: x, y, z + (x y)(x z)(x w)(y z)(y w)(z w) = 9; ref: y, (y z).
  CHECK(s.counts[3].peer_units == 9);
  CHECK(s.counts[3].hits == 2);
}

TEST_CASE("ROUGE-L drops the reference token first on ties, with budgets", "[rouge]") {
  // Ref sentence "a b" vs peer "b a": the traceback keeps "a". The peer's
  // only "a" is then used, so the second reference sentence "a" gets no hit
  // (had "b" been kept, it would have got one).
  const RougeScores s = ScoreWith(NoStem(), {"b a"}, {{"a b", "a"}});
  const RougeCounts& l = s.counts[static_cast<size_t>(RougeMetric::kRougeL)];
  CHECK(l.hits == 1);
  CHECK(l.reference_units == 3);
  CHECK(l.peer_units == 2);
  // The union over peer sentences covers the whole reference sentence.
  const RougeScores u = ScoreWith(NoStem(), {"w1 x w2", "w3 y w4"}, {{"w1 w2 w3 w4"}});
  CHECK(u.counts[2].hits == 4);
  CHECK(u[RougeMetric::kRougeL].recall == 1.0);
}

TEST_CASE("An empty peer scores zero", "[rouge]") {
  for (size_t limit : {size_t{0}, size_t{5}}) {
    RougeOptions o;
    o.limit_words = limit;
    const RougeScores s = ScoreWith(o, {}, {{"some words here"}, {"more words"}});
    for (RougeMetric m : kAllRougeMetrics) {
      CHECK(s[m].recall == 0.0);
      CHECK(s[m].precision == 0.0);
      CHECK(s[m].f == 0.0);
    }
  }
}

TEST_CASE("Stemming makes inflections match", "[rouge]") {
  RougeOptions o;  // stem = true
  const RougeScores s = ScoreWith(o, {"Leaders signed agreements."},
                                  {{"The leader signs an agreement."}});
  CHECK(s.counts[0].hits == 3);  // leader sign agreem
  CHECK(TokenizeWith(o, {"Geese were flying"}) == Tokens{{"goose", "be", "fly"}});
}

TEST_CASE("Stopwords can be removed", "[rouge]") {
  RougeOptions o = NoStem();
  o.remove_stopwords = true;
  CHECK(TokenizeWith(o, {"The cat of the house"}) == Tokens{{"cat", "house"}});
  const std::string dir = test::TempDir();
  test::WriteFile(dir + "/stop.txt", "cat\nhouse\n");
  o.stopword_file = dir + "/stop.txt";
  CHECK(TokenizeWith(o, {"The cat of the house"}) == Tokens{{"the", "of", "the"}});
  o.stopword_file = dir + "/missing.txt";
  std::unique_ptr<RougeScorer> scorer;
  CHECK(RougeScorer::Create(o, &scorer).code() == Status::Code::kNotFound);
  // A list that cannot be read says why (it was read as empty before).
  o.stopword_file = dir;
  const Status folder = RougeScorer::Create(o, &scorer);
  CHECK(folder.message() == dir + ": cannot read: Is a directory");
}

TEST_CASE("Metric names round-trip", "[rouge]") {
  for (RougeMetric m : kAllRougeMetrics) {
    RougeMetric parsed;
    REQUIRE(ParseRougeMetric(RougeMetricName(m), &parsed));
    CHECK(parsed == m);
  }
  RougeMetric m;
  CHECK_FALSE(ParseRougeMetric("ROUGE-W", &m));
  CHECK(std::string(RougeMetricName(RougeMetric::kRougeSU4)) == "ROUGE-SU4");
}

// A slow, obvious bootstrap on the C library's drand48 (which Perl's rand
// reimplements): resample means, sorted, averaged.
double ReferenceBootstrapMean(const std::vector<double>& v) {
  std::vector<double> means;
  for (long k = 0; k < 1000; ++k) {
    srand48(k);
    double sum = 0;
    for (size_t i = 0; i < v.size(); ++i) {
      sum += v[static_cast<size_t>(static_cast<double>(v.size()) * drand48())];
    }
    means.push_back(sum / static_cast<double>(v.size()));
  }
  std::sort(means.begin(), means.end());
  double total = 0;
  for (double m : means) total += m;
  return RoundRougeValue(total / 1000);
}

TEST_CASE("Bootstrap mean is deterministic and follows drand48", "[rouge]") {
  const std::vector<double> v = {0.41234, 0.30000, 0.55555, 0.12345, 0.39999,
                                 0.28000, 0.47123, 0.33333};
  const double mean = RougeBootstrapMean(v);
  CHECK(mean == RougeBootstrapMean(v));
  CHECK(mean == ReferenceBootstrapMean(v));
  CHECK(mean != RoundRougeValue((0.41234 + 0.30000 + 0.55555 + 0.12345 + 0.39999 +
                                 0.28000 + 0.47123 + 0.33333) / 8));
  RougeBootstrapResult r;
  REQUIRE(RougeBootstrap(v, {}, &r).ok());
  CHECK(r.mean == mean);
  CHECK(r.ci_lower <= r.mean);
  CHECK(r.mean <= r.ci_upper);
  // One value: every resample is that value.
  REQUIRE(RougeBootstrap({0.25}, {}, &r).ok());
  CHECK(r.mean == 0.25);
  CHECK(r.ci_lower == 0.25);
  CHECK(r.ci_upper == 0.25);
  CHECK(RougeBootstrapMean({}) == 0.0);
  CHECK(RougeBootstrap(v, {0, 95}, &r).code() == Status::Code::kInvalidArgument);
  // A resample count past 10^6 is refused before anything is allocated (the
  // means of 2^31 - 1 resamples were a 17 GB vector: bad_alloc, an exception
  // out of the API, or the OOM killer). Checked with an empty value list,
  // where nothing is resampled either way.
  CHECK(RougeBootstrap({}, {1'000'000, 95}, &r).ok());
  const Status big = RougeBootstrap({}, {1'000'001, 95}, &r);
  CHECK(big.code() == Status::Code::kInvalidArgument);
  CHECK(big.message().find("1..1000000") != std::string::npos);
}

TEST_CASE("The 95% interval reads the sorted means at 25 and 974", "[rouge]") {
  // Two values 0 and 1 with K = 2: every resample mean is 0, 0.5 or 1.
  RougeBootstrapResult r;
  REQUIRE(RougeBootstrap({0.0, 1.0}, {}, &r).ok());
  CHECK(r.ci_lower == 0.0);
  CHECK(r.ci_upper == 1.0);
  REQUIRE(RougeBootstrap({0.0, 1.0}, {1000, 0.0}, &r).ok());  // δ = 500
  CHECK(r.ci_lower == 0.5);
}

TEST_CASE("Score is safe to call from several threads", "[rouge]") {
  auto scorer = Scorer(RougeOptions());
  const Lines peer = {"Leaders signed the agreements on Monday.", "Talks went on."};
  const std::vector<Lines> refs = {{"The leaders signed an agreement."},
                                   {"On Monday talks ended.", "An agreement was signed."}};
  RougeScores expected;
  REQUIRE(scorer->Score(peer, refs, &expected).ok());
  std::vector<RougeScores> got(4);
  std::vector<std::thread> threads;
  for (auto& g : got) threads.emplace_back([&] { (void)scorer->Score(peer, refs, &g); });
  for (auto& t : threads) t.join();
  for (const auto& g : got) {
    for (size_t m = 0; m < kRougeMetricCount; ++m) {
      CHECK(g.rounded[m].recall == expected.rounded[m].recall);
      CHECK(g.rounded[m].f == expected.rounded[m].f);
    }
  }
}

}  // namespace
}  // namespace chorus
