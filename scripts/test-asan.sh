#!/usr/bin/env bash
# The whole test suite under AddressSanitizer (and LeakSanitizer, on by
# default on Linux), in its own build folder so the normal build is not
# rebuilt: `swift test --sanitize=address --scratch-path .build-asan`.
# Extra arguments go to swift test (e.g. --filter PythonRuntimeTests);
# BUILD_JOBS sets the build's parallelism (default 2). The exit status is
# swift test's; the duration is printed at the end.
set -uo pipefail
cd "$(dirname "$0")/.."

# As CI runs it: a missing snapshot reference fails instead of being recorded.
export SNAPSHOT_TESTING_RECORD=${SNAPSHOT_TESTING_RECORD:-never}
# A report ends the process with its stack; abort() and a trap report too
# (ASan's, not Swift's backtracer, which can hang reading memory under ASan).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:handle_abort=1:handle_sigill=1:handle_sigtrap=1}
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0}

start=$(date +%s)
swift test --sanitize=address --scratch-path .build-asan -j "${BUILD_JOBS:-2}" "$@"
status=$?
echo "test-asan: swift test exited $status after $(($(date +%s) - start)) s"
exit $status
