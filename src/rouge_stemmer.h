// The stemmer of ROUGE-1.5.5's -m option: a WordNet exception lookup, else
// ROUGE's variant of the Porter stemmer (Porter 1980, "An algorithm for suffix
// stripping", Program 14(3); as in Porter's own "Release 1" Perl version, with
// ROUGE's change to step 4). The behaviour follows
// shared/data/rouge-vectors/README.md §4. Tests: tests/rouge_test.cc.

#ifndef CHORUS_SRC_ROUGE_STEMMER_H_
#define CHORUS_SRC_ROUGE_STEMMER_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "chorus/status.h"

namespace chorus {
namespace internal {

// Porter's stemmer as ROUGE-1.5.5 runs it, applied in place to `word`, which
// must be lowercase ASCII made of [a-z0-9] (a ROUGE token). Words shorter than
// 3 characters are left alone. Departures from the 1980 paper, all inherited
// from the reference implementation ROUGE embeds:
//   * step 2 has bli→ble (not abli→able) and logi→log;
//   * an initial y is a consonant;
//   * the *o test of steps 1b and 5 is "the whole stem is C v c", c not w/x/y;
//   * step 4 makes three checks in turn (README §4): the longest of al, ance,
//     ence, er, ic, able, ible, ant, ement, ou, ism, ate, iti, ous, ive, ize;
//     then ment; then ent, else (s|t)ion → (s|t); each removal needs m > 1.
// Pure function, thread-safe.
void RougePorterStem(std::string* word);

// The inflection → base table of WordNet's exception lists (adj, adv, noun,
// verb .exc), restricted to what ROUGE-1.5.5 can match: forms longer than 3
// characters made only of [a-z0-9]. Built from Debian's WordNet 3.0 files it
// equals ROUGE's WordNet 2.0 table (README §4a): the 10 forms WordNet 3.0
// added to noun.exc are left out. Immutable after Load(); thread-safe.
class RougeExceptionTable {
 public:
  // Reads <dir>/{adj,adv,noun,verb}.exc in that order; a form listed again
  // replaces the earlier entry (so verb.exc wins over noun.exc and adv.exc
  // over adj.exc, as in ROUGE). Only the first two fields of a line count.
  // NotFound names the missing file; IOError when reading fails.
  static Status Load(const std::string& dir, RougeExceptionTable* out);

  // Adds or replaces one entry (tests, custom tables).
  void Add(std::string_view form, std::string_view base);

  // The base form of `form`, or nullptr when it is not listed.
  const std::string* Find(std::string_view form) const;
  size_t size() const { return map_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> map_;
};

// ROUGE's MorphStem for one token (lowercase [a-z0-9]): tokens of 3 bytes or
// fewer are kept; otherwise the exception table's base form if listed (final,
// Porter is not applied to it), else RougePorterStem. Result in *out.
void RougeStemToken(const RougeExceptionTable& table, std::string_view token,
                    std::string* out);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_ROUGE_STEMMER_H_
