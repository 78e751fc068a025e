// Copyright (c) chorus developers.
//
// A reader for the usual shape of a JSON cluster, {"cluster": "...",
// "docs": [{"id": "...", "text": "...", ...}, ...]}, that scans strings in
// place: one copy per string, escapes decoded straight into it, no token
// buffer and no DOM. It is a shortcut in front of the nlohmann reader of
// cluster_json.cc, never a second definition of the format: it accepts only
// input it fully understands and that the nlohmann reader accepts, and
// then gives exactly that reader's result (cluster and warnings). On
// anything else (any error, or any unusual shape: numbers, nested values
// under unknown keys, escaped keys, a byte order mark, a NUL after the
// value, ...) it declines, and the caller runs the nlohmann reader, which
// gives today's result or message.
//
// Tests: tests/cluster_json_fast_test.cc (differential, against the
// nlohmann reader alone) and tests/fuzz/cluster_json_fuzzer.cc.

#ifndef CHORUS_SRC_CLUSTER_JSON_FAST_H_
#define CHORUS_SRC_CLUSTER_JSON_FAST_H_

#include <string>
#include <string_view>
#include <vector>

#include "chorus/loader.h"

namespace chorus {
namespace internal {

// `json` must be valid UTF-8 and within options.max_cluster_bytes (the
// caller checks both first). Returns true after writing *cluster (the
// "cluster" field as given, empty when absent or null) and appending the
// empty-article warnings to *warnings (which may be null), exactly as
// ParseCluster's nlohmann path would on success. Returns false, having
// written nothing, when it declines (see above). `name` only appears in
// warnings. Reentrant.
bool FastParseCluster(std::string_view json, const std::string& name,
                      const LoadOptions& options, Cluster* cluster,
                      std::vector<std::string>* warnings);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_CLUSTER_JSON_FAST_H_
