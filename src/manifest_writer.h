// Copyright (c) chorus developers.
//
// ManifestWriter: the batch manifest on its way to disk. Records are
// appended to DIR/manifest.jsonl.partial, not one write(2) each but in
// pieces: a piece is written when 16 KiB of records wait, or when a record
// is appended a second or more after the last write. So a run killed with
// SIGKILL loses the records still waiting (at most 16 KiB, about 70
// records; they may wait longer than a second when the next cluster is
// slow), and --resume redoes those clusters (their files are complete,
// just not yet recorded). A record is appended only after its file is complete, so the
// file never records a file that is not. Commit writes the rest, syncs the
// file and renames it to manifest.jsonl.
//
// Used by RunBatch (batch.cc). Tests: tests/manifest_writer_test.cc and the
// kill test in tests/cli_batch_test.cc.

#ifndef CHORUS_SRC_MANIFEST_WRITER_H_
#define CHORUS_SRC_MANIFEST_WRITER_H_

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

#include "chorus/status.h"

namespace chorus {
namespace internal {

class ManifestWriter {
 public:
  static constexpr char kPartial[] = "manifest.jsonl.partial";
  static constexpr char kFinal[] = "manifest.jsonl";
  // Records waiting before a write, at most (bytes), and the longest time
  // a record waits for the next record to come and write it.
  static constexpr size_t kPieceBytes = 16 * 1024;
  static constexpr std::chrono::milliseconds kPieceTime{1000};

  ManifestWriter() = default;
  ManifestWriter(const ManifestWriter&) = delete;
  ManifestWriter& operator=(const ManifestWriter&) = delete;
  ~ManifestWriter();  // closes the file, leaving it .partial unless committed

  // Creates (or empties) kPartial in the folder `dir` open as `dir_fd`,
  // which must stay open until Commit. IOError naming the file.
  Status Open(int dir_fd, const std::string& dir);
  // Appends `record` (one line, without its '\n'). IOError when a write fails.
  Status Append(std::string_view record);
  // Writes the waiting records, syncs the file and renames it to kFinal.
  Status Commit();

 private:
  Status WritePiece();

  int dir_fd_ = -1;
  int fd_ = -1;
  std::string dir_;
  std::string waiting_;
  std::chrono::steady_clock::time_point last_write_;
};

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_MANIFEST_WRITER_H_
