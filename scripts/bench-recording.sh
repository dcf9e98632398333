#!/usr/bin/env bash
# Recording at scale (issue 15): each shape's `gcviz render` against
# `gcviz run` of the same file, in one run, alternating, RUNS times each
# (default 3); prints the median wall time and peak RSS of each and the
# ratio render/run, as a table for the README.
#   append 10,000 / 100,000 instances to one list, render (the end)
#   f2 x 100,000 (1,000,000 steps), render --step 999000
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
swift build -c release --product gcviz >/dev/null
gcviz=$PWD/.build/release/gcviz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import sys
d = sys.argv[1]
for n in (10000, 100000):
    with open("%s/append%d.py" % (d, n), "w") as f:
        f.write("class Item(object):\n    pass\nitems = []\nfor i in range(%d):\n    items.append(Item())\nprint(len(items))\n" % n)
with open(d + "/f2x100000.py", "w") as f:
    f.write("""import gc
class ClassA:
    def __init__(self):
        pass
def f2():
    i = 0
    while i < 100000:
        c1 = ClassA()
        c2 = ClassA()
        c1.t = c2
        c2.t = c1
        del c1
        del c2
        i += 1
f2()
print(gc.get_count())
""")
PY
# Median of the first column (wall s) and of the second (peak KB).
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  /usr/bin/time -f '%e %M' -o "$work/.t" "$@" >/dev/null 2>&1 || true
  tail -1 "$work/.t"
}
row() {
  local label=$1 file=$2 renderArgs=$3 runArgs=$4 r=() g=()
  for _ in $(seq "$RUNS"); do
    # shellcheck disable=SC2086
    g+=("$(cd "$work" && measure "$gcviz" run "$file" $runArgs)")
    # shellcheck disable=SC2086
    r+=("$(cd "$work" && measure "$gcviz" render "$file" $renderArgs)")
  done
  local gw gm rw rm
  gw=$(printf '%s\n' "${g[@]}" | cut -d' ' -f1 | median); gm=$(printf '%s\n' "${g[@]}" | cut -d' ' -f2 | median)
  rw=$(printf '%s\n' "${r[@]}" | cut -d' ' -f1 | median); rm=$(printf '%s\n' "${r[@]}" | cut -d' ' -f2 | median)
  awk -v l="$label" -v rw="$rw" -v rm="$rm" -v gw="$gw" -v gm="$gm" 'BEGIN {
    printf "| %s | %.2f s, %d MB | %.2f s, %d MB | %.1fx |\n", l, rw, rm / 1024, gw, gm / 1024, (gw > 0 ? rw / gw : 0) }'
}
echo "| shape (release, $(nproc) cores, median of $RUNS) | render | run | render / run |"
echo "| --- | --- | --- | --- |"
row "append 10,000 instances, render (the end)" append10000.py "" ""
row "append 100,000 instances, render (the end)" append100000.py "" ""
row "f2 x 100,000, render --step 999000" f2x100000.py "--max-steps 0 --step 999000" "--max-steps 0"
