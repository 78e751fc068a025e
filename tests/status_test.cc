#include "chorus/status.h"

#include <catch2/catch.hpp>

namespace chorus {

TEST_CASE("Status carries code and message", "[util]") {
  CHECK(Status().ok());
  CHECK(Status::OK().ToString() == "OK");
  Status s = Status::NotFound("a.txt: no such file");
  CHECK_FALSE(s.ok());
  CHECK(s.code() == Status::Code::kNotFound);
  CHECK(s.message() == "a.txt: no such file");
  CHECK(s.ToString() == "Not found: a.txt: no such file");
}

TEST_CASE("WithContext prefixes errors and keeps OK", "[util]") {
  CHECK(Status::OK().WithContext("x").ok());
  Status s = Status::InvalidInput("bad").WithContext("cluster d1");
  CHECK(s.message() == "cluster d1: bad");
  CHECK(s.code() == Status::Code::kInvalidInput);
}

Status Fails() { return Status::IOError("boom"); }
Status Wraps() {
  CHORUS_RETURN_IF_ERROR(Fails());
  return Status::OK();
}

TEST_CASE("CHORUS_RETURN_IF_ERROR propagates", "[util]") {
  CHECK(Wraps().code() == Status::Code::kIOError);
}

}  // namespace chorus
