// Copyright (c) chorus developers.
//
// Stable hashing and file names for batch output: FNV-1a 64 (Fowler, Noll,
// Vo) decides both the shard of a cluster and the hash suffix that keeps
// sanitized file names distinct. Contracts in include/chorus/batch.h.
//
// Tests: tests/batch_test.cc.

#include <cctype>
#include <cstdio>

#include "chorus/batch.h"

namespace chorus {

namespace {

constexpr size_t kMaxPrefixBytes = 64;

bool SafeByte(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         c == '_' || c == '-' || c == '.';
}

bool IsReserved(std::string_view id) {
  constexpr std::string_view kManifest = "manifest";
  if (id.size() != kManifest.size()) return false;
  for (size_t i = 0; i < id.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(id[i])) != kManifest[i]) return false;
  return true;
}

}  // namespace

uint64_t Fnv1a64(std::string_view bytes) {
  uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

uint32_t ShardOf(std::string_view id, uint32_t shard_count) {
  return static_cast<uint32_t>(Fnv1a64(id) % shard_count);
}

std::string SafeFileName(std::string_view id) {
  std::string name;
  bool changed = id.empty() || IsReserved(id);
  for (size_t i = 0; i < id.size() && name.size() < kMaxPrefixBytes; ++i) {
    const unsigned char c = static_cast<unsigned char>(id[i]);
    const bool bad_dot = c == '.' && (name.empty() || name.back() == '.');
    if (SafeByte(c) && !bad_dot) {
      name.push_back(static_cast<char>(c));
    } else {
      name.push_back('_');
      changed = true;
    }
  }
  if (id.size() > kMaxPrefixBytes) changed = true;
  if (changed) {
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(Fnv1a64(id)));
    name += '~';
    name += hex;
  }
  return name;
}

}  // namespace chorus
