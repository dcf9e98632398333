#!/usr/bin/env bash
# f2 with N iterations: gcviz run (release) vs CPython 3.11, alternating runs,
# median wall time and peak RSS of each, and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000000}
RUNS=${RUNS:-5}
PY=${PY:-$HOME/.pyenv/versions/3.11.7/bin/python3.11}
swift build -c release --product gcviz >/dev/null
tmp=$(mktemp -d)
cat > "$tmp/f2bench.py" <<PY
import gc
class ClassA:
    def __init__(self):
        pass
def f2():
    i = 0
    while i < $N:
        c1 = ClassA()
        c2 = ClassA()
        c1.t = c2
        c2.t = c1
        del c1
        del c2
        i += 1
f2()
print(gc.get_count())
PY
measure() { /usr/bin/time -f '%e %M' "$@" >/dev/null 2>>"$tmp/t"; tail -1 "$tmp/t"; }
g=(); p=()
for _ in $(seq "$RUNS"); do
  g+=("$(measure .build/release/gcviz run "$tmp/f2bench.py" --max-steps 0)")
  p+=("$(measure "$PY" "$tmp/f2bench.py")")
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
gw=$(printf '%s\n' "${g[@]}" | cut -d' ' -f1 | median); gm=$(printf '%s\n' "${g[@]}" | cut -d' ' -f2 | median)
pw=$(printf '%s\n' "${p[@]}" | cut -d' ' -f1 | median); pm=$(printf '%s\n' "${p[@]}" | cut -d' ' -f2 | median)
echo "gcviz:   ${gw}s  ${gm} KB"
echo "cpython: ${pw}s  ${pm} KB"
awk -v a="$gw" -v b="$pw" -v c="$gm" -v d="$pm" 'BEGIN {printf "ratio:   wall %.2fx  rss %.2fx\n", a/b, c/d}'
