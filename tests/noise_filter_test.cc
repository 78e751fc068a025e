// Noise rules on shapes of lines the seeds never showed: the rules must be
// general, so these strings are written for this test.
#include "noise_filter.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <random>

#include "test_util.h"
#include "text_util.h"

namespace chorus {
namespace internal {

TEST_CASE("form rules drop page furniture", "[noise]") {
  struct Case {
    std::string line;
    std::string reason;
  };
  const std::vector<Case> cases = {
      {"By Maria Lopez | Valencia | Posted 3 hours ago", "byline"},
      {"Reported by Ana Ruiz and Tom Field, Staff Writers", "byline"},
      {"Home | World | Europe | Spain", "byline or navigation (| separated)"},
      {"Read more: Dock workers vote to strike over pensions", "link teaser"},
      {"ALSO READ - Storm closes three ports on the coast", "link teaser"},
      {"Related: Mayor promises an audit", "link teaser"},
      {"Read more", "link teaser"},
      {"Photo: J. Smith / Harbour Gazette", "photo or agency credit"},
      {"ab/cd (Reuters, AFP)", "photo or agency credit"},
      {"Ports, Shipping, Valencia, Strikes", "heading or label (no sentence-final punctuation)"},
      {"Home \xE2\x80\xBA Local \xE2\x80\xBA Transport", "heading or label (no sentence-final punctuation)"},
      {"What happens next for the port", "heading or label (no sentence-final punctuation)"},
      {"Dock workers walk out over pension cuts in the port of Valencia The union says "
       "more stoppages could follow before the summer season",
       "run-together headlines (no sentence-final punctuation)"},
      {"Please log in to leave a comment.", "reader prompt"},
      {"Click here to subscribe to our daily newsletter.", "reader prompt"},
      {"Share this story with your friends!", "reader prompt"},
      {"\xC2\xA9 2025 Harbour Gazette. All rights reserved.", "site boilerplate"},
      // Case, position and leading or trailing punctuation of the first word.
      {"Use of this site is subject to our TERMS OF SERVICE.", "site boilerplate"},
      {"Copyright 2025 Harbour Gazette.", "site boilerplate"},
      {"The council debated the new cookie Policy at length on Tuesday.", "site boilerplate"},
      {"((PLEASE!! log in to comment.", "reader prompt"},
      {"(( Click here to subscribe.", "reader prompt"},
  };
  for (const auto& c : cases) {
    INFO(c.line);
    CHECK(test::FormRuleReason(c.line) == c.reason);
  }
}

TEST_CASE("the word lists are matched whole, in any ASCII case, after a bit test", "[noise]") {
  // The prompt, teaser and credit lists rule words out by length and first
  // letter before comparing: each word of a list in three cases, and near
  // misses (a letter more or less, another first letter, same length).
  const std::vector<std::string> prompts = {
      "please", "click", "tap", "subscribe", "sign", "log", "login", "register",
      "follow", "share", "comment", "contact", "stay", "download", "join", "like",
      "enter", "send", "tell", "support", "donate", "bookmark", "print", "email"};
  auto cases = [](std::string w) {
    std::string upper = w, title = w;
    for (char& c : upper) c = static_cast<char>(c - 32 * (c >= 'a' && c <= 'z'));
    title[0] = upper[0];
    return std::vector<std::string>{w, upper, title};
  };
  for (const std::string& word : prompts) {
    for (const std::string& w : cases(word)) {
      INFO(w);
      CHECK(test::FormRuleReason(w + " to leave a note.") == "reader prompt");
      CHECK(test::FormRuleReason(w + "s to leave a note.").empty());
      CHECK(test::FormRuleReason(w.substr(0, w.size() - 1) + " to leave a note.").empty());
      CHECK(test::FormRuleReason("q" + w.substr(1) + " to leave a note.").empty());
      CHECK(test::FormRuleReason("@" + w.substr(1) + " to leave a note.").empty());
    }
  }
  for (std::string label : {"photo", "images", "illustration", "courtesy", "caption"}) {
    for (const std::string& w : cases(label)) {
      INFO(w);
      CHECK(test::FormRuleReason(w + ": J. Smith / Harbour Gazette") == "photo or agency credit");
      CHECK(test::FormRuleReason("x" + w.substr(1) + ": J. Smith and the harbour team.").empty());
    }
  }
  for (std::string teaser : {"read", "recommended", "trending", "see"}) {
    for (const std::string& w : cases(teaser)) {
      INFO(w);
      CHECK(test::FormRuleReason(w + " - Storm closes three ports on the coast") == "link teaser");
      CHECK(test::FormRuleReason(w + "x - Storm closes three ports on the coast.").empty());
    }
  }
}

TEST_CASE("IsMonthName: the names and abbreviations in any case, nothing else", "[noise]") {
  for (const char* w : {"Jan", "january", "FEB", "March", "apr", "May", "jun", "July", "Aug",
                        "sep", "Sept", "SEPTEMBER", "oct", "November", "dec", "December"})
    CHECK(internal::IsMonthName(w));
  for (const char* w : {"", "Ja", "Jan.", "Janu", "mayday", "Septem", "Sunday", "Decembers",
                        "marc h"})
    CHECK_FALSE(internal::IsMonthName(w));
}

TEST_CASE("form rules keep reporting", "[noise]") {
  const std::vector<std::string> keep = {
      "The port reopened on Monday after a three-day strike, officials said.",
      "Read the statement, the union told members, before voting on Friday.",
      "By Monday, most ships had left the harbour.",
      "Photos taken on Sunday showed cranes idle along the quay.",
      "Please, the mayor told reporters, let the inquiry do its work.",
      "The strike, which began on Friday, cost the port an estimated $4 million a day "
      "according to figures released by the harbour authority late on Tuesday",
      "\xE2\x80\x9CWe will share the findings with the public,\xE2\x80\x9D Ms. Ruiz said.",
  };
  for (const auto& line : keep) {
    INFO(line);
    CHECK(test::FormRuleReason(line).empty());
  }
}

TEST_CASE("datelines are cut off, not the sentence", "[noise]") {
  CHECK(DatelineLength("VALENCIA (Reuters) \xE2\x80\x94 The port reopened.") ==
        std::string("VALENCIA (Reuters) \xE2\x80\x94 ").size());
  CHECK(DatelineLength("PHOENIX _ Victoria wants answers.") == std::string("PHOENIX _ ").size());
  CHECK(DatelineLength("NEW YORK, March 3 (AP) - Stocks fell.") ==
        std::string("NEW YORK, March 3 (AP) - ").size());
  CHECK(DatelineLength("VALENCIA, Spain (AP) _ The port reopened.") ==
        std::string("VALENCIA, Spain (AP) _ ").size());
  CHECK(DatelineLength("SANTA ROSA, New Mexico (AP) _ The port reopened.") ==
        std::string("SANTA ROSA, New Mexico (AP) _ ").size());
  CHECK(DatelineLength("NATO, Valencia said the port reopened - at last.") == 0);
  CHECK(DatelineLength("The port reopened - at last.") == 0);
  CHECK(DatelineLength("NATO said on Monday - quietly.") == 0);  // upper word, then prose
  CHECK(DatelineLength("LONDON, Jan. 14 (Coastline Wire) \xE2\x80\x94 Talks ended.") ==
        std::string("LONDON, Jan. 14 (Coastline Wire) \xE2\x80\x94 ").size());
  CHECK(DatelineLength("") == 0);
}

TEST_CASE("a parenthesized photo credit after a caption is dropped", "[noise]") {
  std::unique_ptr<SentenceSegmenter> seg;
  REQUIRE(SentenceSegmenter::Create("en", &seg).ok());
  const std::string text =
      "The first ferry of the season docks at the harbour on Monday after the storm. "
      "(J. Ruiz/Harbour Gazette Photo)\n\n"
      "The harbour reopened. (The ferry photo ran on Monday in every edition of the paper.)\n\n"
      "Cranes at the north quay were repaired in time for the first ships of the season. "
      "(AP Photo)";
  Segmentation s = seg->Segment(text);
  auto v = ApplyFormRules(text, s);
  REQUIRE(v.size() == 6);
  CHECK(v[0].reason.empty());
  CHECK(v[1].reason == "photo or agency credit");
  CHECK(v[2].reason.empty());
  CHECK(v[3].reason.empty());  // a parenthesized sentence of more than eight words
  CHECK(v[5].reason == "photo or agency credit");
}

TEST_CASE("a note to the client editors is dropped", "[noise]") {
  for (const char* line :
       {"EDs: Following developments at the harbour, updates will be included on later budgets.",
        "(EDITORS: There is no charge for use of this story about the harbour and its ferries.)",
        "Editor's note: What follows is a sample of a weekly column about the harbour.",
        "Eds: Embargoed for Thursday, Dec. 2, when the harbour report is released."}) {
    INFO(line);
    CHECK(test::FormRuleReason(line) == "editors' note");
  }
  CHECK(test::FormRuleReason("Editors at the harbour gazette said the ferry would resume on Monday.").empty());
  CHECK(test::FormRuleReason("Edward: the harbour master, who said the ferry would resume on Monday.").empty());
}

TEST_CASE("list bullets are cut off the sentence's span", "[noise]") {
  CHECK(BulletLength("_ The harbour reopened.") == 2);
  CHECK(BulletLength("-- $6 million for the harbour.") == 3);
  CHECK(BulletLength("-  Train the pilots.") == 3);
  CHECK(BulletLength("--Children ride in the back seat.") == 2);
  CHECK(BulletLength("* Ferries resume.") == 2);
  CHECK(BulletLength("\xE2\x80\xA2 Ferries resume.") == 4);
  CHECK(BulletLength("The harbour reopened.") == 0);
  CHECK(BulletLength("_____ BONUS: a rule, not a bullet.") == 0);
  CHECK(BulletLength("-0- ") == 0);
  CHECK(BulletLength("--lowercase after a dash") == 0);
  CHECK(BulletLength("_ ") == 0);
  CHECK(BulletLength("") == 0);

  std::unique_ptr<SentenceSegmenter> seg;
  REQUIRE(SentenceSegmenter::Create("en", &seg).ok());
  const std::string text =
      "The port listed its plans.\n\n_ Ferries resume on Monday.\n\n-- Cranes are repaired.\n\n"
      "PHOENIX _ The harbour reopened.";
  Segmentation s = seg->Segment(text);
  auto v = ApplyFormRules(text, s);
  REQUIRE(v.size() == 4);
  CHECK(text.substr(v[1].begin, v[1].end - v[1].begin) == "Ferries resume on Monday.");
  CHECK(text.substr(v[2].begin, v[2].end - v[2].begin) == "Cranes are repaired.");
  CHECK(text.substr(v[3].begin, v[3].end - v[3].begin) == "The harbour reopened.");
}

TEST_CASE("the topic rule drops unrelated lines and the publisher's voice", "[noise]") {
  CHECK(OffTopicReason("Rents rose 6% last year.", 0.01, 0.03).rfind("off-topic", 0) == 0);
  CHECK(OffTopicReason("We are an independent newsroom funded by readers.", 0.05, 0.03)
            .rfind("publisher voice", 0) == 0);
  CHECK(OffTopicReason("Support our journalism: it only takes a minute for you.", 0.08, 0.03)
            .rfind("publisher voice", 0) == 0);
  // Quoted first person is reporting, not the publisher.
  CHECK(OffTopicReason("\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D the mayor said.", 0.05, 0.03).empty());
  CHECK(OffTopicReason("``We will rebuild,'' the mayor said.", 0.05, 0.03).empty());
  CHECK(OffTopicReason("The mayor said the bridge will be rebuilt.", 0.05, 0.03).empty());
  CHECK(OffTopicReason("Thanks, YOURS truly.", 0.05, 0.03).rfind("publisher voice", 0) == 0);
  CHECK(OffTopicReason("\"We\" said nothing; you know.", 0.05, 0.03).rfind("publisher voice", 0) == 0);
  CHECK(OffTopicReason("\"We said nothing, you know.\"", 0.05, 0.03).empty());
  // Strongly related sentences keep their pronouns.
  CHECK(OffTopicReason("Our reporter saw the bridge fall.", 0.2, 0.03).empty());
}

// The obvious reader-address rule: split into runs of ASCII letters, track
// the quotation state byte by byte, and look each lowercased word up.
bool NaiveAddressesReader(const std::string& s) {
  const std::vector<std::string> pronouns = {"we", "our", "ours", "us", "you", "your", "yours"};
  bool quoted = false;
  std::string word;
  auto end_word = [&] {
    const bool hit = !quoted && std::find(pronouns.begin(), pronouns.end(), word) != pronouns.end();
    word.clear();
    return hit;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      continue;
    }
    if (end_word()) return true;
    const std::string rest = s.substr(i);
    if (rest.rfind("\xE2\x80\x9C", 0) == 0 || rest.rfind("``", 0) == 0)
      quoted = true;
    else if (rest.rfind("\xE2\x80\x9D", 0) == 0 || rest.rfind("''", 0) == 0)
      quoted = false;
    else if (c == '"')
      quoted = !quoted;
  }
  return end_word();
}

TEST_CASE("the reader-address rule matches the obvious word-by-word reading", "[noise]") {
  static const char* kPieces[] = {"we", "We", "WE", "our", "Ours", "us", "US", "you", "Your",
                                  "yours", "YOURSELF", "w", "o", "u", "y", "wes", "bus", "the",
                                  "x", " ", " ", ",", ".", "\"", "``", "''", "'", "`", "-",
                                  "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x94", "\xE2",
                                  "\xE2\x80", "\xC3\xA9", "1", "\t"};
  std::mt19937 rng(77);
  std::uniform_int_distribution<int> pieces(0, 12), pick(0, std::size(kPieces) - 1);
  int hits = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (int k = pieces(rng); k > 0; --k) s += kPieces[pick(rng)];
    const bool expected = NaiveAddressesReader(s);
    hits += expected;
    INFO("sentence [" << s << "]");
    // Between the threshold and three times it, only the reader rule decides.
    CHECK(OffTopicReason(s, 0.05, 0.03).empty() == !expected);
    // IsOffTopic says whether there is a reason, below, between and above.
    for (double topic : {0.01, 0.05, 0.2})
      CHECK(IsOffTopic(s, topic, 0.03) == !OffTopicReason(s, topic, 0.03).empty());
  }
  CHECK(hits > 1000);
  CHECK(hits < 19000);
  // Longer sentences, mostly of other words: the pronoun search reads
  // sixteen positions at a time, so pronouns fall at every offset of a
  // block and across block edges.
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (int k = static_cast<int>(rng() % 40); k > 0; --k)
      s += rng() % 4 == 0 ? kPieces[pick(rng)] : rng() % 2 == 0 ? "harbour " : "a";
    INFO("sentence [" << s << "]");
    CHECK(OffTopicReason(s, 0.05, 0.03).empty() == !NaiveAddressesReader(s));
  }
}

