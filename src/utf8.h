// Copyright (c) chorus developers.
//
// UTF-8 validation and lossy repair, written by hand (no ICU) because every
// input byte passes through here: runs of ASCII are checked eight bytes at a
// time.
//
// "Well-formed" follows the Unicode Standard, Table 3-7: no overlong forms,
// no surrogates (U+D800..U+DFFF), nothing above U+10FFFF, no truncated
// sequences. Repair replaces each *maximal subpart* of an ill-formed
// sequence with one U+FFFD (Unicode ch. 3 "U+FFFD Substitution of Maximal
// Subparts", the practice the WHATWG Encoding Standard requires), so e.g.
// "\xE2\x82" + "A" becomes U+FFFD "A" and "\xF0\x80\x80" becomes three
// U+FFFD (0x80 cannot follow 0xF0, so each byte is its own subpart).
//
// Tests: tests/utf8_test.cc.

#ifndef CHORUS_SRC_UTF8_H_
#define CHORUS_SRC_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace chorus {
namespace internal {

// Returned by FindInvalidUtf8 when the whole input is well-formed.
inline constexpr size_t kUtf8Valid = std::string_view::npos;

// Byte offset of the first byte of the first ill-formed sequence in `bytes`,
// or kUtf8Valid. A sequence cut short by the end of the input is ill-formed
// and reported at its lead byte.
size_t FindInvalidUtf8(std::string_view bytes);

inline bool IsValidUtf8(std::string_view bytes) {
  return FindInvalidUtf8(bytes) == kUtf8Valid;
}

// A copy of `bytes` in which each maximal subpart of an ill-formed sequence
// is replaced by U+FFFD (EF BF BD). Well-formed input is returned unchanged.
std::string RepairUtf8(std::string_view bytes);

// For readers that either reject or repair: when *bytes is well-formed, or
// `repair` is set, returns kUtf8Valid (after repairing, *bytes points at the
// repaired copy held in *storage); otherwise returns FindInvalidUtf8(*bytes).
size_t CheckOrRepairUtf8(std::string_view* bytes, bool repair,
                         std::string* storage);

// Appends the UTF-8 encoding of `cp`, which must be a Unicode scalar value
// (at most U+10FFFF, not a surrogate): 1 to 4 bytes.
void AppendUtf8(char32_t cp, std::string* out);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_UTF8_H_
