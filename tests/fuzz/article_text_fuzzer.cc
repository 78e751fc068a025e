// Fuzzes the .txt article reader (ParseArticleText, include/chorus/loader.h).
// Flag byte: bit 0 lossy UTF-8, bit 1 a 64-byte article limit.
// Invariants: success gives valid UTF-8 text and a one-line title; without
// repair the text is the file's bytes from text_offset on; *empty matches
// the text being blank.

#include <cstddef>
#include <cstdint>
#include <string>

#include "chorus/loader.h"
#include "fuzz_util.h"
#include "text_util.h"
#include "utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chorus;
  const fuzz::FuzzInput in = fuzz::SplitFlags(data, size);
  LoadOptions options;
  options.lossy_utf8 = (in.flags & 1) != 0;
  if (in.flags & 2) options.max_article_bytes = 64;

  Document doc;
  bool empty = false;
  const Status s = ParseArticleText(in.payload, "a.txt", "a.txt", options, &doc, &empty);
  if (!s.ok()) {
    CHORUS_FUZZ_CHECK(s.message().starts_with("a.txt"));
    CHORUS_FUZZ_CHECK(s.code() == Status::Code::kInvalidInput ||
                      s.code() == Status::Code::kLimitExceeded);
    return 0;
  }
  CHORUS_FUZZ_CHECK(in.payload.size() <= options.max_article_bytes);
  CHORUS_FUZZ_CHECK(doc.id == "a.txt");
  CHORUS_FUZZ_CHECK(internal::IsValidUtf8(doc.text));
  CHORUS_FUZZ_CHECK(internal::IsValidUtf8(doc.title));
  CHORUS_FUZZ_CHECK(doc.title.find_first_of("\r\n") == std::string::npos);
  CHORUS_FUZZ_CHECK(empty == internal::IsBlank(doc.text));
  if (!options.lossy_utf8 || internal::IsValidUtf8(in.payload)) {
    CHORUS_FUZZ_CHECK(doc.text_offset <= in.payload.size());
    CHORUS_FUZZ_CHECK(in.payload.substr(doc.text_offset) == doc.text);
  }
  return 0;
}
