// Fuzzes the batch line reader: RunBatch (batch.h) in stream mode on one
// thread, the payload being the JSONL input. This covers the whole path of
// a line: reading and blank-line skipping, parsing (lossy or not), duplicate
// ids, summarizing and the json digest or error record.
// Flag byte: bit 0 lossy UTF-8, bit 1 a 64-byte article limit and a
// 256-byte line limit (--max-cluster-bytes), bit 2 a 10-word budget, bits 3-4 shard index of 2 shards (0, 1) or 1 shard.
// Invariants: RunBatch succeeds; one record line per non-blank input line
// of the shard, each a JSON object on one line, terminal-safe; ok + failed
// records add up.

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "chorus/batch.h"
#include "fuzz_util.h"

namespace {

using namespace chorus;

BatchOptions OptionsFor(uint8_t flags) {
  BatchOptions o;
  o.out_dir = "-";
  o.threads = 1;
  o.timing = false;
  o.load.lossy_utf8 = (flags & 1) != 0;
  if (flags & 2) {
    o.load.max_article_bytes = 64;
    o.load.max_cluster_bytes = 256;
  }
  if (flags & 4) o.summarizer.budget = 10;
  if (flags & 8) {
    o.shard_count = 2;
    o.shard_index = (flags >> 4) & 1;
  }
  return o;
}

// Lines RunBatch does not skip as blank (its own rule, see batch.cc): a
// line over the size limit is an error record, blank or not.
size_t NonBlankLines(std::string_view text, size_t max_bytes) {
  size_t n = 0;
  for (std::string_view line : fuzz::SplitOn(text, '\n')) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    n += line.size() > max_bytes || line.find_first_not_of(" \t\r\f\v") != std::string_view::npos;
  }
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const fuzz::FuzzInput in = fuzz::SplitFlags(data, size);
  const BatchOptions options = OptionsFor(in.flags);
  std::istringstream input{std::string(in.payload)};
  std::ostringstream sink;
  BatchResult result;
  const Status s = RunBatch({{"in.jsonl", &input}}, options, &sink, &result);
  CHORUS_FUZZ_CHECK(s.ok());

  const std::string out = sink.str();
  CHORUS_FUZZ_CHECK(out.empty() || out.back() == '\n');
  CHORUS_FUZZ_CHECK(fuzz::IsSafeOutput(out));
  size_t records = 0;
  for (std::string_view line : fuzz::SplitOn(out, '\n')) {
    if (line.empty()) continue;
    ++records;
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    CHORUS_FUZZ_CHECK(j.is_object());
  }
  CHORUS_FUZZ_CHECK(records == result.ok + result.failed);
  if (options.shard_count == 1) CHORUS_FUZZ_CHECK(records == NonBlankLines(in.payload, options.load.max_cluster_bytes));
  return 0;
}
