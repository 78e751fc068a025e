// Internals shared by the output formatters (formatter.cc holds the factory
// and these helpers; format_text.cc, format_markdown.cc and format_json.cc
// hold one Formatter each).
//
// Output safety, the one rule every format follows: text taken from the
// input (sentences, titles, ids, URLs, notes) never reaches a terminal with
// its control characters raw. "Terminal controls" are the C0 controls, DEL,
// the C1 controls (U+0080..U+009F) and the Unicode bidi controls (U+061C,
// U+200E, U+200F, U+202A..U+202E, U+2066..U+2069). The line formats (text,
// plain, markdown) print them as a visible escape "\u001B"; JSON escapes them
// the same way, which keeps the decoded string unchanged. Invalid UTF-8
// bytes become U+FFFD.

#ifndef CHORUS_SRC_FORMAT_INTERNAL_H_
#define CHORUS_SRC_FORMAT_INTERNAL_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "chorus/digest.h"
#include "chorus/document.h"
#include "chorus/formatter.h"
#include "chorus/status.h"
#include "utf8.h"  // AppendUtf8

namespace chorus {
namespace internal {

// Constructors called by NewFormatter (formatter.cc). Never null.
std::unique_ptr<Formatter> NewTextFormatter(const FormatOptions& options);
std::unique_ptr<Formatter> NewPlainFormatter(const FormatOptions& options);
std::unique_ptr<Formatter> NewMarkdownFormatter(const FormatOptions& options);
std::unique_ptr<Formatter> NewJsonFormatter(const FormatOptions& options);

// Checks that every index the formatters will follow is in range: sentence
// docs and sources, Digest::sources docs, and (when `explain`) candidate and
// dropped-line docs. InvalidArgument naming the first bad index otherwise, so
// Format() never reads out of bounds.
Status ValidateDigest(const Cluster& cluster, const Digest& digest,
                      bool explain);

// Decodes the UTF-8 character starting at text[i] (i < text.size()) into
// *cp and returns its length in bytes. An invalid or truncated sequence,
// an overlong form, a surrogate or a value past U+10FFFF yields
// *cp = U+FFFD and length 1, so a caller always makes progress.
size_t DecodeUtf8(std::string_view text, size_t i, char32_t* cp);

// True for the terminal controls defined at the top of this file.
bool IsTerminalControl(char32_t cp);

// Appends "\uXXXX" (4+ uppercase hex digits): the visible form of an
// unsafe character, valid as a JSON escape for cp < 0x10000.
void AppendUnicodeEscape(char32_t cp, std::string* out);

// Appends `text` as a JSON string literal (quotes included): '"' and '\\'
// escaped by a backslash, the terminal controls, U+2028, U+2029, '<', '>'
// and '&' as "\uXXXX", anything else as its UTF-8 (invalid bytes as U+FFFD).
void AppendJsonString(std::string_view text, std::string* out);

// `dumped`, a JSON text (from nlohmann's dump, which escapes only C0
// controls), with DEL, the C1 and bidi controls and U+2028/2029 also
// escaped: those can only stand inside strings, so the decoded values are
// unchanged and the text is as safe on a terminal as the json format.
std::string TerminalSafeJson(std::string_view dumped);

// `text` made safe to print as (part of) one terminal line: whitespace runs,
// newlines included, collapse to one space and both ends are trimmed (as
// CollapseWhitespace); each remaining terminal control becomes "\u001B"
// style; invalid UTF-8 becomes U+FFFD. Everything else is kept as is.
std::string SafeLine(std::string_view text);

// `value` with exactly `decimals` digits after the point ("0.1235"), the
// same in every locale; "nan"/"inf"/"-inf" when not finite.
std::string FormatFixed(double value, int decimals);

// " (N sources)" when a sentence carries N > 1 sources, else "": the note
// text and markdown print after the citations.
std::string SourceCountNote(size_t count);

// The displayable parts of one cited article, each already a SafeLine.
struct SourceParts {
  std::string label;  // the title, or the id when the title is empty
  std::string id;     // the id when `label` is a title, else empty
  std::string meta;   // outlet and date, the known ones, joined by ", "
  std::string url;    // as given (SafeLine), possibly empty
};
SourceParts DescribeSource(const Document& doc);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_FORMAT_INTERNAL_H_
