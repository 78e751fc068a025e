// AppendJsonString and SafeLine (plain ASCII runs copied whole) against the
// obvious versions: every character decoded, then escaped or re-encoded.
#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "format_internal.h"
#include "text_util.h"
#include "utf8.h"

namespace chorus {
namespace internal {
namespace {

std::string SlowJsonString(std::string_view text) {
  std::string out = "\"";
  for (size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    i += DecodeUtf8(text, i, &cp);
    if (cp == '"' || cp == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(cp));
    } else if (IsTerminalControl(cp) || cp == 0x2028 || cp == 0x2029 || cp == '<' ||
               cp == '>' || cp == '&') {
      AppendUnicodeEscape(cp, &out);
    } else {
      AppendUtf8(cp, &out);
    }
  }
  return out + "\"";
}

std::string SlowSafeLine(std::string_view text) {
  const std::string collapsed = CollapseWhitespace(text);
  std::string out;
  for (size_t i = 0; i < collapsed.size();) {
    char32_t cp = 0;
    i += DecodeUtf8(collapsed, i, &cp);
    if (IsTerminalControl(cp)) AppendUnicodeEscape(cp, &out);
    else AppendUtf8(cp, &out);
  }
  return out;
}

std::string Fast(std::string_view text) {
  std::string out = "prefix";  // appends: what is there stays
  AppendJsonString(text, &out);
  return out.substr(6);
}

}  // namespace

TEST_CASE("JSON strings and safe lines: plain runs copied whole equal the character-wise escape", "[format]") {
  const std::vector<std::string> pieces = {
      "a", "Z", " ", "~", "\"", "\\", "<", ">", "&", "\x01", "\x1F", "\x7F", "\t", "\n",
      "\xC2\x80", "\xC2\x9F", "\xC3\xA9", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\x8E",
      "\xE2\x80\x99", "\xF0\x9F\x98\x80", "\xFF", "\xC3", "\xE2\x80", "\xED\xA0\x80",
      "\xC0\xAF", "plain words, with 1,234 digits."};
  CHECK(Fast("") == "\"\"");
  CHECK(Fast("abc") == "\"abc\"");
  CHECK(Fast("a\"b<c") == SlowJsonString("a\"b<c"));
  for (const std::string& p : pieces) {
    CHECK(Fast(p) == SlowJsonString(p));
    CHECK(SafeLine(p) == SlowSafeLine(p));
  }
  std::mt19937 rng(11);
  size_t mismatches = 0;
  for (int k = 0; k < 20000; ++k) {
    std::string text;
    const int n = static_cast<int>(rng() % 12);
    for (int j = 0; j < n; ++j) {
      if (rng() % 3 == 0) text += static_cast<char>(rng() % 256);
      else text += pieces[rng() % pieces.size()];
    }
    if (Fast(text) != SlowJsonString(text)) ++mismatches;
    if (SafeLine(text) != SlowSafeLine(text)) ++mismatches;
  }
  CHECK(mismatches == 0);
}

}  // namespace internal
}  // namespace chorus
