// Copyright (c) chorus developers.
//
// Batch summarization: many clusters, one JSONL line each (the
// ../shared/data format: {"cluster", "docs": [...]}, extra keys ignored),
// summarized in parallel into one output file per cluster plus a manifest.
//
// Contract of RunBatch:
//   * Streaming. Lines are read as the threads need them and summarized in
//     parallel, each cluster on one thread (no nested parallelism); records
//     are written in input order. At most 8 × threads clusters are in flight
//     (read, not yet written); a slow cluster holds back only the writing,
//     not the other threads. Memory is bounded by the clusters in flight
//     (each at most LoadOptions::max_cluster_bytes of JSON, plus one short
//     record per cluster for duplicate detection and --resume), not by the
//     input size. Output bytes do not depend on the thread count. When the
//     input has no bytes waiting (a slow pipe: std::streambuf::in_avail()
//     is 0), the clusters in flight are written as they are done before the
//     next read, which may wait: on a slow feed each record comes out when
//     its cluster is done, not when 8 × threads more lines have come.
//   * Files. Cluster C is written to OUT/<SafeFileName(C)>.<ext>, whole
//     (an unnamed file linked under its name when complete, or a temporary
//     file + rename), so a killed run leaves only complete files. Their
//     mode is 0644 less the umask.
//     Files are not synced one by one: when the run ends, one sync of the
//     file system (syncfs) commits them all before manifest.jsonl appears,
//     so a run whose manifest.jsonl exists survives a power loss whole.
//     Stale temporary files ("*.tmp.XXXXXX") of a killed run are removed
//     when the next run starts. A run holds an flock(2) on the folder: a
//     second run into it (another process or thread) is refused with
//     IOError before it changes anything.
//   * Manifest. OUT/manifest.jsonl has one record per non-blank input line
//     (of the shard), in input order:
//       {"input","line","cluster","status":"ok"|"error","error","file",
//        "bytes","fnv1a64","articles","sentences","words","warnings","ms"}
//     "cluster" is null when no id could be read from the line (malformed
//     JSON, invalid UTF-8, no "cluster"); "error" (a message naming
//     INPUT:LINE, the cluster when its id was read, and what is wrong; for
//     a duplicate id, the line of its first) only on errors; "file", its size
//     "bytes", its FNV-1a 64 hash "fnv1a64" (16 hex digits) and the counts
//     only on success; "warnings" (the loader's warnings about the line, as
//     passed to the BatchWarning callback) only when there are any; "ms"
//     (wall time of that cluster) only with BatchOptions::timing, and it is
//     the only field that varies between runs. The manifest is appended to OUT/manifest.jsonl.partial, each
//     record after its file is complete, in pieces (16 KiB of records, or
//     a second after the last piece), and renamed to manifest.jsonl when
//     the run ends: a run killed with SIGKILL loses the records of its
//     last piece, and --resume redoes those clusters.
//   * Options. OUT/manifest.options lists, one "name=value" per line, every
//     option that can change an output byte. With `resume`, a folder whose
//     records were made with other options (or without that file) is
//     refused with InvalidArgument instead of mixing two runs.
//   * Warnings: what the loader keeps with a warning (an empty article,
//     skipped; a date neither ISO 8601 nor RFC 822) is passed to the BatchWarning
//     callback as "INPUT:LINE: cluster 'ID': WHAT" (the form of the error
//     messages; without the cluster when the line has no id), from the
//     calling thread, in input order whatever the thread count, and kept in
//     the line's manifest record. A warning is not a failure. Lines of other
//     shards give none.
//   * Faults stay local: a malformed line, a cluster without documents,
//     invalid UTF-8, a duplicate cluster id, a cluster over a limit of
//     `load` or `summarizer` → an error record for that line (its message
//     passed to the BatchError callback), and the run goes on. Only I/O errors on the output (and unreadable
//     input) stop the run.
//   * Resume: a cluster is skipped when its output file exists and the
//     previous run's manifest (manifest.jsonl or manifest.jsonl.partial)
//     holds its ok record and the file's size and hash match the record's
//     (and its warnings the line's), which is then copied; anything else (a file that a power loss emptied
//     or cut, a record without size or hash) is redone. The
//     result equals an uninterrupted run (byte for byte without timing).
//   * Sharding: shard I of N keeps the clusters whose id's FNV-1a 64 hash
//     (ShardHash) modulo N is I. Lines that cannot be read (no cluster id)
//     belong to shard 0. The union of all shards is the unsharded run.
//   * Stream mode (out_dir "-"): no files, no manifest; one line per record
//     to the sink in input order: the digest in the json format when ok,
//     else {"input","line","cluster","status":"error","error"}; warnings
//     reach the BatchWarning callback only.
//
// Thread-safety: RunBatch may be called concurrently with different output
// folders; the helpers are pure functions.

