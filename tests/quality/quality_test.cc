// Quality is pinned like a test (STYLE.md practice 12): the default digest's
// ROUGE recall on DUC 2003 (100 words) and DUC 2006 (250 words), as
// `chorus eval --words N --limit-words N`, must stay within a narrow band
// of the pinned figures. A change that loses quality fails; a change that
// gains must move the pin on purpose, with the figures in docs/quality.md.
// Skipped without ../shared.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "test_util.h"

namespace chorus {
namespace test {

namespace {

// Half-width of the band, in recall (0.003 = 0.3 points ×100). The output is
// deterministic, so the band only leaves room for deliberate small changes.
constexpr double kBand = 0.003;

struct Pin {
  const char* set;
  const char* words;
  double rouge1, rouge2;  // recall, as ROUGE-1.5.5 prints its average
};

// Pinned 2026-12-06, after the text fixes of the eighth session (list
// bullets cut, breaks kept after "Co." before an opener, quote tails, photo
// credits, editors' notes; each inside noise) on top of
// concept_stopword_factor 3 (docs/quality.md, eighth session), then the
// ninth session's two readability fixes, each inside noise: the segmenter
// keeps a capitalized speech tag with its quoted question (DUC 2003 was
// 0.40829 / 0.11419) and refuse_unnamed_speakers (DUC 2006 was 0.42293 /
// 0.10504; docs/quality.md, ninth session), then the tenth session's
// contracted openers ("It's", "That's": DUC 2006 was 0.42403 / 0.10518)
// and first-person openers and more connectives ("I", "We", "Moreover":
// was 0.42424 / 0.10543) and opening phrases ("Such ...", "Instead, ...",
// "Four of those ...": DUC 2003 was 0.40791 / 0.11403, DUC 2006 0.42377 /
// 0.10524) and connective phrases ("As a result, ", "In addition, ": DUC
// 2006 was 0.42408 / 0.10550), each inside noise (docs/quality.md, tenth session),
// then "Then" and a quantifier as the whole subject ("Two are ...", DUC 2006
// was 0.42380 / 0.10521: inside noise, but under the 10.5 target;
// taken for readers, docs/quality.md, tenth session), then the tenth
// session's noise rules (wire furniture, list and fact-box items,
// datelines; DUC 2006 was 0.42312 / 0.10438, inside noise), then the
// segmenter's dateline and time-zone repairs and the news-budget rule (DUC
// 2006 was 0.42321 / 0.10472, inside noise), then the eleventh session's
// readers' fixes (q11R: "(2300 GMT)" kept with its time, title-case
// datelines, "Now, ... they", web furniture, title-case fact boxes; DUC
// 2006 was 0.42267 / 0.10440, inside noise at 50-300 words), then the
// twelfth session's (q12R: "the 7 p.m. | Harbour Express" kept whole, "Now, ...
// also", "Now" without the comma, "The result: ..."; DUC 2006 was 0.42240 /
// 0.10434, inside noise at 50-300 words), then the fourteenth session's
// impersonal "It" before a raising verb (q14I: "It seems that ..."; DUC
// 2003 was 0.40799 / 0.11419, inside noise at 50-300 words).
constexpr Pin kPins[] = {
    {"duc2003", "100", 0.40887, 0.11449},
    {"duc2006", "250", 0.42196, 0.10432},
};

}  // namespace

TEST_CASE("default digest ROUGE stays within the pinned band", "[quality]") {
  for (const Pin& pin : kPins) {
    const std::string data = SharedDir() + "/data/" + pin.set + "/clusters.jsonl";
    CommandResult r = RunCli({"eval", data, "--words", pin.words, "--limit-words", pin.words,
                              "--format", "json"});
    INFO(pin.set << ": " << r.err);
    REQUIRE(r.exit_code == 0);
    const auto j = nlohmann::json::parse(r.out);
    const double r1 = j["systems"]["chorus"]["ROUGE-1"]["recall"];
    const double r2 = j["systems"]["chorus"]["ROUGE-2"]["recall"];
    CHECK(r1 == Approx(pin.rouge1).margin(kBand));
    CHECK(r2 == Approx(pin.rouge2).margin(kBand));
    // chorus must stay above both baselines.
    CHECK(r2 > j["systems"]["lead"]["ROUGE-2"]["recall"].get<double>());
    CHECK(r2 > j["systems"]["random"]["ROUGE-2"]["recall"].get<double>());
  }
}

}  // namespace test
}  // namespace chorus
