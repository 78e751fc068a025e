# Runs one fuzz target for ctest (see CMakeLists.txt): copies the seed
# corpus SEEDS into a fresh WORK/corpus, runs FUZZER there with ARGS, and
# fails when the fuzzer reports a finding (crash-*, leak-*, timeout-* and
# oom-* files are left in WORK).
file(REMOVE_RECURSE ${WORK}/corpus)
file(MAKE_DIRECTORY ${WORK}/corpus)
file(GLOB seeds ${SEEDS}/*)
file(COPY ${seeds} DESTINATION ${WORK}/corpus)
execute_process(
  COMMAND ${FUZZER} ${ARGS} -artifact_prefix=${WORK}/ ${WORK}/corpus
  WORKING_DIRECTORY ${WORK}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${FUZZER} found a problem (exit ${rc}); reproducer in ${WORK}/")
endif()
