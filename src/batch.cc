// Copyright (c) chorus developers.
//
// RunBatch: JSONL clusters → one digest file each + manifest, through an
// ordered pipeline (ordered_pipeline.h): read a line (input order) → parse,
// classify (shard, file name, resume) and summarize, each cluster on one
// thread (parallel) → find duplicates, write the file and the record (input
// order), with at most 8 × threads clusters in flight. Contract in
// include/chorus/batch.h; what --resume reads of a previous run is in
// batch_resume.h.
//
// Tests: tests/batch_test.cc, tests/cli_batch_test.cc.

#include "chorus/batch.h"

#include <fcntl.h>
#include <omp.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "batch_resume.h"
#include "chorus/summarizer.h"
#include "file_util.h"
#include "format_internal.h"
#include "loader_internal.h"
#include "manifest_writer.h"
#include "ordered_pipeline.h"

namespace chorus {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

constexpr const char* kManifest = internal::ManifestWriter::kFinal;
constexpr const char* kPartial = internal::ManifestWriter::kPartial;
constexpr char kOptions[] = "manifest.options";
// Clusters read but not yet written, per thread: the bound on memory.
constexpr int kClustersInFlightPerThread = 8;

enum class Action { kExcluded, kError, kCopy, kRun };

// One input line on its way through a window.
struct Item {
  const BatchInput* input = nullptr;
  size_t line = 0;
  size_t seq = 0;  // the line's place among all lines read, 0 first
  std::string text;
  Status status;  // the line's error, when action is kError
  Cluster cluster;
  Action action = Action::kRun;
  std::string file;    // output file name (no folder)
  std::string record;  // manifest record (kCopy: the previous one)
  std::string output;  // formatted digest (stream mode)
  std::vector<std::string> warnings;  // the loader's, naming the line and cluster
  DigestStats stats;
  size_t sentences = 0;
  long long ms = 0;

  std::string where() const { return input->name + ":" + std::to_string(line); }
};

// `j` on one line, safe on a terminal as the json format is.
std::string Dump(const Json& j) {
  return internal::TerminalSafeJson(j.dump(-1, ' ', false, Json::error_handler_t::replace));
}

// A manifest record's "warnings" (contract in batch.h): only when there are any.
void AddWarnings(const Item& item, Json* j) {
  if (!item.warnings.empty()) (*j)["warnings"] = item.warnings;
}

// The error record; with_warnings for the manifest (a stream-mode line has
// the keys the README lists, as its ok lines are the digest alone).
std::string ErrorRecord(const Item& item, bool with_warnings) {
  Json j;
  j["input"] = item.input->name;
  j["line"] = item.line;
  j["cluster"] = item.cluster.id.empty() ? Json(nullptr) : Json(item.cluster.id);
  j["status"] = "error";
  j["error"] = item.status.message();
  if (with_warnings) AddWarnings(item, &j);
  return Dump(j);
}

std::string OkRecord(const Item& item, bool timing) {
  Json j;
  j["input"] = item.input->name;
  j["line"] = item.line;
  j["cluster"] = item.cluster.id;
  j["status"] = "ok";
  j["file"] = item.file;
  j["bytes"] = item.output.size();
  j["fnv1a64"] = internal::OutputHash(item.output);
  j["articles"] = item.stats.articles;
  j["sentences"] = item.sentences;
  j["words"] = item.stats.words;
  AddWarnings(item, &j);
  if (timing) j["ms"] = item.ms;
  return Dump(j);
}

// The first line of a cluster id, for the duplicate rule (one per cluster
// of the run: kept short).
struct Seen {
  std::string id;
  const BatchInput* input;
  size_t line;
};

class BatchRun {
 public:
  BatchRun(const BatchOptions& options, std::ostream* sink) : o_(options), sink_(sink) {}
  ~BatchRun() {
    if (dir_fd_ >= 0) ::close(dir_fd_);
  }

  Status Start();
  Status Run(const std::vector<BatchInput>& inputs, BatchResult* result,
             const BatchProgress& progress, const BatchWarning& warning,
             const BatchError& error);

