// Wire furniture: lines a news wire sends its client editors, not its
// readers, recognised by their shape (no agency's or paper's name):
//   * a photo-package caption: the picture's slug and transmission date
//     after a dash ("... -- HARBOUR-FERRY-2, 10-28 -- The first ferry ...",
//     the slug in capitals, digits, '-', '&' and spaces, then ", M-D");
//   * a transmission tag opening the line: '(' capitals then digits ')'
//     ("(XYZ12) CITY -- ...");
//   * a note to the editors: a label such as "EDs:", "(EDITORS:",
//     "Editor's note:", "ATTENTION EDITORS:", "PLEASE NOTE:" then ':'.
// noise_filter.cc drops such a sentence. Tests: tests/noise_filter_test.cc.

#ifndef CHORUS_SRC_WIRE_FURNITURE_H_
#define CHORUS_SRC_WIRE_FURNITURE_H_

#include <string_view>

namespace chorus {
namespace internal {

// True when `s` (a collapsed sentence) holds a photo-package slug and date
// (" -- SLUG, 10-28 -- ", the slug at least two letters, no lowercase
// letter; " _ " counts as the dash) or opens with a transmission tag
// ("(AB12) "). "-- Oct. 28, 1998 --" (lowercase in the word before the
// comma), "-- 10-28 --" and "(AP) " are not.
bool IsWireCaption(std::string_view s);

// True when `s` opens (after an optional '(') with an editors' label, in
// any ASCII case, then ':': "eds", "ed", "editor", "editors", "editor's
// note", "editors' note", "editors note", "note to editors", "attention
// editors", "editors please note", "please note".
bool IsEditorsNote(std::string_view s);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_WIRE_FURNITURE_H_
