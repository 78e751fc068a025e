// Catch2 main shared by every test binary. A binary built with
// CHORUS_TEST_NEEDS_SHARED exits 77 (ctest: skipped) with a message when the
// shared data folder is absent.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>

#include "test_util.h"

int main(int argc, char* argv[]) {
#ifdef CHORUS_TEST_NEEDS_SHARED
  const std::string dir = chorus::test::SharedDir();
  if (!std::filesystem::is_directory(dir)) {
    std::fprintf(stderr,
                 "SKIPPED: shared data folder %s not found (set CHORUS_SHARED "
                 "to its path to run this test)\n",
                 dir.c_str());
    return 77;
  }
#endif
  return Catch::Session().run(argc, argv);
}