TEST_CASE("topic rule reasons print numbers as printf's %.3f does", "[noise]") {
  std::vector<double> values = {0.0, 0.0005, 0.0015, 0.0125, 0.02, 0.0295, 0.03, 0.9995,
                                1e-300, 5e-324, 0.1 + 0.2, 12345.6785, 1e22, -0.0, -0.0004};
  std::mt19937_64 rng(3);
  std::uniform_real_distribution<double> unit(0.0, 0.2);
  for (int i = 0; i < 3000; ++i) values.push_back(unit(rng));
  for (int i = 0; i < 3000; ++i) values.push_back((rng() % 200000) / 1e5 + 0.0005);  // ties
  for (double topic : values) {
    char expected[512];
    std::snprintf(expected, sizeof expected, "off-topic (similarity %.3f < %.3f)", topic, 1e300);
    CHECK(OffTopicReason("x", topic, 1e300) == expected);
  }
  // The threshold's text is kept from call to call while the threshold stays
  // the same: it must follow each new value (0.0 and -0.0 included).
  for (size_t i = 0; i < values.size(); ++i) {
    const double threshold = values[(i * 7) % values.size()], topic = -1 - values[i];
    for (int repeat = 0; repeat < 1 + static_cast<int>(i % 3); ++repeat) {
      char expected[512];
      std::snprintf(expected, sizeof expected, "off-topic (similarity %.3f < %.3f)", topic,
                    threshold);
      CHECK(OffTopicReason("x", topic, threshold) == expected);
    }
  }
  for (double topic : {0.031, 0.0455, 0.08995}) {
    char expected[128];
    std::snprintf(expected, sizeof expected,
                  "publisher voice or reader address, weakly related (%.3f)", topic);
    CHECK(OffTopicReason("Tell us what you think.", topic, 0.03) == expected);
  }
}

