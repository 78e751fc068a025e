// Noise filter: decides which segmented lines and sentences are page noise
// rather than reporting, and says why. Two kinds of rules:
//   * form rules (FormFilter), per document: a line's shape — no
//     sentence-final punctuation (headings, labels, tag lists, credits), a
//     byline, a link teaser ("Read - ...", "Read more"), a photo/agency
//     credit, a reader prompt ("Please enter your comment!"), site
//     boilerplate; datelines ("MOSCOW (AP) —") are cut off the sentence
//     rather than dropping it; a news budget (news_budget.h: a wire's list
//     of the stories it will move) is noise as a whole document; the items
//     of a fact box with title-case labels (fact_box.h) are kept but
//     refused as candidates (SentenceVerdict::refusal);
//   * cluster rules, which need all articles: a short line repeated
//     verbatim across articles (boilerplate), and a sentence unrelated to the
//     rest of the cluster (TopicSimilarity below a threshold).
// None of the rules know the strings of any particular site.
// Tests: tests/noise_filter_test.cc.

#ifndef CHORUS_SRC_NOISE_FILTER_H_
#define CHORUS_SRC_NOISE_FILTER_H_

#include <string>
#include <string_view>
#include <vector>

#include "dateline.h"  // DatelineLength, cut off a paragraph's first sentence
#include "sentence_segmenter.h"
#include "topic_rule.h"  // the cluster-level topic rule

namespace chorus {
namespace internal {

struct SentenceVerdict {
  size_t begin = 0;  // span after dateline and bullet removal
  size_t end = 0;
  std::string reason;  // empty: kept
  bool collapsed = false;  // CollapseWhitespace leaves text[begin, end) as it is
  // Kept (evidence) but never a candidate: why (a static string), or
  // nullptr. Set only while `reason` is empty: a fact-box item (fact_box.h).
  const char* refusal = nullptr;
};

// Applies the form rules to one document. Returns one verdict per sentence
// of `seg`, in order.
std::vector<SentenceVerdict> ApplyFormRules(std::string_view text,
                                            const Segmentation& seg);

// Length of a list bullet at the start of `sentence`, or 0: one to three of
// '_', '-' or '*', or U+2022, then either spaces and a non-space ("_ The",
// "-- $6 million") or, with no space, an uppercase ASCII letter
// ("--Children 12 and under ..."); the spaces are part of the length. Longer
// runs ("_____", rules) and "-0-" are not bullets. ApplyFormRules starts every
// sentence's span after it (a digest sentence never opens with a bullet).
size_t BulletLength(std::string_view sentence);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_NOISE_FILTER_H_
