// Wire furniture: lines a news wire sends its client editors, not its
// readers, recognised by their shape (no agency's or paper's name):
//   * a photo-package caption: the picture's slug and transmission date
//     after a dash ("... -- HARBOUR-FERRY-2, 10-28 -- The first ferry ...",
//     the slug in capitals, digits, '-', '&' and spaces, then ", M-D");
//   * a transmission tag opening the line: '(' capitals then digits ')'
//     ("(XYZ12) CITY -- ...");
//   * contact details: a telephone number with its area code;
//   * a note to the editors: a label such as "EDs:", "(EDITORS:",
//     "Editor's note:", "ATTENTION EDITORS:", "PLEASE NOTE:" then ':'.
// noise_filter.cc drops such a sentence. Tests: tests/wire_furniture_test.cc.

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

// True when `s` holds a North American telephone number with its area
// code: "404-555-0142", "1-800-555-0142", "(404) 555-0142", "404
// 555-0142" (exactly three, three and four digits). A digest never needs
// one: in the wire's copy it is the desk's or the syndicate's contact
// ("Questions should be directed to the news service at ..."), in a story
// a hotline's. "20077-7140" (ZIP+4), "1998-2000" and "555-0142" (no area
// code) are not.
bool HasTelephoneNumber(std::string_view s);

// The reason noise_filter.cc gives a sentence that IsWireCaption or
// HasTelephoneNumber flags ("wire photo caption or tag", "contact details
// (a telephone number)"), or nullptr: one pass over the sentence.
const char* WireFurnitureReason(std::string_view s);

// True when `s` opens (after an optional '(') with an editors' label, in
// any ASCII case, then ':': "eds", "ed", "editor", "editors", "editor's
// note", "editors' note", "editors note", "note to editors", "attention
// editors", "editors please note", "please note".
bool IsEditorsNote(std::string_view s);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_WIRE_FURNITURE_H_
