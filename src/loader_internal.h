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

// "WHAT: article is SIZE bytes, over the limit of LIMIT bytes (raise it
// with --max-article-bytes)": an article over LoadOptions::max_article_bytes.
inline Status TooLarge(const std::string& what, size_t size, size_t limit) {
  return Status::LimitExceeded(what + ": article is " + std::to_string(size) +
                               " bytes, over the limit of " + std::to_string(limit) +
                               " bytes (raise it with --max-article-bytes)");
}

// "WHAT: cluster is SIZE bytes, over the limit of LIMIT bytes (raise it
// with --max-cluster-bytes)": JSON over LoadOptions::max_cluster_bytes.
inline Status ClusterTooLarge(const std::string& what, size_t size, size_t limit) {
  return Status::LimitExceeded(what + ": cluster is " + std::to_string(size) +
                               " bytes, over the limit of " + std::to_string(limit) +
                               " bytes (raise it with --max-cluster-bytes)");
}

// "WHERE: cluster has COUNT articles, over the limit of LIMIT (raise it with
// --max-articles)": a cluster over LoadOptions::max_articles.
inline Status TooManyArticles(const std::string& where, size_t count, size_t limit) {
  return Status::LimitExceeded(where + ": cluster has " + std::to_string(count) +
                               " articles, over the limit of " + std::to_string(limit) +
                               " (raise it with --max-articles)");
}

// ParseClusterJson, except that the cluster id stays empty when the JSON
// has no "cluster" field (LoadCluster then looks further), and that when
// the id was read but the documents fail, *cluster is that id alone (batch
// names the cluster in the error).
Status ParseCluster(std::string_view json, const std::string& name, const LoadOptions& options,
                    Cluster* cluster, std::vector<std::string>* warnings);

// ParseCluster through nlohmann alone, without the in-place reader
// (cluster_json_fast.h): the reference that reader is tested against.
Status ParseClusterWithNlohmann(std::string_view json, const std::string& name,
                                const LoadOptions& options, Cluster* cluster,
                                std::vector<std::string>* warnings);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_LOADER_INTERNAL_H_
