#!/usr/bin/env bash
# The live visualizer's budgets, measured by the Benchmarks/ package
# (ordo-one/benchmark, release build), printed as a table for the README:
#   frame build  - one 120x40 screen (graph layout included) for a heap of
#                  10,000 and of 100 live objects, and after a step that adds
#                  one object (medians)
#   seek         - the state at a random step of a 1,000,000-step run (median)
#   f1 peak RSS  - playing f1's endless loop through a live recording to
#                  F1_STEPS steps (default 10,000,000; one run, ~15 minutes)
# F1_STEPS=1000000 for a shorter run; SKIP_F1=1 to leave it out.
# The full log is kept in Benchmarks/.build/bench-screen.log.
set -euo pipefail
cd "$(dirname "$0")/../Benchmarks"
F1_STEPS=${F1_STEPS:-10000000}
log=.build/bench-screen.log
mkdir -p .build
filter=()
if [[ -n ${SKIP_F1:-} ]]; then filter=(--filter 'Frame.*' --filter 'Seek.*'); fi
GCVIZ_BENCH_F1_STEPS=$F1_STEPS swift package benchmark --no-progress "${filter[@]}" >"$log" 2>&1 || {
  tail -40 "$log"
  exit 1
}

# p50 of a metric row in the text table of the benchmark whose name starts
# with $1 (columns: metric, p0, p25, p50, ...).
p50() {
  awk -F'│' -v name="$1" -v metric="$2" '
    !/^(│|╒|╞|├|╘)/ && length($0) > 0 { current = $0 }
    /^│/ && index(current, name) == 1 && index($2, metric) { gsub(/ /, "", $5); print $5; exit }
  ' "$log"
}

frame_us=$(p50 "Frame build, 10,000" "Time (wall clock)")
small_us=$(p50 "Frame build, 100 live" "Time (wall clock)")
step_us=$(p50 "Frame build per line step" "Time (wall clock)")
seek_us=$(p50 "Seek to" "Time (wall clock)")
ms() { awk -v us="$1" 'BEGIN { printf "%.2f ms", us / 1000 }'; }

echo "| budget (release, $(nproc) cores) | measured | bar |"
echo "| --- | --- | --- |"
echo "| layout and build one 120x40 screen, 10,000 live objects (median) | $(ms "$frame_us") | ≤ 5 ms |"
echo "| layout and build one 120x40 screen, 100 live objects (median) | $(ms "$small_us") | ≤ 1 ms |"
echo "| the screen of each line step while a loop adds one object a step, 60 to 80 (median) | $(ms "$step_us") | ≤ 1 ms |"
echo "| seek to a random step of a 1,000,000-step run (median) | $(ms "$seek_us") | ≤ 50 ms |"
if [[ -z ${SKIP_F1:-} ]]; then
  hwm=$(p50 "Play f1" "VmHWM")
  secs=$(p50 "Play f1" "Time (wall clock)")
  steps=$(echo "$F1_STEPS" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')
  echo "| peak RSS playing f1 (while True) for $steps steps ($secs s) | $hwm MB | ≤ 200 MB |"
fi
