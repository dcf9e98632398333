#!/usr/bin/env bash
# Runs every example of issue 12 (Tests/PlayTests/hostile/EXPECTED) through
# the release binary's `run` and `render`, and prints for each its exit code
# (and the one expected), wall time and peak RSS. Exits 1 if a code differs.
set -uo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product gcviz >/dev/null || exit 1
gcviz=$PWD/.build/release/gcviz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp Tests/PlayTests/hostile/* "$work/"
# The three big ones are generated.
python3 - "$work" <<'PY'
import sys
d = sys.argv[1]
with open(d + "/classes_32769.py", "w") as f:
    f.write("".join("class C%d: pass\n" % i for i in range(32769)) + "print(C32768)\n")
with open(d + "/globals_200000.py", "w") as f:
    f.write("".join("x%d = %d\n" % (i, i) for i in range(200000)) + "print(x199999)\n")
with open(d + "/Classes70000.java", "w") as f:
    f.write("public class Classes70000 {\n" + "".join("    static class C%d { C%d next; }\n" % (i, i) for i in range(70000))
            + "    public static void main(String[] args) { System.out.println(\"ok\"); }\n}\n")
PY
failed=0
printf '%-28s %-7s %6s %9s %9s\n' example command exit seconds "peak MB"
while IFS=$'\t' read -r file run render runArgs renderArgs _; do
  case "$file" in ''|'#'*) continue ;; esac
  for command in run render; do
    expected=$run; args=$runArgs
    if [ "$command" = render ]; then expected=$render; args=$renderArgs; fi
    [ "$args" = - ] && args=
    # shellcheck disable=SC2086
    ( cd "$work" && /usr/bin/time -f '%e %M' -o "$work/.time" timeout 120 "$gcviz" "$command" "$file" $args >/dev/null 2>"$work/.err" )
    code=$?
    read -r seconds kb < <(tail -1 "$work/.time") || { seconds=?; kb=0; }
    mark=""
    if [ "$code" != "$expected" ]; then mark=" (expected $expected)"; failed=1; fi
    printf '%-28s %-7s %6s %9s %9d%s\n' "$file" "$command" "$code" "$seconds" "$((kb / 1024))" "$mark"
  done
done < Tests/PlayTests/hostile/EXPECTED
exit $failed
