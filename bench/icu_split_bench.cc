// The reference speed for `chorus batch`: ICU alone splitting the article
// texts of a JSONL batch into sentences (BreakIterator::createSentenceInstance,
// "en") and each sentence into words (createWordInstance, root), on one core,
// over UTexts on the UTF-8 bytes as chorus does. No paragraphs, filters,
// folding or stemming: a floor on what any ICU-based pipeline must spend.
// Usage:
//   icu_split_bench BATCH.jsonl [--repeat R]
// Prints MB of article text, sentences, words and MB/s of wall and of CPU
// time (best of R runs; the JSON parsing is not timed). On a shared machine
// the CPU figure is the one to compare with chorus's user + system time.
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace {

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

struct Counts {
  size_t sentences = 0, words = 0;
};

// Sentences of `text`, then the words of each (word-status breaks only).
void Split(const std::string& text, icu::BreakIterator* sentences, icu::BreakIterator* words,
           Counts* counts) {
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  sentences->setText(ut, status);
  UText* sut = nullptr;
  int32_t start = sentences->first();
  for (int32_t end = sentences->next(); end != icu::BreakIterator::DONE;
       start = end, end = sentences->next()) {
    ++counts->sentences;
    sut = utext_openUTF8(sut, text.data() + start, end - start, &status);
    words->setText(sut, status);
    words->first();
    for (int32_t w = words->next(); w != icu::BreakIterator::DONE; w = words->next())
      counts->words += words->getRuleStatus() != UBRK_WORD_NONE;
  }
  utext_close(sut);
  utext_close(ut);
  if (U_FAILURE(status)) std::fprintf(stderr, "icu_split_bench: %s\n", u_errorName(status));
}

}  // namespace

int main(int argc, char** argv) {
  std::string path;
  int repeat = 3;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--repeat" && i + 1 < argc) repeat = std::atoi(argv[++i]);
    else path = a;
  }
  std::ifstream in(path);
  if (path.empty() || !in) {
    std::fprintf(stderr, "usage: icu_split_bench BATCH.jsonl [--repeat R]\n");
    return 2;
  }
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (std::string line; std::getline(in, line);) {
    const auto cluster = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (cluster.is_discarded() || !cluster.contains("docs")) continue;
    for (const auto& d : cluster["docs"]) {
      texts.push_back(d.value("text", ""));
      bytes += texts.back().size();
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en"), status));
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "icu_split_bench: %s\n", u_errorName(status));
    return 1;
  }
  double best = 0, best_cpu = 0;
  Counts counts;
  for (int r = 0; r < repeat; ++r) {
    counts = Counts();
    const auto t0 = std::chrono::steady_clock::now();
    const double cpu0 = CpuSeconds();
    for (const auto& t : texts) Split(t, sentences.get(), words.get(), &counts);
    const double s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const double cpu = CpuSeconds() - cpu0;
    if (r == 0 || s < best) best = s;
    if (r == 0 || cpu < best_cpu) best_cpu = cpu;
  }
  std::printf("input: %s: %zu articles, %.2f MB of article text\n", path.c_str(), texts.size(),
              bytes / 1e6);
  std::printf("ICU sentences then words, 1 thread, best of %d: %.3f s wall, %.2f MB/s; "
              "%.3f s CPU, %.2f MB per CPU second (%zu sentences, %zu words)\n",
              repeat, best, bytes / 1e6 / best, best_cpu, bytes / 1e6 / best_cpu,
              counts.sentences, counts.words);
  return 0;
}