// The obvious leave-one-document-out similarity: a fresh copy of the sum
// of all rows per document, minus that document's rows, in row order.
std::vector<double> NaiveTopicSimilarity(const SparseRows& x, const std::vector<int>& doc_of) {
  const int n = static_cast<int>(x.rows());
  std::vector<double> total(x.cols(), 0.0), result(n, 0.0);
  for (int i = 0; i < n; ++i)
    for (SparseRows::InnerIterator t(x, i); t; ++t) total[t.index()] += t.value();
  const int ndocs = 1 + *std::max_element(doc_of.begin(), doc_of.end());
  for (int d = 0; d < ndocs; ++d) {
    std::vector<double> rest = total;
    for (int i = 0; i < n; ++i)
      if (doc_of[i] == d)
        for (SparseRows::InnerIterator t(x, i); t; ++t) rest[t.index()] -= t.value();
    double norm2 = 0;
    for (double e : rest) norm2 += e * e;
    const double norm = std::sqrt(norm2);
    for (int i = 0; i < n; ++i) {
      if (doc_of[i] != d) continue;
      double dot = 0;
      for (SparseRows::InnerIterator t(x, i); t; ++t) dot += t.value() * rest[t.index()];
      result[i] = norm > 0 ? std::max(0.0, dot / norm) : 0.0;
    }
  }
  return result;
}