#ifndef CHORUS_BATCH_H_
#define CHORUS_BATCH_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/formatter.h"
#include "chorus/loader.h"
#include "chorus/options.h"
#include "chorus/status.h"

namespace chorus {

// FNV-1a 64-bit hash of `bytes` (offset basis 14695981039346656037, prime
// 1099511628211). Stable across platforms and versions: shards and file
// names depend on it.
uint64_t Fnv1a64(std::string_view bytes);

// The shard of cluster id `id` among `shard_count` shards: Fnv1a64(id) %
// shard_count. shard_count must be positive.
uint32_t ShardOf(std::string_view id, uint32_t shard_count);

// A file name (without extension) for cluster id `id`:
//   * bytes [A-Za-z0-9_.-] are kept, every other byte becomes '_';
//     a leading '.' and the second '.' of ".." become '_';
//   * the kept prefix is cut at 64 bytes;
//   * when anything was changed or cut, when `id` is empty, or when it is
//     "manifest" (reserved, any case), "~" and the 16 hex digits of
//     Fnv1a64(id) are appended.
// So the name has no path separator, no "..", no control byte, at most 81
// bytes, and two distinct ids give distinct names: an unchanged id has no
// '~', and changed ids differ in their 64-bit hash.
std::string SafeFileName(std::string_view id);

struct BatchOptions {
  // Digest options for every cluster. `summarizer.threads` is ignored:
  // each cluster is summarized on one thread.
  SummarizerOptions summarizer;
  // Output format (a NewFormatter name) and its options. Ignored in stream
  // mode, which always writes json.
  std::string format = "text";
  FormatOptions format_options;
  LoadOptions load;
  // Output folder (created if missing), or "-" for stream mode.
  std::string out_dir;
  // Clusters summarized at once; 0 means OpenMP's default (all cores).
  int threads = 0;
  // Skip clusters already complete in out_dir (not in stream mode).
  bool resume = false;
  // Keep only shard `shard_index` of `shard_count` (0 <= index < count).
  uint32_t shard_index = 0;
  uint32_t shard_count = 1;
  // Add "ms" (wall time per cluster) to manifest records. Default true;
  // false makes manifests byte-reproducible.
  bool timing = true;

  // InvalidArgument for bad summarizer/format/load options, an empty out_dir,
  // a bad shard, resume in stream mode, or negative threads.
  Status Validate() const;
};

// One JSONL input: `name` names it in messages ("NAME:LINE"); `stream` is
// read line by line and is not owned.
struct BatchInput {
  std::string name;
  std::istream* stream = nullptr;
};

struct BatchResult {
  size_t ok = 0;       // clusters written (or copied on resume)
  size_t failed = 0;   // error records
  size_t skipped = 0;  // of `ok`, clusters left as they were (resume)
};

// Called after each record is written, from the calling thread, with the
// number of records so far.
using BatchProgress = std::function<void(size_t done)>;

// Called with each warning (contract above), from the calling thread, in
// input order, before the progress call of the line's record.
using BatchWarning = std::function<void(const std::string& message)>;

// Called with the message of each error record (a cluster that failed; the
// run goes on), from the calling thread, in input order, after the line's
// warnings and before its progress call. The message is the record's
// "error": "INPUT:LINE: [cluster 'ID': ]WHAT".
using BatchError = std::function<void(const std::string& message)>;

// Runs the batch (contract above). `sink` receives stream-mode output (must
// be non-null then). Returns non-OK only for invalid options and I/O
// errors; per-cluster failures are counted in *result.
Status RunBatch(const std::vector<BatchInput>& inputs, const BatchOptions& options,
                std::ostream* sink, BatchResult* result,
                const BatchProgress& progress = nullptr,
                const BatchWarning& warning = nullptr, const BatchError& error = nullptr);

}  // namespace chorus

#endif  // CHORUS_BATCH_H_
