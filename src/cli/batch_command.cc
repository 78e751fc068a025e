// `chorus batch INPUT.jsonl... --out DIR`: flags → BatchOptions → RunBatch,
// with a progress line and the loader's warnings on stderr. Exit 3 when
// some clusters failed.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "chorus/chorus.h"
#include "cli/cli_common.h"
#include "cli/commands.h"
#include "cli/summarizer_flags.h"

namespace chorus {
namespace cli {

namespace {

struct BatchFlags {
  std::vector<std::string> inputs;
  std::string out;
  std::string format = "text";
  std::string shard;
  bool resume = false, progress = false, lossy = false, explain = false, no_time = false;
  SummarizerFlags summarizer;
};

// "I/N" with 0 <= I < N.
Status ParseShard(const std::string& text, BatchOptions* o) {
  unsigned index = 0, count = 0;
  char rest = 0;
  if (std::sscanf(text.c_str(), "%u/%u%c", &index, &count, &rest) != 2 || count == 0 ||
      index >= count)
    return Status::InvalidArgument("--shard " + text + ": expected I/N with 0 <= I < N");
  o->shard_index = index;
  o->shard_count = count;
  return Status::OK();
}

// Non-blank lines from fd's current offset to its end, read with pread so
// the offset stays where it is.
size_t CountLinesAt(int fd) {
  const off_t start = ::lseek(fd, 0, SEEK_CUR);
  if (start < 0) return 0;
  size_t total = 0;
  bool blank = true;
  char buf[1 << 16];
  for (off_t at = start;;) {
    const ssize_t n = ::pread(fd, buf, sizeof buf, at);
    if (n <= 0) break;
    at += n;
    for (ssize_t i = 0; i < n; ++i) {
      if (buf[i] == '\n') total += !blank, blank = true;
      else if (std::string_view(" \t\r\f\v").find(buf[i]) == std::string_view::npos) blank = false;
    }
  }
  return total + !blank;
}

// Non-blank lines of `inputs`; stdin counts when it is a regular file (a
// redirect), else the total is unknown: 0.
size_t CountLines(const std::vector<std::string>& inputs) {
  size_t total = 0;
  for (const auto& path : inputs) {
    if (path == "-") {
      struct stat st;
      if (::fstat(0, &st) != 0 || !S_ISREG(st.st_mode)) return 0;
      total += CountLinesAt(0);
      continue;
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);  // lines never held whole
    if (fd < 0) continue;  // the run itself reports it
    total += CountLinesAt(fd);
    ::close(fd);
  }
  return total;
}

// "\rchorus batch: 12/40 clusters, 3.1 clusters/s, ETA 9s", at most 5 times
// a second, redrawn in place; *open is true while that line has no newline.
BatchProgress MakeProgress(size_t total, std::shared_ptr<bool> open) {
  using Clock = std::chrono::steady_clock;
  auto start = Clock::now(), last = start;
  return [=](size_t done) mutable {
    const auto now = Clock::now();
    if (now - last < std::chrono::milliseconds(200) && done != total) return;
    last = now;
    const double secs = std::chrono::duration<double>(now - start).count();
    const double rate = secs > 0 ? done / secs : 0;
    std::fprintf(stderr, "\rchorus batch: %zu", done);
    if (total > 0) std::fprintf(stderr, "/%zu", total);
    std::fprintf(stderr, " clusters, %.1f clusters/s", rate);
    if (total > done && rate > 0) std::fprintf(stderr, ", ETA %.0fs", (total - done) / rate);
    std::fprintf(stderr, "   ");
    std::fflush(stderr);
    *open = true;
  };
}

// Each warning (or failed cluster's error) on its own line of stderr,
// below the progress line if one is open (the progress goes on under it).
BatchWarning MakeMessage(std::shared_ptr<bool> progress_open,
                         void (*print)(const std::string& message)) {
  return [=](const std::string& message) {
    if (*progress_open) {
      std::fprintf(stderr, "\n");
      *progress_open = false;
    }
    print(message);
  };
}

int RunBatchCommand(const BatchFlags& f) {
  if (Status s = f.summarizer.Check(); !s.ok()) return Fail(s);
  BatchOptions o;
  o.summarizer = f.summarizer.Resolve();
  o.summarizer.explain = f.explain;
  o.threads = o.summarizer.threads;
  o.format = f.format;
  o.format_options.explain = f.explain;
  if (o.summarizer.fill && o.summarizer.budget_unit == BudgetUnit::kWords)
    o.format_options.max_words = o.summarizer.budget;
  o.load = f.summarizer.load;
  o.load.lossy_utf8 = f.lossy;
  o.out_dir = f.out;
  o.resume = f.resume;
  o.timing = !f.no_time;
  if (!f.shard.empty())
    if (Status s = ParseShard(f.shard, &o); !s.ok()) return Fail(s);
  if (Status s = o.Validate(); !s.ok()) return Fail(s);

  // Each file is read through a 1 MiB buffer (the default, 8 KiB, made
  // 40,000 read(2) calls for a 320 MB input); declared first, freed last.
  constexpr size_t kReadBuffer = 1 << 20;
  std::vector<std::unique_ptr<char[]>> buffers;
  std::vector<std::unique_ptr<std::ifstream>> files;
  std::vector<BatchInput> inputs;
  for (const auto& path : f.inputs) {
    if (path == "-") {
      inputs.push_back({"stdin", &std::cin});
      continue;
    }
    // An ifstream opens a folder and fails only at the first read, after
    // --out was made: refuse it here, with the reason, as `eval` does.
    struct stat st;
    if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
      return Fail(Status::IOError(path + ": cannot read: Is a directory"));
    buffers.push_back(std::make_unique<char[]>(kReadBuffer));
    files.push_back(std::make_unique<std::ifstream>());
    files.back()->rdbuf()->pubsetbuf(buffers.back().get(), kReadBuffer);  // before open
    files.back()->open(path, std::ios::binary);
    if (!*files.back()) {  // filebuf::open leaves open(2)'s errno
      const std::string what = path + ": cannot open: " + std::strerror(errno);
      return Fail(errno == ENOENT ? Status::NotFound(what) : Status::IOError(what));
    }
    inputs.push_back({path, files.back().get()});
  }
  auto progress_open = std::make_shared<bool>(false);
  BatchProgress progress;
  if (f.progress || ::isatty(2))
    progress = MakeProgress(f.shard.empty() ? CountLines(f.inputs) : 0, progress_open);
  BatchResult result;
  Status s = RunBatch(inputs, o, &std::cout, &result, progress,
                      MakeMessage(progress_open, Warn), MakeMessage(progress_open, ReportError));
  if (*progress_open) std::fprintf(stderr, "\n");
  if (!s.ok()) return Fail(s);
  if (result.failed == 0) return kExitOk;
  Warn(std::to_string(result.failed) + " of " + std::to_string(result.failed + result.ok) +
       " clusters failed" + (f.out == "-" ? "" : " (see " + f.out + "/manifest.jsonl)"));
  return kExitSomeFailed;
}

}  // namespace

CommandRunner AddBatchCommand(CLI::App* app) {
  auto f = std::make_shared<BatchFlags>();
  app->add_option("inputs", f->inputs, "JSONL files, one cluster per line (- reads stdin)")
      ->required();
  app->add_option("--out", f->out, "Output folder (one file per cluster + manifest.jsonl), "
                  "or - to stream JSONL digests to stdout")
      ->required()
      ->check(NonEmpty("folder name"));
  AddSummarizerFlags(app, &f->summarizer);
  app->add_option("--format", f->format, "Output format of each file")
      ->check(CLI::IsMember(FormatNames()))
      ->capture_default_str();
  app->add_flag("--resume", f->resume, "Skip clusters whose output is already complete");
  app->add_option("--shard", f->shard, "Only shard I of N (FNV-1a 64 of the cluster id mod N)");
  app->add_flag("--progress", f->progress, "Show progress on stderr even when not a terminal");
  app->add_flag("--lossy", f->lossy, "Replace invalid UTF-8 with U+FFFD instead of failing");
  app->add_flag("--explain", f->explain, "Add candidate scores and dropped lines");
  app->add_flag("--no-time", f->no_time, "Leave the per-cluster time (ms) out of the manifest");
  return [f] {
    std::ios::sync_with_stdio(false);
    return RunBatchCommand(*f);
  };
}

}  // namespace cli
}  // namespace chorus
