// Byte tests eight bytes at a time (SWAR) for the text scanners: each
// returns a word with the high bit of byte k set exactly when byte k of the
// input passes (no carry or borrow crosses from one byte to the next, so
// every bit is exact, not only the lowest). Byte k of a word loaded with
// LoadBytes(p) is p[k] on a little-endian machine; callers that turn a bit
// back into an offset take the scalar path on other machines.
// Bytes16 does the same sixteen bytes at a time with the compiler's vector
// extensions (GCC and Clang: SSE2 on x86-64, NEON on AArch64), where a test
// gives 0xFF or 0x00 per byte and Mask16 turns the bytes into bits.
// Tests: tests/ascii_sentences_test.cc, tests/noise_filter_test.cc,
// tests/ascii_words_test.cc.

#ifndef CHORUS_SRC_BYTE_MASKS_H_
#define CHORUS_SRC_BYTE_MASKS_H_

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <bit>
#include <cstdint>
#include <cstring>

namespace chorus {
namespace internal {

inline constexpr bool kByteMasksUsable = std::endian::native == std::endian::little;
inline constexpr uint64_t kByteOnes = 0x0101010101010101ULL;
inline constexpr uint64_t kByteHighs = 0x8080808080808080ULL;
inline constexpr uint64_t kByteLow7s = 0x7F7F7F7F7F7F7F7FULL;

inline uint64_t LoadBytes(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// Bytes equal to 0.
inline uint64_t BytesZero(uint64_t w) { return ~(((w & kByteLow7s) + kByteLow7s) | w) & kByteHighs; }

// Bytes equal to `c`.
inline uint64_t BytesEqual(uint64_t w, uint8_t c) { return BytesZero(w ^ (kByteOnes * c)); }

// Bytes >= 0x80.
inline uint64_t BytesHigh(uint64_t w) { return w & kByteHighs; }

// The offset (0-7) of the lowest flagged byte of a non-zero mask.
inline unsigned FirstByte(uint64_t mask) { return static_cast<unsigned>(std::countr_zero(mask)) / 8; }

// Sixteen bytes; `v == c` and the like give 0xFF or 0x00 in each byte (as
// a vector of signed chars: cast it back with Bytes16(...)).
typedef uint8_t Bytes16 __attribute__((vector_size(16)));

inline Bytes16 Load16(const char* p) {
  Bytes16 v;
  std::memcpy(&v, p, 16);
  return v;
}

// Bit k set exactly when byte k of `v` has its high bit set (byte k is the
// one loaded from p[k], on any byte order).
inline uint32_t Mask16(Bytes16 v) {
#if defined(__SSE2__)
  return static_cast<uint32_t>(_mm_movemask_epi8(reinterpret_cast<__m128i>(v)));
#else
  uint32_t mask = 0;
  for (int k = 0; k < 16; ++k) mask |= static_cast<uint32_t>(v[k] >> 7) << k;
  return mask;
#endif
}

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_BYTE_MASKS_H_
