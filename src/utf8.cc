// Copyright (c) chorus developers.
//
// UTF-8 validation and repair (see utf8.h). Tests: tests/utf8_test.cc.

#include "utf8.h"

#include <cstdint>
#include <cstring>

namespace chorus {
namespace internal {

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

// Length of the run of ASCII bytes at the start of p[0, n), testing eight
// bytes per step (memcpy keeps the unaligned load well-defined).
size_t AsciiRun(const unsigned char* p, size_t n) {
  size_t i = 0;
  while (i + 8 <= n) {
    uint64_t word;
    std::memcpy(&word, p + i, 8);
    if ((word & 0x8080808080808080ull) != 0) break;
    i += 8;
  }
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

// Examines the multi-byte sequence at p[0] (a non-ASCII byte; n >= 1 bytes
// remain). Sets *ok and returns the length of the well-formed sequence, or of
// the maximal subpart (>= 1) when ill-formed. Byte ranges are those of
// Unicode Table 3-7: the second byte's range depends on the lead byte (this
// is what excludes overlongs, surrogates and values above U+10FFFF), later
// bytes are always 80..BF.
size_t ScanSequence(const unsigned char* p, size_t n, bool* ok) {
  const unsigned char lead = p[0];
  size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    len = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    len = 3;
    if (lead == 0xE0) lo = 0xA0;  // overlong below U+0800
    if (lead == 0xED) hi = 0x9F;  // surrogates U+D800..U+DFFF
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    len = 4;
    if (lead == 0xF0) lo = 0x90;  // overlong below U+10000
    if (lead == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    *ok = false;  // 80..C1 (continuation, overlong lead) or F5..FF
    return 1;
  }
  size_t k = 1;
  for (; k < len && k < n; ++k) {
    const unsigned char b = p[k];
    if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) break;
  }
  *ok = k == len;
  return k;
}

}  // namespace

size_t FindInvalidUtf8(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (true) {
    i += AsciiRun(p + i, n - i);
    if (i == n) return kUtf8Valid;
    bool ok = false;
    const size_t len = ScanSequence(p + i, n - i, &ok);
    if (!ok) return i;
    i += len;
  }
}

std::string RepairUtf8(std::string_view bytes) {
  size_t i = FindInvalidUtf8(bytes);
  if (i == kUtf8Valid) return std::string(bytes);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  std::string out;
  out.reserve(n + n / 8);
  out.append(bytes.data(), i);
  while (i < n) {
    const size_t ascii = AsciiRun(p + i, n - i);
    out.append(bytes.data() + i, ascii);
    i += ascii;
    if (i == n) break;
    bool ok = false;
    const size_t len = ScanSequence(p + i, n - i, &ok);
    if (ok) {
      out.append(bytes.data() + i, len);
    } else {
      out.append(kReplacement, 3);
    }
    i += len;
  }
  return out;
}

size_t CheckOrRepairUtf8(std::string_view* bytes, bool repair,
                         std::string* storage) {
  const size_t bad = FindInvalidUtf8(*bytes);
  if (bad == kUtf8Valid || !repair) return bad;
  *storage = RepairUtf8(*bytes);
  *bytes = *storage;
  return kUtf8Valid;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace internal
}  // namespace chorus
