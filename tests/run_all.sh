#!/usr/bin/env bash
# Runs every test suite chorus has, failing on the first failure:
#   1. the Catch2 suite, built as a user builds it (RelWithDebInfo, g++);
#   2. the same suite built with AddressSanitizer and UndefinedBehaviorSanitizer
#      (CHORUS_SANITIZE=ON), where any report fails the test that made it;
#   3. short libFuzzer runs of every fuzz target over its seed corpus
#      (clang 14, CHORUS_BUILD_FUZZ=ON); tests/fuzz/README.md has the long runs.
# Each suite has its own build folder: build/, build-sanitize/, build-fuzz/.
# CHORUS_SKIP_SANITIZE=1 or CHORUS_SKIP_FUZZ=1 leave a suite out (for a quick
# local run; CI runs all three).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="$(nproc)"

echo "== 1/3: test suite"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"

if [ "${CHORUS_SKIP_SANITIZE:-0}" != 1 ]; then
  echo "== 2/3: test suite under AddressSanitizer + UndefinedBehaviorSanitizer"
  cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHORUS_SANITIZE=ON
  cmake --build build-sanitize -j"$jobs"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-sanitize --output-on-failure -j"$jobs"
fi

if [ "${CHORUS_SKIP_FUZZ:-0}" != 1 ]; then
  echo "== 3/3: short libFuzzer runs (clang 14)"
  CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCHORUS_BUILD_FUZZ=ON -DCHORUS_BUILD_TESTS=OFF
  cmake --build build-fuzz -j"$jobs"
  ctest --test-dir build-fuzz -L fuzz --output-on-failure -j"$jobs"
fi
echo "== all test suites passed"
