// Internals shared by the loader's two files: document_loader.cc (files,
// folders, .txt articles) and cluster_json.cc (JSON clusters).
#ifndef CHORUS_SRC_LOADER_INTERNAL_H_
#define CHORUS_SRC_LOADER_INTERNAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "chorus/loader.h"

namespace chorus {
namespace internal {

// "WHERE: WHAT" as InvalidInput.
inline Status Invalid(const std::string& where, std::string_view what) {
  return Status::InvalidInput(where + ": " + std::string(what));
}

// An article over LoadOptions::max_article_bytes.
inline Status TooLarge(const std::string& what, size_t size, size_t limit) {
  return Status::LimitExceeded(what + ": " + std::to_string(size) +
                               " bytes, larger than the limit of " + std::to_string(limit) +
                               " bytes (max_article_bytes)");
}

// ParseClusterJson, except that the cluster id stays empty when the JSON
// has no "cluster" field (LoadCluster then looks further).
Status ParseCluster(std::string_view json, const std::string& name, const LoadOptions& options,
                    Cluster* cluster, std::vector<std::string>* warnings);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_LOADER_INTERNAL_H_
