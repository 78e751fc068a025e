// Helpers shared by the libFuzzer targets in this folder (README.md).
//
// Every target reads its input the same way: the first byte (when there is
// one) selects options, the rest is the payload, so a seed file is a flag
// byte followed by readable text. CHORUS_FUZZ_CHECK turns a broken
// invariant into abort(), which libFuzzer reports as a crash with the input.
#ifndef CHORUS_TESTS_FUZZ_FUZZ_UTIL_H_
#define CHORUS_TESTS_FUZZ_FUZZ_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "format_internal.h"

#define CHORUS_FUZZ_CHECK(cond)                                                  \
  do {                                                                           \
    if (!(cond)) {                                                               \
      std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, \
                   #cond);                                                       \
      std::abort();                                                              \
    }                                                                            \
  } while (0)

namespace chorus {
namespace fuzz {

// The flag byte and the payload of a fuzz input.
struct FuzzInput {
  uint8_t flags = 0;
  std::string_view payload;
};

inline FuzzInput SplitFlags(const uint8_t* data, size_t size) {
  FuzzInput in;
  if (size == 0) return in;
  in.flags = data[0];
  in.payload = std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1);
  return in;
}

// `text` cut at every `sep` byte (k separators give k + 1 pieces).
inline std::vector<std::string_view> SplitOn(std::string_view text, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == sep) {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

// The output-safety rule of format_internal.h: valid UTF-8 with no terminal
// control except the line feed that ends each line.
inline bool IsSafeOutput(std::string_view out) {
  for (size_t i = 0; i < out.size();) {
    char32_t cp = 0;
    const size_t n = internal::DecodeUtf8(out, i, &cp);
    if (cp == 0xFFFD && out.compare(i, 3, "\xEF\xBF\xBD") != 0) return false;
    if (cp != '\n' && internal::IsTerminalControl(cp)) return false;
    i += n;
  }
  return true;
}

}  // namespace fuzz
}  // namespace chorus

#endif  // CHORUS_TESTS_FUZZ_FUZZ_UTIL_H_
