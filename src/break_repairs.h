// Sentence breaks that ICU's rules (UAX #29, with the abbreviation filter of
// break_suppressions.h) keep although they fall inside a sentence, found in
// DUC 2003 and 2006 news text (docs/quality-s8C.md): after a quotation that
// ends with '?' or '!' when the sentence goes on in lowercase, "``Free East
// Timor!'' | they shouted." ICU breaks after '?' or '!' whatever follows,
// and the half that opens in lowercase ("they shouted.", "asked one
// Democratic strategist.") was a candidate of its own. DUC 2003: 15
// sentences are made whole, DUC 2006: 49. Tests: tests/break_repairs_test.cc.

#ifndef CHORUS_SRC_BREAK_REPAIRS_H_
#define CHORUS_SRC_BREAK_REPAIRS_H_

#include <cstddef>
#include <string_view>

namespace chorus {
namespace internal {

// True when the break at byte `pos` of `text` (a sentence iterator's break:
// the next sentence starts at `pos`) follows '?' or '!', a closing quotation
// mark ('', ", ' or U+201D) and one or more spaces, and the text from `pos`
// opens with a lowercase ASCII letter ("... Timor!'' they shouted."). False
// when pos == 0 or pos >= text.size().
bool BreakFallsBeforeSpeechTag(std::string_view text, size_t pos);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_BREAK_REPAIRS_H_
