// Internals shared by the evaluation files: eval_data.cc (the JSONL set),
// system_summaries.cc (summary folders, chorus's run), baselines.cc,
// evaluation.cc and eval_report.cc.
#ifndef CHORUS_SRC_EVAL_INTERNAL_H_
#define CHORUS_SRC_EVAL_INTERNAL_H_

#include <string>

#include "chorus/status.h"

namespace chorus {
namespace internal {

// Natural order of names: runs of ASCII digits compare by value (leading
// zeros ignored, then fewer zeros first), everything else byte-wise; so
// "2" < "10" < "10a" < "b".
bool NaturalLess(const std::string& a, const std::string& b);

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_EVAL_INTERNAL_H_
