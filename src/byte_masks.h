// Byte tests sixteen bytes at a time for the text scanners, with the
// compiler's vector extensions (GCC and Clang: SSE2 on x86-64, NEON on
// AArch64, plain code elsewhere): a test such as `v == c` gives 0xFF or 0x00
// in each byte, exactly (no carry crosses bytes), and Mask16 turns the
// bytes into bits, bit k for the byte loaded from p[k] on any byte order.
// Tests: the scanners' differential tests (tests/ascii_words_test.cc,
// tests/ascii_sentences_test.cc, tests/noise_filter_test.cc).

#ifndef CHORUS_SRC_BYTE_MASKS_H_
#define CHORUS_SRC_BYTE_MASKS_H_

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <cstdint>
#include <cstring>

namespace chorus {
namespace internal {

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
