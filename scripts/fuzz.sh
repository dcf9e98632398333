#!/usr/bin/env bash
# Fuzzes the scenario front ends and runtimes with libFuzzer (the Fuzz/
# package, built with -sanitize=fuzzer,address) and prints a summary.
#
#   scripts/fuzz.sh [python|java|all] [SECONDS]     (default: all, 600 s each)
#   FUZZ_PROBES=1 scripts/fuzz.sh python 60          (with the probes: see seed())
#
# FuzzPython runs each input as a Python scenario under cpython2.7 and
# cpython3.11, FuzzJava as a Java scenario under jvm-rc and jvm-rc+cycles,
# both in-process with the limits of Fuzz/Sources/FuzzSupport/FuzzRun.swift.
# Targets run one after the other, each in libFuzzer's fork mode with
# FUZZ_JOBS workers (default 1: the machine has 2 cores, shared), so a crash,
# a timeout or an out-of-memory ends a worker, not the run. Everything goes
# under .build-fuzz/ (gitignored):
#   build/              the sanitized build
#   seeds/<target>/     scenarios/ and the test corpora, copied afresh
#   corpus/<target>/    what libFuzzer keeps (grows across runs)
#   findings/<target>/  crash-*, timeout-*, oom-*, leak-* (libFuzzer's
#                       artifacts), slow/ (inputs over FuzzLimits.slowSeconds),
#                       and a .frame file beside each artifact: its first frame
#   <target>.log        the run's log
# Reproduce one: .build-fuzz/build/release/FuzzPython FILE (under `ulimit -s
# 1048576`); minimize it: add -minimize_crash=1 -runs=100000.
set -uo pipefail
cd "$(dirname "$0")/.."

which=${1:-all}
seconds=${2:-600}
jobs=${FUZZ_JOBS:-1}
case $which in
  python) targets=(python) ;;
  java) targets=(java) ;;
  all) targets=(python java) ;;
  *)
    echo "usage: $0 [python|java|all] [SECONDS]" >&2
    exit 2
    ;;
esac

out=.build-fuzz
bin=$out/build/release
# swiftc keeps only the last -sanitize flag, and `--sanitize fuzzer
# --sanitize address` passes two in an order that changes from run to run
# (coverage or ASan silently missing, and a full rebuild each time). So
# --sanitize=fuzzer (SwiftPM then links libFuzzer's main instead of the
# target's) and one -sanitize=fuzzer,address after it. -enable-testing:
# the harness calls the runner below its large-stack thread.
swift build -c release --package-path Fuzz --scratch-path "$out/build" --sanitize=fuzzer \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing -j 2 || exit 1

# The harness runs each input on the main thread (a thread per input, as
# Runner.run starts, halved the executions per second); the interpreter
# recurses with the scenario's nesting, so give it the runner's 1 GiB.
ulimit -s 1048576 || exit 1
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:handle_abort=1}
# A trap is libFuzzer's to report (stack, artifact): Swift's own backtracer
# would take the signal first and, under ASan, can hang reading memory.
export SWIFT_BACKTRACE=enable=no

# The seeds of a target: every scenario and corpus file of its language,
# the short programs of Fuzz/seeds/ (each builtin and method with its
# arguments: the scenarios are long and mostly about gc) and the crashes
# already found, prefixed with their folder (names repeat across folders).
seed() {
  local target=$1 ext dirs
  if [[ $target == python ]]; then
    ext=py
    dirs=(scenarios Tests/DifferentialTests/corpus Fuzz/seeds/python Fuzz/regressions/python)
  else
    ext=java
    dirs=(scenarios Tests/JavaFrontEndTests/corpus Tests/JavaFrontEndTests/acceptance Tests/JavaRuntimeTests/corpus
      Fuzz/regressions/java)
  fi
  rm -rf "$out/seeds/$target"
  mkdir -p "$out/seeds/$target"
  for dir in "${dirs[@]}"; do
    for file in "$dir"/*."$ext"; do
      [[ -e $file ]] || continue
      cp "$file" "$out/seeds/$target/$(echo "$dir" | tr / -)-$(basename "$file")"
    done
  done
  # FUZZ_PROBES=1: also every builtin, method, operator and format against
  # edge values (21,289 Python, 1,658 Java programs; Fuzz/probes/). libFuzzer
  # runs each once before fuzzing, so a run of a few seconds is a check of
  # every known crash site; that first pass takes some minutes.
  if [[ -n ${FUZZ_PROBES:-} ]]; then
    python3 Fuzz/probes/generate.py "$target" "$out/seeds/$target" || exit 1
  fi
}

# The first frame of the project's code in a reproduction's stack trace
# (demangled), and the error line above it; written to ARTIFACT.frame.
classify() {
  local binary=$1 artifact=$2 log frame error
  log=$("$binary" -timeout=10 -rss_limit_mb=2048 "$artifact" 2>&1)
  error=$(grep -m1 -E 'Fatal error|ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error' <<<"$log" |
    sed -E 's/^.*(Fatal error|ERROR: )/\1/')
  frame=$(grep -E '^ +#[0-9]+ 0x[0-9a-f]+ in .*/Sources/' <<<"$log" | head -1 |
    sed -E 's/^ +#[0-9]+ 0x[0-9a-f]+ in ([^ ]+) (.*)$/\1 \2/')
  if [[ -n $frame ]]; then
    local symbol=${frame%% *} place=${frame#* }
    frame="$(swift demangle --simplified --compact "$symbol" | cut -c1-140) ($(sed -E 's|^.*/Sources/|Sources/|' <<<"$place"))"
  fi
  echo "${frame:-no frame in Sources/} | ${error:-no error line}" >"$artifact.frame"
}

