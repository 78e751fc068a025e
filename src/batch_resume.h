// Copyright (c) chorus developers.
//
// What `chorus batch --resume` reads of a previous run, and how it decides
// that an output can be kept: the options fingerprint written beside the
// manifest (manifest.options), each ok record's size and FNV-1a 64 hash of
// its file, the records of manifest.jsonl and of a killed run's
// manifest.jsonl.partial, and the temporary files a killed run left.
//
// Used by RunBatch (batch.cc). Tests: tests/cli_batch_test.cc (resume with
// changed options, a cut or emptied file, a killed run, the stale-temporary
// sweep).

#ifndef CHORUS_SRC_BATCH_RESUME_H_
#define CHORUS_SRC_BATCH_RESUME_H_

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "chorus/batch.h"

namespace chorus {
namespace internal {

// Every option that can change an output byte, one "name=value" per line,
// written beside the manifest so that --resume never keeps outputs made with
// other options. Thread count, shard and progress change no output byte and
// are left out. A new option goes here too: tests/cli_batch_test.cc reads
// every flag of `chorus batch --help` and fails for one it does not know.
std::string OptionsFingerprint(const BatchOptions& o);

// The hash an ok record keeps of its file: FNV-1a 64 of `bytes`, 16
// lowercase hex digits.
std::string OutputHash(std::string_view bytes);

// True when `path` holds exactly the output that `record` (an ok record)
// describes: its size and OutputHash. A file that a power loss emptied or
// cut, or a record of a version that did not write them, gives false.
bool MatchesRecord(const std::string& path, const nlohmann::ordered_json& record);

// Adds the ok records of the manifest file `path` to *out, by file name.
// Lines that do not parse (a torn last line of a killed run) are ignored; a
// missing file adds nothing.
void LoadPreviousRecords(const std::string& path, std::map<std::string, std::string>* out);

// Removes the temporary files a killed run left in `dir` (IsTemporaryName,
// file_util.h; a complete output such as cluster "x.tmp.ab"'s
// "x.tmp.ab.txt" stays).
void RemoveStaleTemporaries(const std::string& dir);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_BATCH_RESUME_H_
