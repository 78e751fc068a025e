// A hash for short strings (words, word forms, stems), cheaper than
// std::hash<std::string_view> (libstdc++'s murmur over bytes, `_Hash_bytes`)
// on the 2-15 byte strings the analyzer hashes for every token: eight bytes
// at a time, the tail read as two overlapping loads, one final mix. Every bit
// of the result depends on every input byte, so both the low bits (open
// addressing masks) and the bits above 16 (StemCache's slot) are usable.
// Only lookup structures use it: it decides where an entry sits, never which
// entry a lookup finds, so no output depends on it. Deterministic across runs
// and platforms of the same endianness. SameWordBytes compares such strings.
// Tests: tests/term_dictionary_test.cc.

#ifndef CHORUS_SRC_WORD_HASH_H_
#define CHORUS_SRC_WORD_HASH_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace chorus {
namespace internal {

inline uint64_t WordHashLoad64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

inline uint64_t WordHashLoad32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

inline size_t WordHash(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (static_cast<uint64_t>(n) * 0xFF51AFD7ED558CCDull);
  while (n > 8) {
    h = (h ^ WordHashLoad64(p)) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  // The last 1-8 bytes (the length is mixed in above, so overlaps are fine).
  uint64_t t;
  if (n == 8) {
    t = WordHashLoad64(p);
  } else if (n >= 4) {
    t = WordHashLoad32(p) | (WordHashLoad32(p + n - 4) << 32);
  } else if (n > 0) {
    t = (static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
        (static_cast<uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8) |
        static_cast<unsigned char>(p[n - 1]);
  } else {
    t = 0;
  }
  h = (h ^ t) * 0x94D049BB133111EBull;
  h ^= h >> 32;
  h *= 0xD6E8FEB93EBE0B4Bull;
  h ^= h >> 29;
  return static_cast<size_t>(h);
}

// a[0, n) == b[0, n), for the same short strings: overlapping loads inside
// both ranges instead of a call to memcmp (never reads outside them).
inline bool SameWordBytes(const char* a, const char* b, size_t n) {
  if (n > 16) return std::memcmp(a, b, n) == 0;
  if (n >= 8)
    return WordHashLoad64(a) == WordHashLoad64(b) &&
           WordHashLoad64(a + n - 8) == WordHashLoad64(b + n - 8);
  if (n >= 4)
    return WordHashLoad32(a) == WordHashLoad32(b) &&
           WordHashLoad32(a + n - 4) == WordHashLoad32(b + n - 4);
  for (size_t k = 0; k < n; ++k)
    if (a[k] != b[k]) return false;
  return true;
}

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_WORD_HASH_H_
