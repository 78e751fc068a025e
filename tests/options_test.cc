// SummarizerOptions::Validate (src/options.cc): what a library caller may
// pass without the CLI's flag checks in front of it.
#include <catch2/catch.hpp>
#include <memory>
#include <string>

#include "chorus/evaluation.h"
#include "chorus/options.h"
#include "chorus/summarizer.h"

namespace chorus {
namespace {

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST_CASE("default options are valid", "[util]") {
  CHECK(SummarizerOptions().Validate().ok());
}

// An enum value outside its list (a cast integer, a struct from a newer
// header) was accepted: the budget counted words and a failing digest's
// message read kUnitNames past its end (SIGSEGV with budget 1).
TEST_CASE("budget unit and order outside their enums are refused", "[util]") {
  SummarizerOptions unit;
  unit.budget_unit = static_cast<BudgetUnit>(1000000);
  unit.budget = 1;
  std::unique_ptr<Summarizer> summarizer;
  Status s = Summarizer::Create(unit, &summarizer);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(Contains(s.message(), "budget_unit"));
  SummarizerOptions order;
  order.order = static_cast<SentenceOrder>(-1);
  s = order.Validate();
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(Contains(s.message(), "order"));

  BaselineOptions baseline;
  baseline.budget_unit = static_cast<BudgetUnit>(3);
  std::unique_ptr<Baselines> baselines;
  s = Baselines::Create(baseline, &baselines);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(Contains(s.message(), "budget_unit"));
}

}  // namespace
}  // namespace chorus
