#!/usr/bin/env bash
# Seeking in a long `gcviz play` (issue 15), end to end in tmux: f2 x N
# (default 100,000 iterations, 1,000,008 steps) played to its end with End,
# then `g STEP Enter` to steps whose history the live recording dropped
# (recorded again from the restart before them), each twice (the second
# time from the cache), and to one still kept. Prints the time from Enter
# until the title shows the step (polled every 5 ms: a few ms of it is tmux).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bench-lib.sh
N=${N:-100000}
swift build -c release --product gcviz >/dev/null
gcviz=$PWD/.build/release/gcviz
work=$(mktemp -d)
socket=gcviz-bench-seek-$$
tmux_() { tmux -L "$socket" "$@"; }
trap 'tmux_ kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
write_f2 "$work/f2.py" "$N"
now() { date +%s.%N; }
ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%d", (b - a) * 1000 }'; }
title() { tmux_ capture-pane -p -t bench | head -1; }
tmux_ new-session -d -s bench -x 120 -y 40 "$gcviz play $work/f2.py --max-steps 0"
sleep 1
start=$(now)
until title | grep -q finished; do
  tmux_ send-keys -t bench End
  sleep 0.05
done
echo "played to the end (End held down): $(ms "$start" "$(now)") ms; $(title | grep -o 'step [0-9,/]*')"
seek() {
  local step=$1 shown
  shown=$(echo "$step" | sed -e :a -e 's/\B[0-9]\{3\}\>/,&/;ta')
  tmux_ send-keys -t bench g "$step"
  local t0
  t0=$(now)
  tmux_ send-keys -t bench Enter
  until title | grep -q "step $shown/"; do sleep 0.005; done
  echo "g $step: $(ms "$t0" "$(now)") ms ($2)"
}
last=$((N * 10 - 1000))
for step in 5000 $((N * 6)); do
  seek "$step" "dropped: recorded again"
  seek "$last" "still kept"
  seek "$step" "dropped, reached once: cached"
done
pid=$(pgrep -f "^$gcviz play" | head -1)
echo "gcviz peak RSS: $(awk '/VmHWM/ {print int($2 / 1024) " MB"}' "/proc/$pid/status")"