TEST_CASE("topic similarity equals the copy-per-document reference exactly", "[noise]") {
  std::mt19937 rng(17);
  for (int round = 0; round < 300; ++round) {
    // Up to 12 documents: the documents are taken four at a time, so whole
    // groups and every remainder are exercised.
    const int ndocs = 2 + static_cast<int>(rng() % 11);
    const int n = ndocs + static_cast<int>(rng() % 30);
    const int alphabet = 1 + static_cast<int>(rng() % 20);
    std::vector<std::vector<std::string>> terms(n);
    std::vector<int> doc_of(n);
    for (int i = 0; i < n; ++i) {
      doc_of[i] = i < ndocs ? i : static_cast<int>(rng() % ndocs);  // every document has a row
      for (int k = static_cast<int>(rng() % 8); k > 0; --k)
        terms[i].push_back("t" + std::to_string(rng() % alphabet));
    }
    const TermMatrix m = BuildTermMatrix(terms);
    CHECK(TopicSimilarity(m.rows, doc_of) == NaiveTopicSimilarity(m.rows, doc_of));
  }
}

TEST_CASE("topic similarity: leave one document out", "[noise]") {
  // Three docs: two about a bridge, one line about rents in doc 2.
  std::vector<std::vector<std::string>> terms = {
      {"bridge", "collaps", "harbour"}, {"bridge", "harbour", "ferri"}, {"rent", "rose"}};
  TermMatrix m = BuildTermMatrix(terms);
  std::vector<double> t = TopicSimilarity(m.rows, {0, 1, 2});
  CHECK(t[0] > 0.2);
  CHECK(t[1] > 0.2);
  CHECK(t[2] == 0.0);
  // A single document: other sentences stand in.
  std::vector<double> single = TopicSimilarity(m.rows, {0, 0, 0});
  CHECK(single[0] > 0.2);
  CHECK(single[2] == 0.0);
}

