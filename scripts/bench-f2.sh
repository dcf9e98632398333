#!/usr/bin/env bash
# f2 with N iterations: gcviz run (release) vs CPython 3.11, alternating runs,
# median wall time and peak RSS of each, and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bench-lib.sh
N=${N:-1000000}
RUNS=${RUNS:-5}
PY=${PY:-$HOME/.pyenv/versions/3.11.7/bin/python3.11}
# PROFILE=cpython3.13 PY=.../python3.13 compares another version with its own interpreter;
# SCRATCH=DIR builds in DIR (beside a running `swift test`, which holds .build).
PROFILE=${PROFILE:-cpython3.11}
swift build -c release --product gcviz ${SCRATCH:+--scratch-path "$SCRATCH"} >/dev/null
tmp=$(mktemp -d)
write_f2 "$tmp/f2bench.py" "$N"
measure() { /usr/bin/time -f '%e %M' "$@" >/dev/null 2>>"$tmp/t"; tail -1 "$tmp/t"; }
g=(); p=()
for _ in $(seq "$RUNS"); do
  g+=("$(measure "${SCRATCH:-.build}"/release/gcviz run "$tmp/f2bench.py" --max-steps 0 --profile "$PROFILE")")
  p+=("$(measure "$PY" "$tmp/f2bench.py")")
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
gw=$(printf '%s\n' "${g[@]}" | cut -d' ' -f1 | median); gm=$(printf '%s\n' "${g[@]}" | cut -d' ' -f2 | median)
pw=$(printf '%s\n' "${p[@]}" | cut -d' ' -f1 | median); pm=$(printf '%s\n' "${p[@]}" | cut -d' ' -f2 | median)
echo "gcviz:   ${gw}s  ${gm} KB"
echo "cpython: ${pw}s  ${pm} KB"
awk -v a="$gw" -v b="$pw" -v c="$gm" -v d="$pm" 'BEGIN {printf "ratio:   wall %.2fx  rss %.2fx\n", a/b, c/d}'
