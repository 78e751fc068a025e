// Makes the benchmark inputs from the DUC sets in ../shared/data. The data is
// licensed: the output goes to a folder outside the repository (default
// /tmp/chorus-bench), never into it. Usage:
//   make_inputs [--data DIR] [--out DIR] [--clusters N] [--seed S]
// Writes, deterministically for a given seed and data:
//   OUT/batch.jsonl    N clusters (default 5000), each 5-30 articles drawn
//                      without repeats from the pooled DUC 2003 + 2006
//                      articles (each id once), in pool order;
//   OUT/big-1k.json, big-10k.json, big-100k.json
//                      one cluster each: the pooled articles in order,
//                      cycled (repeats get the id suffix "~rN") until the
//                      ICU sentence count reaches 1,000 / 10,000 / 100,000.
// Article fields kept: id, title, date, text (references and queries are
// dropped). See bench/README.md.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "sentence_segmenter.h"

namespace {

using Json = nlohmann::json;

// splitmix64 (Steele, Lea & Flood 2014): fixed output on every platform,
// unlike the std:: distributions.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }

 private:
  uint64_t state_;
};

// Every article of every cluster of the sets, in file order; an id seen
// before (a few articles are in two clusters) is skipped.
bool ReadPool(const std::string& data, std::vector<Json>* pool) {
  std::set<std::string> seen;
  for (const char* set : {"duc2003", "duc2006"}) {
    const std::string path = data + "/" + set + "/clusters.jsonl";
    std::ifstream in(path);
    if (!in) {
      std::fprintf(stderr, "make_inputs: cannot read %s\n", path.c_str());
      return false;
    }
    for (std::string line; std::getline(in, line);) {
      if (line.empty()) continue;
      Json cluster = Json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (cluster.is_discarded() || !cluster.contains("docs")) {
        std::fprintf(stderr, "make_inputs: %s: unreadable line\n", path.c_str());
        return false;
      }
      for (const Json& d : cluster["docs"]) {
        if (!seen.insert(d.value("id", "")).second) continue;
        Json doc = {{"id", d.value("id", "")}, {"text", d.value("text", "")}};
        if (d.contains("title")) doc["title"] = d["title"];
        if (d.contains("date")) doc["date"] = d["date"];
        pool->push_back(std::move(doc));
      }
    }
  }
  return true;
}

bool WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  return static_cast<bool>(out.flush());
}

// `clusters` clusters of 5-30 distinct pool articles, one per line.
std::string MakeBatch(const std::vector<Json>& pool, size_t clusters, uint64_t seed) {
  Rng rng(seed);
  std::string out;
  std::vector<char> taken(pool.size(), 0);
  for (size_t c = 0; c < clusters; ++c) {
    const size_t k = 5 + rng.Below(26);
    std::vector<size_t> picks;
    while (picks.size() < k) {
      const size_t i = rng.Below(pool.size());
      if (!taken[i]) taken[i] = 1, picks.push_back(i);
    }
    std::sort(picks.begin(), picks.end());
    Json cluster = {{"cluster", "g" + std::to_string(100000 + c).substr(1)}, {"docs", Json::array()}};
    for (size_t i : picks) cluster["docs"].push_back(pool[i]), taken[i] = 0;
    out += cluster.dump() + "\n";
  }
  return out;
}

// One cluster of the pool's articles in order, cycled, up to `sentences`.
std::string MakeBig(const std::vector<Json>& pool, const std::vector<size_t>& counts,
                    size_t sentences, const std::string& id) {
  Json cluster = {{"cluster", id}, {"docs", Json::array()}};
  size_t total = 0;
  for (size_t k = 0; total < sentences; ++k) {
    const size_t i = k % pool.size(), round = k / pool.size();
    Json doc = pool[i];
    if (round > 0) doc["id"] = doc["id"].get<std::string>() + "~r" + std::to_string(round);
    cluster["docs"].push_back(std::move(doc));
    total += counts[i];
  }
  std::fprintf(stderr, "make_inputs: %s: %zu articles, %zu sentences\n", id.c_str(),
               cluster["docs"].size(), total);
  return cluster.dump() + "\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = "../shared/data", out = "/tmp/chorus-bench";
  size_t clusters = 5000;
  uint64_t seed = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i], v = argv[i + 1];
    if (a == "--data") data = v;
    else if (a == "--out") out = v;
    else if (a == "--clusters") clusters = std::strtoul(v.c_str(), nullptr, 10);
    else if (a == "--seed") seed = std::strtoull(v.c_str(), nullptr, 10);
    else {
      std::fprintf(stderr, "usage: make_inputs [--data DIR] [--out DIR] [--clusters N] [--seed S]\n");
      return 2;
    }
  }
  std::vector<Json> pool;
  if (!ReadPool(data, &pool) || pool.size() < 30) return 1;
  std::unique_ptr<chorus::internal::SentenceSegmenter> segmenter;
  if (!chorus::internal::SentenceSegmenter::Create("en", &segmenter).ok()) return 1;
  std::vector<size_t> counts;
  for (const Json& d : pool)
    counts.push_back(segmenter->Segment(d["text"].get<std::string>()).sentences.size());

  std::filesystem::create_directories(out);
  bool ok = WriteFile(out + "/batch.jsonl", MakeBatch(pool, clusters, seed));
  for (auto [n, name] : {std::pair<size_t, const char*>{1000, "big-1k"}, {10000, "big-10k"},
                         {100000, "big-100k"}})
    ok = ok && WriteFile(out + "/" + name + ".json", MakeBig(pool, counts, n, name));
  if (!ok) {
    std::fprintf(stderr, "make_inputs: cannot write to %s\n", out.c_str());
    return 1;
  }
  std::fprintf(stderr, "make_inputs: %zu pooled articles; wrote %s\n", pool.size(), out.c_str());
  return 0;
}
