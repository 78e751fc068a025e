// Sentence breaks suppressed after abbreviations ("Mr.", "U.S."), decided
// exactly as ICU 72's FilteredBreakIteratorBuilder decides them, but on the
// plain sentence iterator's breaks: ICU's filtered iterator clones its UText
// on every next() and walks back with UText calls, which cost more than the
// sentence iteration itself. The list is the locale's "exceptions /
// SentenceBreak" from ICU's break iterator data plus the caller's extras.
//
// ICU's rules, kept here with their quirks so that output never changes:
// at a break n, step back over one U+0020 if there is one; find the longest
// entry that ends there. An entry with no '.' before its last character
// suppresses the break. Entries with an inner '.' ("Ph.D.") are reduced to
// their first part ("Ph.", which then stands for all entries sharing it, and
// for a listed entry equal to it); when that part is the longest match, the
// text from its start must read a full entry that no longer entry extends,
// or end on the way through one (de lists "U. U."). Tests: tests/break_suppressions_test.cc compares
// with ICU's filtered iterator.

#ifndef CHORUS_SRC_BREAK_SUPPRESSIONS_H_
#define CHORUS_SRC_BREAK_SUPPRESSIONS_H_

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace chorus {
namespace internal {

class BreakSuppressions {
 public:
  // The entries of ICU's data for `locale` (none when ICU has none for it,
  // or would fall back to the default locale) plus `extra`.
  BreakSuppressions(const std::string& locale, const std::vector<std::string>& extra);

  // True when ICU's filtered iterator drops the plain iterator's break at
  // byte `pos` of `text` (valid UTF-8, 0 < pos < text.size()). Thread-safe.
  bool Suppresses(std::string_view text, size_t pos) const;

  // The number of entries, after duplicates are removed (for tests).
  size_t size() const { return num_entries_; }

  // ICU's entries for `locale` alone, in data order (for tests).
  static std::vector<std::string> LocaleEntries(const std::string& locale);

 private:
  bool ForwardMatch(std::string_view rest) const;

  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  // Entry (or first part) → kMatch or kPartial, as the text reads it.
  std::unordered_map<std::string, int, Hash, std::equal_to<>> backward_;
  size_t max_backward_ = 0;
  bool last_byte_[256] = {};  // last bytes of the backward entries
  // By length (0 to max_backward_), the first bytes of the backward entries
  // of that length, one bit each: a length whose text does not begin with
  // one is ruled out without a lookup.
  std::vector<std::array<uint64_t, 4>> first_bytes_;
  std::vector<std::string> forward_;  // sorted: entries with an inner '.'
  size_t num_entries_ = 0;
};

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_BREAK_SUPPRESSIONS_H_
