// Fuzzes the .json cluster reader (ParseClusterJson, include/chorus/loader.h).
// Flag byte: bit 0 lossy UTF-8, bit 1 a 64-byte article limit, bit 2 a
// limit of 2 articles.
// Invariants: an error names the input; success gives a cluster id, unique
// non-empty document ids, and texts that are valid UTF-8, not blank and
// within the limit. The in-place reader (src/cluster_json_fast.h) and
// nlohmann alone give the same status, message, cluster and warnings.

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "chorus/loader.h"
#include "fuzz_util.h"
#include "loader_internal.h"
#include "text_util.h"
#include "utf8.h"

namespace {

// The in-place reader (ParseCluster) against nlohmann alone.
void CheckSameAsNlohmann(std::string_view json, const chorus::LoadOptions& options) {
  using namespace chorus;
  Cluster fast, slow;
  std::vector<std::string> fast_warnings, slow_warnings;
  const Status a = internal::ParseCluster(json, "c.json", options, &fast, &fast_warnings);
  const Status b = internal::ParseClusterWithNlohmann(json, "c.json", options, &slow, &slow_warnings);
  CHORUS_FUZZ_CHECK(a.code() == b.code() && a.message() == b.message());
  CHORUS_FUZZ_CHECK(fast.id == slow.id && fast.docs.size() == slow.docs.size());
  for (size_t i = 0; i < fast.docs.size(); ++i) {
    const Document& x = fast.docs[i];
    const Document& y = slow.docs[i];
    CHORUS_FUZZ_CHECK(x.id == y.id && x.title == y.title && x.source == y.source &&
                      x.url == y.url && x.date == y.date && x.text == y.text &&
                      x.text_offset == y.text_offset);
  }
  CHORUS_FUZZ_CHECK(fast_warnings == slow_warnings);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace chorus;
  const fuzz::FuzzInput in = fuzz::SplitFlags(data, size);
  LoadOptions options;
  options.lossy_utf8 = (in.flags & 1) != 0;
  if (in.flags & 2) options.max_article_bytes = 64;
  if (in.flags & 4) options.max_articles = 2;

  Cluster cluster;
  std::vector<std::string> warnings;
  const Status s = ParseClusterJson(in.payload, "c.json", options, &cluster, &warnings);
  CheckSameAsNlohmann(in.payload, options);
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