TEST_CASE("words of a collapsed text are counted as CountWords counts them", "[noise]") {
  for (std::string_view t : {"", "  ", "one", " one  two\tthree\n", "a\u00A0b\u2003c \u200Bd",
                             "\u2028lead and trail\u3000", "caf\u00E9 na\u00EFve"}) {
    const std::string c = CollapseWhitespace(t);
    CHECK(CountCollapsedWords(c) == CountWords(t));
  }
  // Sixteen bytes at a time, the last ones from an overlapping load, the
  // counters summed every 31 loads: spaces at every offset, next to high
  // bytes, texts up to 1,200 bytes, many all spaces.
  std::mt19937 rng(5);
  const char bytes[] = {' ', 'a', '\xA0', '\x80', '\xFF', '\x1F', '\x21', '\0'};
  for (int round = 0; round < 4000; ++round) {
    std::string text(1 + rng() % (round % 2 == 0 ? 40 : 1200), 'x');
    for (char& c : text) c = round % 5 == 0 ? ' ' : bytes[rng() % sizeof bytes];
    CHECK(CountCollapsedWords(text) == 1 + static_cast<size_t>(std::count(text.begin(), text.end(), ' ')));
  }
}

namespace {

// The obvious CollapseWhitespace: split into words at any whitespace
// character (decoded), join them with single spaces.
std::string NaiveCollapse(std::string_view t) {
  static const std::string_view kSpaces[] = {
      "\u0085", "\u00A0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004",
      "\u2005", "\u2006", "\u2007", "\u2008", "\u2009", "\u200A", "\u2028", "\u2029",
      "\u202F", "\u205F", "\u3000"};
  std::vector<std::string> words(1);
  for (size_t i = 0; i < t.size();) {
    size_t n = IsAsciiSpace(static_cast<unsigned char>(t[i])) ? 1 : 0;
    for (std::string_view sp : kSpaces)
      if (t.substr(i, sp.size()) == sp) n = sp.size();
    if (n > 0 && !words.back().empty()) words.emplace_back();
    if (n == 0) words.back() += t[i];
    i += n > 0 ? n : 1;
  }
  std::string out;
  for (const auto& w : words)
    if (!w.empty()) out += (out.empty() ? "" : " ") + w;
  return out;
}

}  // namespace

