// Tests of src/utf8.h: validity offsets, maximal-subpart repair, and a
// differential check of the fast validator against a textbook decoder.

#include "utf8.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>

namespace chorus {
namespace internal {
namespace {

constexpr size_t kValid = kUtf8Valid;

struct ValidityCase {
  const char* name;
  std::string bytes;
  size_t first_invalid;
};

TEST_CASE("FindInvalidUtf8 reports the first ill-formed byte", "[input]") {
  const std::string run17(17, 'a');
  const ValidityCase cases[] = {
      {"empty", "", kValid},
      {"ascii", "hello, world", kValid},
      {"nul byte", std::string("a\0b", 3), kValid},
      {"2-byte", "caf\xC3\xA9", kValid},
      {"3-byte euro", "\xE2\x82\xAC", kValid},
      {"U+D7FF before surrogates", "\xED\x9F\xBF", kValid},
      {"U+E000 after surrogates", "\xEE\x80\x80", kValid},
      {"4-byte G clef", "x\xF0\x9D\x84\x9Ey", kValid},
      {"U+10FFFF", "\xF4\x8F\xBF\xBF", kValid},
      {"long mixed", run17 + "\xC3\xA9" + run17 + "\xF0\x9F\x98\x80", kValid},
      {"overlong slash C0", "ab\xC0\xAF", 2},
      {"overlong C1", "\xC1\xBF", 0},
      {"overlong 3-byte", "\xE0\x80\xAF", 0},
      {"overlong U+07FF", "\xE0\x9F\xBF", 0},
      {"overlong 4-byte", "\xF0\x80\x80\xAF", 0},
      {"overlong U+FFFF", "\xF0\x8F\xBF\xBF", 0},
      {"high surrogate", "a\xED\xA0\x80", 1},
      {"low surrogate", "\xED\xBF\xBF", 0},
      {"above U+10FFFF", "\xF4\x90\x80\x80", 0},
      {"F5 lead", "\xF5\x80\x80\x80", 0},
      {"FF byte", "ok\xFF", 2},
      {"lone continuation",
       "a\x80"
       "b",
       1},
      {"truncated 2-byte at end", "x\xC3", 1},
      {"truncated 3-byte at end", "ab\xE2\x82", 2},
      {"truncated 4-byte at end", "\xF0\x9F\x98", 0},
      {"truncated 3-byte before ascii",
       "\xE2\x82"
       "A",
       0},
      {"after 8-byte ascii blocks", run17 + "\xFF", 17},
      {"after multibyte in block",
       "abc\xC3\xA9"
       "defgh\xC3(",
       10},
  };
  for (const ValidityCase& c : cases) {
    INFO(c.name);
    CHECK(FindInvalidUtf8(c.bytes) == c.first_invalid);
    CHECK(IsValidUtf8(c.bytes) == (c.first_invalid == kValid));
  }
}

struct RepairCase {
  const char* name;
  std::string bytes;
  std::string repaired;
};

#define FFFD "\xEF\xBF\xBD"

TEST_CASE("RepairUtf8 replaces each maximal subpart with U+FFFD", "[input]") {
  const RepairCase cases[] = {
      {"valid unchanged", "caf\xC3\xA9 \xF0\x9F\x98\x80",
       "caf\xC3\xA9 \xF0\x9F\x98\x80"},
      {"empty", "", ""},
      // The example of Unicode 15, Table 3-8.
      {"unicode table 3-8",
       "\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64",
       "a" FFFD FFFD FFFD "b" FFFD "c" FFFD FFFD "d"},
      {"truncated 3-byte is one subpart",
       "\xE2\x82"
       "A",
       FFFD "A"},
      {"truncated 4-byte at end", "ok\xF0\x9F\x98", "ok" FFFD},
      {"overlong: every byte", "\xF0\x80\x80", FFFD FFFD FFFD},
      {"overlong 2-byte", "\xC0\xAF", FFFD FFFD},
      {"surrogate: every byte", "\xED\xA0\x80", FFFD FFFD FFFD},
      {"above U+10FFFF", "\xF4\x90\x80\x80", FFFD FFFD FFFD FFFD},
      {"FF then valid", "\xFF\xC3\xA9", FFFD "\xC3\xA9"},
      {"lone continuations",
       "a\x80\x80"
       "b",
       "a" FFFD FFFD "b"},
  };
  for (const RepairCase& c : cases) {
    INFO(c.name);
    const std::string out = RepairUtf8(c.bytes);
    CHECK(out == c.repaired);
    CHECK(IsValidUtf8(out));
  }
}

TEST_CASE("CheckOrRepairUtf8 rejects or repairs", "[input]") {
  std::string storage;
  std::string_view bytes = "ok\xFF";
  CHECK(CheckOrRepairUtf8(&bytes, false, &storage) == 2);
  CHECK(bytes == "ok\xFF");  // untouched when rejecting
  CHECK(CheckOrRepairUtf8(&bytes, true, &storage) == kValid);
  CHECK(bytes == "ok" FFFD);
  CHECK(bytes.data() == storage.data());
  std::string_view valid = "fine";
  CHECK(CheckOrRepairUtf8(&valid, true, &storage) == kValid);
  CHECK(valid == "fine");
}

// The obvious decoder: read the length from the lead byte's bit pattern,
// decode the code point, then reject overlongs, surrogates and values above
// U+10FFFF. Returns the first invalid offset, or kValid.
size_t ReferenceFindInvalid(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    size_t n = b0 < 0x80         ? 1
               : (b0 >> 5) == 6  ? 2
               : (b0 >> 4) == 14 ? 3
               : (b0 >> 3) == 30 ? 4
                                 : 0;
    if (n == 0 || i + n > s.size()) return i;
    uint32_t cp = n == 1 ? b0 : b0 & (0x7F >> n);
    for (size_t k = 1; k < n; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (b & 0x3F);
    }
    const uint32_t min_for_length[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_for_length[n] || (cp >= 0xD800 && cp <= 0xDFFF) ||
        cp > 0x10FFFF)
      return i;
    i += n;
  }
  return kValid;
}

TEST_CASE("FindInvalidUtf8 agrees with a textbook decoder", "[input]") {
  std::mt19937 rng(20240601);
  // Bytes drawn mostly from the interesting ranges: ASCII, continuation
  // bytes, and every kind of lead byte.
  const unsigned char alphabet[] = {'a',  ' ',  0x7F, 0x80, 0x8F, 0x90, 0x9F,
                                    0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0,
                                    0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1,
                                    0xF3, 0xF4, 0xF5, 0xFF};
  std::uniform_int_distribution<size_t> pick(0, sizeof(alphabet) - 1);
  std::uniform_int_distribution<size_t> length(0, 24);
  for (int trial = 0; trial < 200000; ++trial) {
    std::string s(length(rng), '\0');
    for (char& c : s) c = static_cast<char>(alphabet[pick(rng)]);
    const size_t expected = ReferenceFindInvalid(s);
    const size_t got = FindInvalidUtf8(s);
    if (got != expected) {
      FAIL_CHECK("mismatch on trial " << trial << ": got " << got << ", want "
                                      << expected);
      break;
    }
    const std::string repaired = RepairUtf8(s);
    if (!IsValidUtf8(repaired) || (expected == kValid && repaired != s)) {
      FAIL_CHECK("bad repair on trial " << trial);
      break;
    }
  }
}

TEST_CASE("FindInvalidUtf8 handles large ASCII input", "[input]") {
  std::string big(32 << 20, 'x');
  big.back() = '\xFF';
  CHECK(FindInvalidUtf8(big) == big.size() - 1);
}

TEST_CASE("AppendUtf8 encodes each length at its boundaries", "[input]") {
  const std::pair<char32_t, const char*> kCases[] = {
      {0x41, "A"},                  {0x7F, "\x7F"},
      {0x80, "\xC2\x80"},         {0x7FF, "\xDF\xBF"},
      {0x800, "\xE0\xA0\x80"},    {0xFFFD, "\xEF\xBF\xBD"},
      {0xFFFF, "\xEF\xBF\xBF"},   {0x10000, "\xF0\x90\x80\x80"},
      {0x10FFFF, "\xF4\x8F\xBF\xBF"}};
  for (const auto& [cp, utf8] : kCases) {
    INFO("U+" << std::hex << static_cast<uint32_t>(cp));
    std::string out = "a";
    AppendUtf8(cp, &out);
    CHECK(out == "a" + std::string(utf8));
    CHECK(IsValidUtf8(out));
  }
}

}  // namespace
}  // namespace internal
}  // namespace chorus
