// Reading whole files: the one place where the library opens files for
// reading (the loader's .txt/.json inputs, eval's data and summaries), so
// that I/O stays behind one seam.
#ifndef CHORUS_SRC_FILE_UTIL_H_
#define CHORUS_SRC_FILE_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "chorus/status.h"

namespace chorus {
namespace internal {

// Reads the whole file at `path` into *out. NotFound when it does not
// exist, IOError with the system's reason when it cannot be read (a folder
// included), LimitExceeded naming `limit_name` as soon as more than
// `max_bytes` have been read (pipes have no size). Messages start with the
// path.
Status ReadWholeFile(const std::string& path, std::string* out, size_t max_bytes = SIZE_MAX,
                     const char* limit_name = "max_article_bytes");

}  // namespace internal
}  // namespace chorus

#endif  // CHORUS_SRC_FILE_UTIL_H_
