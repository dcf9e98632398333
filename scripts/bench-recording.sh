#!/usr/bin/env bash
# Recording at scale (issue 15): each shape against its peer, in one run,
# alternating, RUNS times each (default 3); prints the median (min–max) wall
# time and median peak RSS of each and the ratio, as a table for the README:
#   append 10,000 / 100,000 instances to one list: render (the end) vs run
#   f2 x 100,000 (1,000,000 steps): render --step 999000 and --step 1000 vs
#     run to the same step
#   a Java list of 1,000,000 nodes freed by one store: run vs java (if java
#     and javac are on PATH)
# then the bytes recorded per step of f2 (peak RSS of recording 10,000 steps
# less that of reading the end only, per step).
# CALLGRIND=1 adds the instructions each side runs (valgrind's callgrind,
# one run): a figure that does not drift with the machine's load.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bench-lib.sh
RUNS=${RUNS:-3}
swift build -c release --product gcviz >/dev/null
gcviz=$PWD/.build/release/gcviz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
write_f2 "$work/f2x100000.py" 100000
python3 - "$work" <<'PY'
import sys
d = sys.argv[1]
for n in (10000, 100000):
    with open("%s/append%d.py" % (d, n), "w") as f:
        f.write("class Item(object):\n    pass\nitems = []\nfor i in range(%d):\n    items.append(Item())\nprint(len(items))\n" % n)
with open(d + "/LinkedList1M.java", "w") as f:
    f.write("""public class LinkedList1M {
    static class Node {
        Node next;
    }

    public static void main(String[] args) {
        Node head = null;
        for (int i = 0; i < 1000000; i++) {
            Node n = new Node();
            n.next = head;
            head = n;
        }
        head = null;
        System.out.println("freed");
    }
}
""")
PY
# The median, min and max of a column of numbers.
stats() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)], a[1], a[NR]}'; }
measure() {
  /usr/bin/time -f '%e %M' -o "$work/.t" "$@" >/dev/null 2>&1 || true
  tail -1 "$work/.t"
}
# Instructions a command runs (callgrind, threads included).
instructions() {
  { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null || true; } |
    awk '/Collected :/ {print $NF}' | tail -1
}
# row LABEL "COMMAND" "PEER COMMAND" [BAR]: both run in $work, alternating.
row() {
  local label=$1 subject=$2 peer=$3 bar=${4:-} s=() p=()
  for _ in $(seq "$RUNS"); do
    # shellcheck disable=SC2086
    p+=("$(cd "$work" && measure $peer)")
    # shellcheck disable=SC2086
    s+=("$(cd "$work" && measure $subject)")
  done
  local sw sm pw pm
  sw=$(printf '%s\n' "${s[@]}" | cut -d' ' -f1 | stats)
  sm=$(printf '%s\n' "${s[@]}" | cut -d' ' -f2 | stats | cut -d' ' -f1)
  pw=$(printf '%s\n' "${p[@]}" | cut -d' ' -f1 | stats)
  pm=$(printf '%s\n' "${p[@]}" | cut -d' ' -f2 | stats | cut -d' ' -f1)
  local ir=""
  if [[ -n ${CALLGRIND:-} ]]; then
    local si pi
    # shellcheck disable=SC2086
    si=$(cd "$work" && instructions $subject)
    # shellcheck disable=SC2086
    pi=$(cd "$work" && instructions $peer)
    ir=$(awk -v a="$si" -v b="$pi" 'BEGIN { printf " %.0fM / %.0fM |", a / 1e6, b / 1e6 }')
  fi
  awk -v l="$label" -v sw="$sw" -v sm="$sm" -v pw="$pw" -v pm="$pm" -v bar="$bar" -v ir="$ir" 'BEGIN {
    split(sw, s, " "); split(pw, p, " ")
    printf "| %s | %.2f s (%.2f–%.2f), %d MB | %.2f s (%.2f–%.2f), %d MB | %.1fx, %.1fx RSS | %s |%s\n",
      l, s[1], s[2], s[3], sm / 1024, p[1], p[2], p[3], pm / 1024,
      (p[1] > 0 ? s[1] / p[1] : 0), (pm > 0 ? sm / pm : 0), bar, ir }'
}
header="| shape (release, $(nproc) cores, median (min–max) of $RUNS) | gcviz | peer | ratio | bar |"
rule="| --- | --- | --- | --- | --- |"
if [[ -n ${CALLGRIND:-} ]]; then
  header="$header instructions, gcviz / peer |"
  rule="$rule --- |"
fi
echo "$header"
echo "$rule"
row "append 10,000 instances: \`render\` (the end) / \`run\`" \
  "$gcviz render append10000.py" "$gcviz run append10000.py" "≤ 10x, ≤ 100 MB"
row "append 100,000 instances: \`render\` (the end) / \`run\`" \
  "$gcviz render append100000.py" "$gcviz run append100000.py" "a frame in ≤ 5 s"
row "f2 x 100,000 (1,000,000 steps): \`render --step 999000\` / \`run\` to that step" \
  "$gcviz render f2x100000.py --max-steps 0 --step 999000" "$gcviz run f2x100000.py --max-steps 999000" "≤ 5x"
row "f2 x 100,000: \`render --step 1000\` / \`run\` to that step" \
  "$gcviz render f2x100000.py --max-steps 0 --step 1000" "$gcviz run f2x100000.py --max-steps 1000" ""
if command -v java >/dev/null && command -v javac >/dev/null; then
  (cd "$work" && javac LinkedList1M.java)
  row "Java list of 1,000,000 nodes freed by one store: \`run\` / \`java\`" \
    "$gcviz run LinkedList1M.java --max-steps 0" "java -cp $work LinkedList1M" "≤ 3x, ≤ 2x RSS"
fi
# Recorded bytes per step: `--step 0` records steps 0 to 10,000 (the
# lookahead), `--end` none; both run the whole file.
recorded=() ending=()
for _ in $(seq "$RUNS"); do
  recorded+=("$(cd "$work" && measure "$gcviz" render f2x100000.py --max-steps 20000 --step 0 | cut -d' ' -f2)")
  ending+=("$(cd "$work" && measure "$gcviz" render f2x100000.py --max-steps 20000 | cut -d' ' -f2)")
done
r=$(printf '%s\n' "${recorded[@]}" | stats | cut -d' ' -f1)
e=$(printf '%s\n' "${ending[@]}" | stats | cut -d' ' -f1)
awk -v r="$r" -v e="$e" 'BEGIN { printf "\nf2: about %d bytes recorded per step (peak RSS recording 10,000 steps %d MB, reading the end %d MB; bar: ≤ 100 B)\n", (r - e) * 1024 / 10001, r / 1024, e / 1024 }'
