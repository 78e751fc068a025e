// Fuzzes the .json cluster reader (ParseClusterJson, include/chorus/loader.h).
// Flag byte: bit 0 lossy UTF-8, bit 1 a 64-byte article limit.
// Invariants: an error names the input; success gives a cluster id, unique
// non-empty document ids, and texts that are valid UTF-8, not blank and
// within the limit.

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

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

  Cluster cluster;
  std::vector<std::string> warnings;
  const Status s = ParseClusterJson(in.payload, "c.json", options, &cluster, &warnings);
  if (!s.ok()) {
    CHORUS_FUZZ_CHECK(s.message().starts_with("c.json"));
    CHORUS_FUZZ_CHECK(cluster.id.empty() && cluster.docs.empty());
    return 0;
  }
  CHORUS_FUZZ_CHECK(!cluster.id.empty());
  std::set<std::string> ids;
  for (const Document& doc : cluster.docs) {
    CHORUS_FUZZ_CHECK(!doc.id.empty());
    CHORUS_FUZZ_CHECK(ids.insert(doc.id).second);
    CHORUS_FUZZ_CHECK(doc.text.size() <= options.max_article_bytes);
    CHORUS_FUZZ_CHECK(!internal::IsBlank(doc.text));
    for (const std::string* field : {&doc.id, &doc.title, &doc.source, &doc.url,
                                     &doc.date, &doc.text})
      CHORUS_FUZZ_CHECK(internal::IsValidUtf8(*field));
  }
  for (const std::string& w : warnings) CHORUS_FUZZ_CHECK(!w.empty());
  return 0;
}