 private:
  bool stream() const { return o_.out_dir == "-"; }
  std::string PathOf(const std::string& name) const { return o_.out_dir + "/" + name; }
  bool Read(const std::vector<BatchInput>& inputs, Item* item);
  void Parse(Item* item) const;
  void Classify(Item* item) const;
  std::string FileNameOf(const std::string& id) const {
    return SafeFileName(id) + "." + std::string(formatter_->extension());
  }
  bool ClaimedEarlier(const Item& item) const;
  void Summarize(Item* item) const;
  Status WriteDigest(Item* item);
  Status Emit(Item* item);
  Status Finish(Item* item, BatchResult* result, const BatchProgress& progress,
                const BatchWarning& warning, const BatchError& error);

  const BatchOptions& o_;
  std::ostream* sink_;
  int threads_ = 1;
  std::unique_ptr<Summarizer> summarizer_;
  std::unique_ptr<Formatter> formatter_;
  std::map<std::string, std::string> previous_;  // resume: file → ok record
  // File names used so far → their first line (its id and position).
  std::unordered_map<std::string, Seen> files_;
  // File name → the earliest seq the workers have seen (ClaimedEarlier).
  mutable std::mutex claims_mu_;
  mutable std::unordered_map<std::string, size_t> claims_;
  int dir_fd_ = -1;  // the output folder
  internal::ManifestWriter manifest_;
  size_t done_ = 0;
  // Read's position (bytes_: of inputs[input_]) and count of lines handed on.
  size_t input_ = 0, line_ = 0, bytes_ = 0, seq_ = 0;
  Status read_error_;
};

Status BatchRun::Start() {
  threads_ = o_.threads > 0 ? o_.threads : omp_get_max_threads();
  SummarizerOptions so = o_.summarizer;
  so.threads = 1;  // clusters run in parallel; no nested parallelism
  CHORUS_RETURN_IF_ERROR(Summarizer::Create(so, &summarizer_));
  CHORUS_RETURN_IF_ERROR(
      NewFormatter(stream() ? "json" : o_.format, o_.format_options, &formatter_));
  if (stream()) return Status::OK();
  std::error_code ec;
  fs::create_directories(o_.out_dir, ec);
  if (ec || !fs::is_directory(o_.out_dir))
    return Status::IOError(o_.out_dir + ": cannot create folder" +
                           (ec ? ": " + ec.message() : std::string()));
  dir_fd_ = ::open(o_.out_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd_ < 0)
    return Status::IOError(o_.out_dir + ": cannot open folder: " + std::strerror(errno));
  // One run per folder: two (a nightly job that overran into the next)
  // would truncate and rename each other's manifest. The lock goes with the
  // descriptor, at the end of the run or of the process, however it ends.
  // A file system without locks (ENOLCK, EINVAL) runs unguarded, as before.
  if (::flock(dir_fd_, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK)
    return Status::IOError(o_.out_dir + ": in use by another chorus batch run (its lock is held)");
  internal::RemoveStaleTemporaries(o_.out_dir);
  const std::string fingerprint = internal::OptionsFingerprint(o_);
  if (o_.resume) {
    internal::LoadPreviousRecords(PathOf(kManifest), &previous_);
    internal::LoadPreviousRecords(PathOf(kPartial), &previous_);
    std::string before;
    if (!previous_.empty() && (!internal::ReadWholeFile(PathOf(kOptions), &before).ok() || before != fingerprint))
      return Status::InvalidArgument(
          "--resume: " + o_.out_dir + " holds outputs made with other options (see " +
          PathOf(kOptions) + "); run with the same options, or without --resume to redo them");
  } else {
    // A fresh run's records replace the old ones: drop them before this
    // run's options are written, or a run that dies before its manifest is
    // committed leaves the old records beside the new options, and --resume
    // would keep the old run's outputs as this one's.
    for (const char* name : {kManifest, kPartial})
      if (::unlinkat(dir_fd_, name, 0) != 0 && errno != ENOENT)
        return Status::IOError(PathOf(name) + ": cannot remove: " + std::strerror(errno));
  }
  CHORUS_RETURN_IF_ERROR(
      internal::WriteFileAtomicAt(dir_fd_, o_.out_dir, kOptions, fingerprint, /*sync=*/true));
  return manifest_.Open(dir_fd_, o_.out_dir);
}

// The loader's warnings name the line ("WHERE: docs[1] ..."); batch's name
// the cluster too, as its error messages do ("WHERE: cluster 'ID': docs[1]
// ..."), since a nightly log is read by cluster.
void NameCluster(Item* item) {
  if (item->cluster.id.empty()) return;
  const std::string where = item->where() + ": ";
  for (std::string& w : item->warnings)
    if (w.starts_with(where)) w.insert(where.size(), "cluster '" + item->cluster.id + "': ");
}

void BatchRun::Parse(Item* item) const {
  if (item->action == Action::kError) return;  // over the size limit
  Status s = internal::ParseCluster(item->text, item->where(), o_.load, &item->cluster,
                                    &item->warnings);
  NameCluster(item);
  if (s.ok() && item->cluster.id.empty())
    s = Status::InvalidInput(item->where() + ": cluster: missing");
  if (!s.ok()) {
    // A line holds no newline, so the parser's "WHERE:1:COL" reads "WHERE:COL".
    const std::string prefix = item->where() + ":1:";
    if (s.message().starts_with(prefix))
      s = Status::InvalidInput(item->where() + ":" + s.message().substr(prefix.size()));
    // The id was read but an article failed: name the cluster, as the
    // summarizer's errors and the warnings do.
    const std::string where = item->where() + ": ";
    if (!item->cluster.id.empty() && s.message().starts_with(where))
      s = (s.code() == Status::Code::kLimitExceeded ? Status::LimitExceeded : Status::InvalidInput)(
          where + "cluster '" + item->cluster.id + "': " + s.message().substr(where.size()));
    item->status = s;
    item->action = Action::kError;
  }
  item->text.clear();
  item->text.shrink_to_fit();
}

// Parallel, after Parse: shard, file name, resume. Duplicate ids are
// found in input order by Finish: a repeated id's file name is that of the
// first (SafeFileName never gives two ids one name), so no two items that
// are both written ever share a file, and this may read a previous run's
// file while the calling thread writes others.
void BatchRun::Classify(Item* item) const {
  const std::string& id = item->cluster.id;
  if (item->action == Action::kError) {
    // A line without a cluster id belongs to shard 0. One with an id keeps
    // its file name, never written, for the duplicate rule.
    const uint32_t shard = id.empty() ? 0 : ShardOf(id, o_.shard_count);
    if (shard != o_.shard_index) item->action = Action::kExcluded;
    else if (!id.empty()) item->file = FileNameOf(id);
    return;
  }
  if (ShardOf(id, o_.shard_count) != o_.shard_index) {
    item->action = Action::kExcluded;
    return;
  }
  item->file = FileNameOf(id);
  if (!o_.resume) return;
  const auto it = previous_.find(item->file);
  if (it == previous_.end()) return;
  Json j = Json::parse(it->second, nullptr, false);
  // The warnings too: a record of a version that did not keep them is redone.
  const Json warnings = j.value("warnings", Json::array());
  if (internal::MatchesRecord(PathOf(item->file), j) && j.value("input", "") == item->input->name && j.value("line", size_t{0}) == item->line &&
      j.value("cluster", "") == id && j.contains("ms") == o_.timing &&
      warnings == Json(item->warnings)) {
    item->action = Action::kCopy;
    item->record = it->second;
  }
}

// Parallel, after Classify: whether an earlier line (seen so far) has this
// line's file name. Finish, in order, will make this line a duplicate
// whatever else happens, so its digest would be thrown away: not made.
bool BatchRun::ClaimedEarlier(const Item& item) const {
  std::lock_guard<std::mutex> lock(claims_mu_);
  const auto [it, first] = claims_.try_emplace(item.file, item.seq);
  if (first) return false;
  if (it->second < item.seq) return true;
  it->second = item.seq;
  return false;
}

// Parallel: one cluster, one thread; writes only to *item.
void BatchRun::Summarize(Item* item) const {
  const auto start = std::chrono::steady_clock::now();
  Digest digest;
  Status s = summarizer_->Summarize(item->cluster, &digest);
  if (s.ok()) s = formatter_->Format(item->cluster, digest, &item->output);
  if (!s.ok()) {
    item->status = s.WithContext(item->where());
    item->action = Action::kError;
    return;
  }
  item->stats = digest.stats;
  item->sentences = digest.sentences.size();
  item->ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                 std::chrono::steady_clock::now() - start).count();
}

// Serial: the digest's file, whole (not yet synced: Run syncs them all at
// the end). A folder in its place (the rename cannot replace it; a FIFO, a
// symlink or a file is replaced) is this cluster's fault, not the run's:
// the item becomes an error record and the run goes on. Any other
// failure (a full disk, a read-only folder) would fail every cluster after
// it too, and stops the run.
Status BatchRun::WriteDigest(Item* item) {
  Status s = internal::WriteFileAtomicAt(dir_fd_, o_.out_dir, item->file, item->output,
                                         /*sync=*/false);
  struct stat st;
  if (s.ok() || ::fstatat(dir_fd_, item->file.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 ||
      !S_ISDIR(st.st_mode))
    return s;
  item->status = Status::IOError(item->where() + ": cluster '" + item->cluster.id + "': " +
                                 s.message() + " (a folder in its place; move it away)");
  item->action = Action::kError;
  return Status::OK();
}

// Serial, in input order, on the calling thread: the digest's file, then
// its record (which the manifest writer writes with the next ones, see
// manifest_writer.h).
Status BatchRun::Emit(Item* written) {
  if (written->action == Action::kRun && !stream()) CHORUS_RETURN_IF_ERROR(WriteDigest(written));
  const Item& item = *written;  // WriteDigest may have made it an error
  std::string line;
  if (item.action == Action::kError) line = ErrorRecord(item, !stream());
  else if (item.action == Action::kCopy) line = item.record;
  else if (!stream()) line = OkRecord(item, o_.timing);
  if (stream()) {
    errno = 0;  // so that a reason found below is the failed write's own
    *sink_ << (item.action == Action::kError ? line + "\n" : item.output) << std::flush;
    if (!*sink_)  // a stream says only that it failed; errno says why when write(2) did
      return Status::IOError(std::string("stdout: ") +
                             (errno != 0 ? std::strerror(errno) : "write failed"));
    return Status::OK();
  }
  return manifest_.Append(line);
}

// Reads the next non-blank line of `inputs` into *item; false at the end of
// them, or at a read error (kept in read_error_).
bool BatchRun::Read(const std::vector<BatchInput>& inputs, Item* item) {
  const size_t max = o_.load.max_cluster_bytes;
  size_t length = 0;
  while (input_ < inputs.size()) {
    const BatchInput& input = inputs[input_];
    // max + 1: room for the CR of a CRLF line, which does not count.
    errno = 0;  // so that a reason found below is the failed read's own
    const bool got =
        internal::ReadBoundedLine(*input.stream, max + 1, &item->text, &length, &bytes_);
    const int err = errno;
    if (input.stream->bad()) {  // even inside a line: a part of it is not parsed
      // A stream's bad() says only that a read failed: errno is the reason
      // when the failure came from read(2) (filebuf leaves it), else none.
      read_error_ = internal::ReadFailed(input.name + ":" + std::to_string(line_ + 1), bytes_, err);
      return false;
    }
    if (!got) {
      ++input_;
      line_ = 0;
      bytes_ = 0;
      continue;
    }
    ++line_;
    std::string& text = item->text;
    if (!text.empty() && text.back() == '\r') {
      text.pop_back();
      --length;
    }
    if (length <= max && text.find_first_not_of(" \t\r\f\v") == std::string::npos)
      continue;  // blank
    item->input = &input;
    item->line = line_;
    item->seq = seq_++;
    if (length > max) {  // never parsed: an error record for this line only
      item->status = internal::ClusterTooLarge(item->where(), length, max);
      item->action = Action::kError;
    }
    return true;
  }
  return false;
}

// Serial, in input order: duplicates (an id seen before, whatever became
// of it, makes this line an error), the warnings, then the file and the
// record, then the error's message.
Status BatchRun::Finish(Item* item, BatchResult* result, const BatchProgress& progress,
                        const BatchWarning& warning, const BatchError& error) {
  if (item->action == Action::kExcluded) return Status::OK();
  if (!item->file.empty()) {
    const auto [it, first] =
        files_.try_emplace(item->file, Seen{item->cluster.id, item->input, item->line});
    if (!first) {
      const Seen& seen = it->second;
      const std::string where = seen.input->name + ":" + std::to_string(seen.line);
      // Two ids share a name only by a 64-bit hash collision: said as such.
      const std::string what =
          seen.id == item->cluster.id
              ? "duplicate cluster id \"" + seen.id + "\" (first on " + where + ")"
              : "cluster id \"" + item->cluster.id + "\" has the file name of \"" + seen.id +
                    "\" (" + where + ")";
      item->status = Status::InvalidInput(item->where() + ": " + what);
      item->action = Action::kError;
    }
  }
  if (warning)
    for (const std::string& w : item->warnings) warning(w);
  CHORUS_RETURN_IF_ERROR(Emit(item));
  if (item->action == Action::kError) {
    ++result->failed;
    if (error) error(item->status.message());
  } else {
    ++result->ok;
  }
  if (item->action == Action::kCopy) ++result->skipped;
  if (progress) progress(++done_);
  return Status::OK();
}

Status BatchRun::Run(const std::vector<BatchInput>& inputs, BatchResult* result,
                     const BatchProgress& progress, const BatchWarning& warning,
                     const BatchError& error) {
  internal::PipelineStages<Item> stages;
  stages.read = [&](Item* item) { return Read(inputs, item); };
  // A line may not have come yet (a pipe): finish what is done before a
  // read that could wait. A filebuf knows what its descriptor holds
  // (FIONREAD; a file has bytes left, or its end). Other buffers (a string;
  // cin synced with stdio, always 0) are taken as ready: the whole window.
  stages.ready = [&] {
    if (input_ >= inputs.size()) return true;
    std::streambuf* buf = inputs[input_].stream->rdbuf();
    return dynamic_cast<std::filebuf*>(buf) == nullptr || buf->in_avail() != 0;
  };
  // One hand-over per line: a worker parses, classifies and summarizes it
  // (`prepare`); the calling thread only writes (`finish`).
  stages.prepare = [this](Item* item) {
    Parse(item);
    Classify(item);
    const bool repeat = !item->file.empty() && ClaimedEarlier(*item);
    if (item->action == Action::kRun && !repeat) Summarize(item);
  };
  stages.plan = [](Item*) { return false; };  // nothing left for `work`
  stages.work = [](Item*) {};
  stages.finish = [&](Item* item) { return Finish(item, result, progress, warning, error); };
  CHORUS_RETURN_IF_ERROR(
      internal::RunOrderedPipeline(threads_, kClustersInFlightPerThread * threads_, stages));
  CHORUS_RETURN_IF_ERROR(read_error_);
  if (stream()) return Status::OK();
  // The digests were written without a sync each (a sync per file made the
  // writing thread the bottleneck): one sync of the file system commits
  // them all before the manifest is complete.
  CHORUS_RETURN_IF_ERROR(internal::SyncFileSystemAt(dir_fd_, o_.out_dir));
  return manifest_.Commit();
}

}  // namespace

Status BatchOptions::Validate() const {
  CHORUS_RETURN_IF_ERROR(summarizer.Validate());
  CHORUS_RETURN_IF_ERROR(load.Validate());
  std::unique_ptr<Formatter> f;
  CHORUS_RETURN_IF_ERROR(NewFormatter(format, format_options, &f));
  if (out_dir.empty()) return Status::InvalidArgument("out_dir: empty");
  if (shard_count == 0 || shard_index >= shard_count)
    return Status::InvalidArgument("shard: index " + std::to_string(shard_index) +
                                   " not below count " + std::to_string(shard_count));
  if (resume && out_dir == "-")
    return Status::InvalidArgument("resume: needs an output folder, not stdout");
  CHORUS_RETURN_IF_ERROR(CheckThreads(threads));
  return Status::OK();
}

Status RunBatch(const std::vector<BatchInput>& inputs, const BatchOptions& options,
                std::ostream* sink, BatchResult* result, const BatchProgress& progress,
                const BatchWarning& warning, const BatchError& error) {
  *result = BatchResult();
  CHORUS_RETURN_IF_ERROR(options.Validate());
  if (options.out_dir == "-" && sink == nullptr)
    return Status::InvalidArgument("stream mode needs a sink");
  BatchRun run(options, sink);
  CHORUS_RETURN_IF_ERROR(run.Start());
  return run.Run(inputs, result, progress, warning, error);
}

}  // namespace chorus
