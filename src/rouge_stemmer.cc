// ROUGE-1.5.5's stemmer (-m): WordNet exception lookup, else Porter with
// ROUGE's step 4. See rouge_stemmer.h and shared/data/rouge-vectors/README.md
// §4. Written from the published description of the algorithm (Porter 1980)
// and of the reference implementation's departures; the Perl reference
// expresses the measure with regular expressions, and the segmentation below
// gives the same answers for every word the stemmer sees (initial y is
// upper-cased first, so position 0 is never an ambiguous lowercase y).
// Tests: tests/rouge_test.cc.

#include "rouge_stemmer.h"

#include <array>
#include <cstring>
#include <sstream>

#include "file_util.h"

namespace chorus {
namespace internal {

namespace {

bool IsAeiou(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}
bool IsAeiouy(char c) { return IsAeiou(c) || c == 'y'; }

// Porter's [C](VC)^m[V] view of `s`. A consonant run starts with a byte
// outside [aeiou] and goes on over bytes outside [aeiouy]; a vowel run starts
// with a byte of [aeiouy] and goes on over [aeiou]. So a y after a consonant
// is a vowel and a y after a vowel is a consonant; digits and 'Y' (a marked
// initial y) are consonants.
struct Shape {
  int measure = 0;         // m: vowel runs followed by a consonant run
  bool has_vowel = false;  // *v*: some vowel run
};

Shape ShapeOf(std::string_view s) {
  Shape shape;
  size_t i = 0;
  bool vowel_run = !s.empty() && IsAeiou(s[0]);
  while (i < s.size()) {
    ++i;  // the run's first byte
    if (vowel_run) {
      shape.has_vowel = true;
      while (i < s.size() && IsAeiou(s[i])) ++i;
      if (i < s.size()) ++shape.measure;
    } else {
      while (i < s.size() && !IsAeiouy(s[i])) ++i;
    }
    vowel_run = !vowel_run;
  }
  return shape;
}

int Measure(std::string_view s) { return ShapeOf(s).measure; }

// The reference implementation's *o test: the whole of `s` is one consonant
// run, a single vowel, and a final consonant other than w, x or y.
bool IsShortCvc(std::string_view s) {
  const size_t n = s.size();
  if (n < 3 || IsAeiou(s[0])) return false;
  for (size_t i = 1; i + 2 < n; ++i) {
    if (IsAeiouy(s[i])) return false;
  }
  const char v = s[n - 2], c = s[n - 1];
  return IsAeiouy(v) && !IsAeiouy(c) && c != 'w' && c != 'x';
}

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() &&
         w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string_view StemBefore(std::string_view w, std::string_view suffix) {
  return w.substr(0, w.size() - suffix.size());
}

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
};

constexpr std::array<Rule, 21> kStep2 = {{
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"},
    {"izer", "ize"},    {"bli", "ble"},     {"alli", "al"},   {"entli", "ent"},
    {"eli", "e"},       {"ousli", "ous"},   {"ization", "ize"}, {"ation", "ate"},
    {"ator", "ate"},    {"alism", "al"},    {"iveness", "ive"}, {"fulness", "ful"},
    {"ousness", "ous"}, {"aliti", "al"},    {"iviti", "ive"}, {"biliti", "ble"},
    {"logi", "log"},
}};

constexpr std::array<Rule, 7> kStep3 = {{
    {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
    {"ical", "ic"},  {"ful", ""},   {"ness", ""},
}};

constexpr std::array<Rule, 16> kStep4 = {{
    {"al", ""},  {"ance", ""}, {"ence", ""}, {"er", ""},  {"ic", ""},  {"able", ""},
    {"ible", ""}, {"ant", ""}, {"ement", ""}, {"ou", ""}, {"ism", ""}, {"ate", ""},
    {"iti", ""}, {"ous", ""},  {"ive", ""},  {"ize", ""},
}};

// The longest rule whose suffix ends `w` (what the reference's regex
// alternation, matched leftmost, picks), or nullptr.
template <size_t N>
const Rule* LongestRule(std::string_view w, const std::array<Rule, N>& rules) {
  const Rule* best = nullptr;
  for (const Rule& r : rules) {
    if (EndsWith(w, r.suffix) && (best == nullptr || r.suffix.size() > best->suffix.size()))
      best = &r;
  }
  return best;
}

// Replaces the longest matching suffix when the stem before it has m > min_m.
// Only that one suffix is tried.
template <size_t N>
void ApplyRules(std::string* w, const std::array<Rule, N>& rules, int min_m) {
  const Rule* rule = LongestRule(*w, rules);
  if (rule == nullptr) return;
  const std::string_view stem = StemBefore(*w, rule->suffix);
  if (Measure(stem) > min_m) {
    w->resize(stem.size());
    w->append(rule->replacement);
  }
}

// Removes `suffix` when `w` ends with it and the stem has m > 1. Returns
// whether `w` ended with `suffix`.
bool RemoveIfLong(std::string* w, std::string_view suffix) {
  if (!EndsWith(*w, suffix)) return false;
  const std::string_view stem = StemBefore(*w, suffix);
  if (Measure(stem) > 1) w->resize(stem.size());
  return true;
}

// Step 1a: sses → ss, ies → i, s → "" after a byte other than s.
void Step1a(std::string* w) {
  if (EndsWith(*w, "sses") || EndsWith(*w, "ies")) {
    w->resize(w->size() - 2);
  } else if (w->size() >= 2 && w->back() == 's' && (*w)[w->size() - 2] != 's') {
    w->pop_back();
  }
}

// Step 1b: eed → ee when m > 0; otherwise ed / ing go when the stem has a
// vowel, followed by the at/bl/iz, double-consonant and *o repairs.
void Step1b(std::string* w) {
  if (EndsWith(*w, "eed")) {
    if (Measure(StemBefore(*w, "eed")) > 0) w->pop_back();
    return;
  }
  std::string_view suffix = EndsWith(*w, "ed") ? "ed" : EndsWith(*w, "ing") ? "ing" : "";
  if (suffix.empty() || !ShapeOf(StemBefore(*w, suffix)).has_vowel) return;
  w->resize(w->size() - suffix.size());
  const size_t n = w->size();
  if (EndsWith(*w, "at") || EndsWith(*w, "bl") || EndsWith(*w, "iz")) {
    w->push_back('e');
  } else if (n >= 2 && (*w)[n - 1] == (*w)[n - 2] &&
             std::strchr("aeiouylsz", (*w)[n - 1]) == nullptr) {
    w->pop_back();
  } else if (IsShortCvc(*w)) {
    w->push_back('e');
  }
}

// Step 1c: final y → i when the stem has a vowel.
void Step1c(std::string* w) {
  if (!w->empty() && w->back() == 'y' && ShapeOf(StemBefore(*w, "y")).has_vowel)
    w->back() = 'i';
}

// Step 4 as ROUGE-1.5.5 changed it: three checks in turn (README §4).
void Step4(std::string* w) {
  ApplyRules(w, kStep4, 1);
  RemoveIfLong(w, "ment");
  if (RemoveIfLong(w, "ent")) return;
  if (EndsWith(*w, "sion") || EndsWith(*w, "tion")) {
    const std::string_view stem = StemBefore(*w, "ion");
    if (Measure(stem) > 1) w->resize(stem.size());
  }
}

// Step 5: final e goes when m > 1, or m = 1 and the stem is not *o; then
// ll → l when m > 1.
void Step5(std::string* w) {
  if (!w->empty() && w->back() == 'e') {
    const std::string_view stem = StemBefore(*w, "e");
    const int m = Measure(stem);
    if (m > 1 || (m == 1 && !IsShortCvc(stem))) w->pop_back();
  }
  if (EndsWith(*w, "ll") && Measure(*w) > 1) w->pop_back();
}

// Forms that WordNet 3.0's noun.exc adds to ROUGE's WordNet 2.0 table
// (README §4a).
constexpr std::array<std::string_view, 10> kWordNet3OnlyNouns = {
    "ashes",   "cognosenti", "gps",     "halfpence", "houses_of_cards",
    "lisente", "loups-garous", "morses", "optic_axes", "staretsy"};

bool IsMatchableForm(std::string_view form) {
  if (form.size() <= 3) return false;
  for (char c : form) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

// Adds the lines of one .exc file ("form base [more bases...]").
void AddExceptionLines(std::string_view text, bool skip_wordnet3_nouns,
                       RougeExceptionTable* table) {
  std::istringstream in{std::string(text)};
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string form, base;
    if (!(fields >> form >> base)) continue;
    if (skip_wordnet3_nouns) {
      bool skip = false;
      for (std::string_view f : kWordNet3OnlyNouns) skip = skip || f == form;
      if (skip) continue;
    }
    if (IsMatchableForm(form)) table->Add(form, base);
  }
}

}  // namespace

void RougePorterStem(std::string* word) {
  std::string& w = *word;
  if (w.size() < 3) return;
  const bool initial_y = w[0] == 'y';
  if (initial_y) w[0] = 'Y';  // a consonant for every test below
  Step1a(&w);
  Step1b(&w);
  Step1c(&w);
  ApplyRules(&w, kStep2, 0);
  ApplyRules(&w, kStep3, 0);
  Step4(&w);
  Step5(&w);
  if (initial_y) w[0] = 'y';
}

Status RougeExceptionTable::Load(const std::string& dir, RougeExceptionTable* out) {
  RougeExceptionTable table;
  for (const char* pos : {"adj", "adv", "noun", "verb"}) {
    const std::string path = dir + "/" + pos + ".exc";
    // ReadWholeFile, not `text << in.rdbuf()`: that leaves the ifstream's
    // state good on a failed read, so a cut list would pass unnoticed.
    std::string text;
    const Status s = internal::ReadWholeFile(path, &text);
    if (s.code() == Status::Code::kNotFound) {
      return Status::NotFound(path + ": cannot open WordNet exception list (no such file or "
                              "directory); install Debian's wordnet-base or set "
                              "RougeOptions::wordnet_dir");
    }
    CHORUS_RETURN_IF_ERROR(s);  // "PATH: cannot read: REASON"
    AddExceptionLines(text, std::strcmp(pos, "noun") == 0, &table);
  }
  *out = std::move(table);
  return Status::OK();
}

void RougeExceptionTable::Add(std::string_view form, std::string_view base) {
  map_.insert_or_assign(std::string(form), std::string(base));
}

const std::string* RougeExceptionTable::Find(std::string_view form) const {
  auto it = map_.find(form);
  return it == map_.end() ? nullptr : &it->second;
}

void RougeStemToken(const RougeExceptionTable& table, std::string_view token,
                    std::string* out) {
  out->assign(token);
  if (token.size() <= 3) return;
  if (const std::string* base = table.Find(token)) {
    out->assign(*base);
    return;
  }
  RougePorterStem(out);
}

}  // namespace internal
}  // namespace chorus
