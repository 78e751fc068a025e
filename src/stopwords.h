// Stopword lists compiled into the library from models/stopwords/<lang>.txt.
#ifndef CHORUS_SRC_STOPWORDS_H_
#define CHORUS_SRC_STOPWORDS_H_

#include <string>
#include <string_view>
#include <unordered_set>

#include "word_hash.h"

namespace chorus {
namespace internal {

struct BuiltinStopwordList {
  const char* language;  // Snowball language name
  const char* words;     // the file's text: one word per line, '#' comments
};
// Terminated by {nullptr, nullptr}. Defined in the generated stopword_lists.cc.
extern const BuiltinStopwordList kBuiltinStopwordLists[];

// A set of case-folded stopwords. Immutable after construction.
class StopwordSet {
 public:
  // The built-in list for `language`; empty when there is none.
  explicit StopwordSet(std::string_view language);
  // Parsed from the text of a list (one word per line, '#' comments).
  static StopwordSet FromText(std::string_view text);

  bool contains(std::string_view folded_word) const {
    return words_.find(folded_word) != words_.end();
  }
  size_t size() const { return words_.size(); }

 private:
  StopwordSet() = default;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return WordHash(s);
    }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
};

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_STOPWORDS_H_
