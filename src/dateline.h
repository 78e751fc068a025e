// Datelines: the place, date and agency a wire story opens with ("MOSCOW
// (AP) — ", "PHOENIX _ ", "LONDON, Jan 14 (Reuters) - "), cut off the
// sentence by ApplyFormRules (noise_filter.h), not dropped with it.
// Tests: tests/noise_filter_test.cc, tests/wire_furniture_test.cc.

#ifndef CHORUS_SRC_DATELINE_H_
#define CHORUS_SRC_DATELINE_H_

#include <cstddef>
#include <string_view>

namespace chorus {
namespace internal {

// Length of a dateline prefix at the start of `sentence`, or 0: PLACE[,
// Region][, Month DD][ (AGENCY)] DASH with the place in capitals ("MOSCOW
// (AP) — ", "SAN JUAN, Puerto Rico (AP) _ ", "LONDON, Jan 14 (Reuters) -
// "), or a code in parentheses alone before the dash ("(AP) -- ",
// "(UNDATED) _ "). Also counted: a dash glued to the agency ("NEW YORK
// (AP)-- ") or to the next word ("(AP) _The": the length stops before
// "The"), and an agency left unclosed before the dash ("WASHINGTON (AP --
// "), and "A" or "I" inside the run of capitals (a headline in capitals
// before the dash, "HARBOUR HOPES FOR A NEW QUAY _ "). DASH is one of "-", "--", "_", U+2013, U+2014; the prefix lies in
// the first 100 bytes.
size_t DatelineLength(std::string_view sentence);

// Length of a dateline in title case at the start of a document's first
// sentence, or 0: one to three words, each an ASCII capital then ASCII
// lowercase letters ("Washington", "New York"), optionally ", " and one or
// two such words of a region (a '.' may end them: "Miami, Fla."), then
// " _ ", the wire's dash, then an ASCII capital, a digit or a quotation
// mark ("``" or '"'), with no other " _ " in the sentence. The caller reads
// it only for the document's first sentence: there a word and the dash is a
// place (1 document in DUC 2006, 17 in the 1,000 bench clusters); later, a
// capitalized word before " _ " opens a parenthesis closed by a second dash
// ("Shoppers _ many of them ... _ fled", 123 paragraphs, every one with the
// second dash). Tests: tests/wire_furniture_test.cc.
size_t TitleCaseDatelineLength(std::string_view sentence);

// True when `word` is '(' then two or more ASCII capitals then ')': a
// wire's agency or "(UNDATED)" code.
bool IsCodeInParens(std::string_view word);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_DATELINE_H_