summary() {
  local target=$1 binary=$2 log=$3 findings=$4
  local status execs rate time
  status=$(grep -E '^#[0-9]+: cov:' "$log" | tail -1)
  execs=$(sed -E 's/^#([0-9]+):.*/\1/' <<<"$status")
  time=$(sed -E 's/.* time: ([0-9]+)s.*/\1/' <<<"$status")
  rate=$(awk -v n="${execs:-0}" -v t="${time:-0}" 'BEGIN { if (t > 0) printf "%d", n / t; else print "?" }')
  echo "== $target: ${execs:-0} inputs in ${time:-?} s ($jobs worker(s)), $rate exec/s on average"
  grep -E '^#[0-9]+: cov:' "$log" | tail -1 | sed -E 's/.*(oom\/timeout\/crash: [0-9\/]+).*/   \1/'
  local artifact kinds=0
  for artifact in "$findings"/crash-* "$findings"/leak-* "$findings"/timeout-* "$findings"/oom-*; do
    [[ -e $artifact && $artifact != *.frame ]] || continue
    kinds=1
    # A timeout or an out-of-memory is not reproduced here (seconds each).
    if [[ ! -e $artifact.frame && ($artifact == */crash-* || $artifact == */leak-*) ]]; then
      classify "$binary" "$artifact"
    fi
  done
  if ((kinds)); then
    echo "   findings by first frame (count, kind: frame | error):"
    for artifact in "$findings"/crash-*.frame "$findings"/leak-*.frame; do
      [[ -e $artifact ]] && echo "$(basename "$artifact" | cut -d- -f1): $(cat "$artifact")"
    done | sort | uniq -c | sort -rn | sed 's/^/   /'
    for kind in timeout oom; do
      local n
      n=$(find "$findings" -maxdepth 1 -name "$kind-*" ! -name '*.frame' | wc -l)
      ((n > 0)) && echo "   $n $kind input(s): $findings/$kind-*"
    done
  else
    echo "   no crashes, leaks, timeouts or out-of-memory inputs"
  fi
  local slow
  slow=$(find "$findings/slow" -type f 2>/dev/null | wc -l)
  ((slow > 0)) && echo "   $slow slow input(s) (over FuzzLimits.slowSeconds): $findings/slow/"
}

status=0
for target in "${targets[@]}"; do
  if [[ $target == python ]]; then
    binary=$bin/FuzzPython max_len=4096
  else
    binary=$bin/FuzzJava max_len=8192
  fi
  seed "$target"
  findings=$out/findings/$target
  mkdir -p "$out/corpus/$target" "$findings/slow"
  log=$out/$target.log
  echo "fuzzing $target for $seconds s (log: $log)"
  # -fork with -ignore_*: a worker that finds something is replaced and the
  # run goes on, so one run collects many findings. -timeout: a hang;
  # -rss_limit_mb and -malloc_limit_mb: a runaway allocation.
  GCVIZ_FUZZ_SLOW_DIR=$findings/slow "$binary" \
    -fork="$jobs" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
    -max_len="$max_len" -dict="Fuzz/dictionaries/$target.dict" \
    -artifact_prefix="$findings/" -print_final_stats=1 \
    "$out/corpus/$target" "$out/seeds/$target" >"$log" 2>&1 || status=1
  summary "$target" "$binary" "$log" "$findings"
done
exit $status
