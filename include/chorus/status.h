// Copyright (c) chorus developers.
//
// Status: the one error type of the chorus library (as leveldb's Status).
// No exception crosses the public API; every fallible call returns a Status,
// and results come back through output parameters. A Status is a cheap value:
// OK carries no allocation, an error carries a code and a message that names
// the offending input (file, line, byte offset, cluster) and what is wrong.
//
// Thread-safety: a Status is an immutable value; copies may be used from any
// thread.

#ifndef CHORUS_STATUS_H_
#define CHORUS_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace chorus {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // bad options or usage (CLI exit 2)
    kNotFound,         // a named file or folder does not exist (exit 1)
    kIOError,          // reading or writing failed (exit 1)
    kInvalidInput,     // input data is malformed: bad UTF-8, bad JSON... (exit 1)
    kLimitExceeded,    // input is larger than a configured limit (exit 1)
  };

  Status() = default;  // OK

  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status NotFound(std::string msg) {
    return Status(Code::kNotFound, std::move(msg));
  }
  static Status IOError(std::string msg) {
    return Status(Code::kIOError, std::move(msg));
  }
  static Status InvalidInput(std::string msg) {
    return Status(Code::kInvalidInput, std::move(msg));
  }
  static Status LimitExceeded(std::string msg) {
    return Status(Code::kLimitExceeded, std::move(msg));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // The message alone, e.g. "a.txt: invalid UTF-8 at byte 17". Empty when OK.
  const std::string& message() const { return message_; }
  // "OK", or a code name followed by the message, for logs.
  std::string ToString() const;

  // Returns a copy whose message is "<prefix>: <message>"; OK stays OK.
  Status WithContext(std::string_view prefix) const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace chorus

// Returns from the enclosing function when `expr` yields a non-OK Status.
#define CHORUS_RETURN_IF_ERROR(expr)        \
  do {                                      \
    ::chorus::Status _chorus_st = (expr);   \
    if (!_chorus_st.ok()) return _chorus_st; \
  } while (0)

#endif  // CHORUS_STATUS_H_