TEST_CASE("CollapseWhitespace and IsCollapsed match the obvious split and join", "[noise]") {
  static const char* kPieces[] = {" ", "  ", "\n", "\t", "\r\n", "a", "Z", ".", "\x01", "\x7F",
                                  "\u00A0", "\u0085", "\u00A9", "\u2003", "\u200B", "\u2028",
                                  "\u202F", "\u205F", "\u3000", "\u1680", "\u00E9", "\u201C",
                                  "\U0001F600", "word"};
  std::mt19937 rng(11);
  for (int round = 0; round < 20000; ++round) {
    std::string t;
    for (int k = static_cast<int>(rng() % 12); k > 0; --k) t += kPieces[rng() % std::size(kPieces)];
    INFO("text \"" << t << "\"");
    REQUIRE(CollapseWhitespace(t) == NaiveCollapse(t));
    REQUIRE(IsCollapsed(t) == (NaiveCollapse(t) == t));
  }
  // Long stretches of words and single spaces (the eight-byte scan), with
  // now and then a piece that needs collapsing, at every offset.
  for (int round = 0; round < 20000; ++round) {
    std::string t;
    for (int k = static_cast<int>(rng() % 40); k > 0; --k) {
      const unsigned r = rng() % 16;
      t += r < 6 ? "word" : r < 11 ? " " : r < 13 ? "x" : kPieces[rng() % std::size(kPieces)];
    }
    INFO("text \"" << t << "\"");
    REQUIRE(CollapseWhitespace(t) == NaiveCollapse(t));
    REQUIRE(IsCollapsed(t) == (NaiveCollapse(t) == t));
  }
}

TEST_CASE("EndsWithSentencePunctuation matches stripping closers one by one", "[noise]") {
  static const char* kPieces[] = {"a", "Z", "9", ".", "!", "?", ":", ";", " ", "\t", "\n", ")",
                                  "]", "}", "\"", "'", "\u2019", "\u201D", "\u00BB", "\u203A",
                                  "\u2026", "\u00E9", "word"};
  std::mt19937 rng(3);
  for (int round = 0; round < 20000; ++round) {
    std::string t;
    for (int k = static_cast<int>(rng() % 8); k > 0; --k) t += kPieces[rng() % std::size(kPieces)];
    INFO("text \"" << t << "\"");
    for (bool colon : {false, true})
      REQUIRE(EndsWithSentencePunctuation(t, colon) == EndsWithSentencePunctuationStripping(t, colon));
  }
}

TEST_CASE("site boilerplate is found at every offset, in either case", "[noise]") {
  // The phrase search looks at sixteen positions at a time: phrases, their
  // first bytes and near misses at random offsets in one sentence, some
  // right before its final period (the last bytes are searched in a copy).
  static const char* kPieces[] = {"the ", "harbour ", "x", "al", "AL", "te", "TE", "pr", "co",
                                  "all", "ALL ", "all", "term", "TERM", "priv", "cook", "copy",
                                  "coo", "cop", "\u00A9",
                                  "all rights reserved", "ALL Rights Reserved", "terms of use",
                                  "Terms of Service", "privacy policy", "cookie POLICY",
                                  "\u00A9", "copyright ", "copyright", "terms of us",
                                  "privacy polic", "\u00C2", "\u00E9", "port "};
  const std::vector<std::string> phrases = {"all rights reserved", "terms of use",
                                            "terms of service", "privacy policy",
                                            "cookie policy", "\u00A9", "copyright "};
  std::mt19937 rng(9);
  for (int round = 0; round < 6000; ++round) {
    std::string line = "The harbour ";
    for (int k = static_cast<int>(rng() % 14); k > 0; --k) line += kPieces[rng() % std::size(kPieces)];
    line += round % 2 == 0 ? " ends here." : ".";
    std::string lower = line;
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c += 32;
    bool expected = false;
    for (const std::string& p : phrases) expected = expected || lower.find(p) != std::string::npos;
    INFO("line \"" << line << "\"");
    REQUIRE((test::FormRuleReason(line) == "site boilerplate") == expected);
  }
}

}  // namespace internal
}  // namespace chorus
