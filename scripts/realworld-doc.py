#!/usr/bin/env python3
"""Brings docs/realworld-corpus.md and the README's totals line in line with
`realWorldDivergences` in Tests/DifferentialTests/RealWorldTests.swift (the
list the tests check them against): each run's cell, the per-profile table,
the refusal ranking and the totals. Rows, sources and the prose below the
table are kept.

Usage: scripts/realworld-doc.py [--drop name@profile ...]
  --drop removes those entries from the list first (runs that now match).
"""
import collections
import os
import re
import sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
swift_path = os.path.join(root, "Tests/DifferentialTests/RealWorldTests.swift")
doc_path = os.path.join(root, "docs/realworld-corpus.md")
readme_path = os.path.join(root, "README.md")
corpus = os.path.join(root, "Tests/DifferentialTests/realworld")
PROFILES = ["cpython2.7", "cpython3.11", "cpython3.12", "cpython3.13"]

drop = set(sys.argv[sys.argv.index("--drop") + 1:]) if "--drop" in sys.argv else set()

swift = open(swift_path).read()
entry = re.compile(r'  "([^"@]+@[^"]+)":\n    "((?:[^"\\]|\\.)*)",\n')
for key in drop:
    swift, n = re.subn(r'  "%s":\n    "(?:[^"\\]|\\.)*",\n' % re.escape(key), "", swift)
    if n != 1:
        sys.exit("no entry %s" % key)
open(swift_path, "w").write(swift)
divergences = {m.group(1): m.group(2) for m in entry.finditer(swift)}


def profiles_of(path):
    for line in open(path):
        if line.startswith("#: profiles:"):
            return [p.strip() for p in line.split(":", 2)[2].split(",")]
    return PROFILES


files = sorted(f for f in os.listdir(corpus) if f.endswith(".py"))
runs = [(f, p) for f in files for p in profiles_of(os.path.join(corpus, f))]


def what_refused(reason):
    what = reason[len("refused: "):]
    return re.sub(r" (is|are) not supported by the simulator", "", what)


def cell(file, profile):
    if (file, profile) not in runs:
        return "—"
    reason = divergences.get("%s@%s" % (file[:-3], profile))
    if reason is None:
        return "match"
    if reason.startswith("refused: "):
        return "refused (%s)" % what_refused(reason)
    return "differs (see below)"


status = collections.Counter()
per_profile = {p: collections.Counter() for p in PROFILES}
refusals = collections.Counter()
for f, p in runs:
    c = cell(f, p).split(" ")[0]
    status[c] += 1
    per_profile[p][c] += 1
    if c == "refused":
        refusals[what_refused(divergences["%s@%s" % (f[:-3], p)])] += 1

totals = "%d programs, %d (program, profile) runs: %d match, %d refused, %d differ" % (
    len(files), len(runs), status["match"], status["refused"], status["differs"])

doc = open(doc_path).read()
doc = re.sub(r"\d+ programs, \d+ \(program, profile\) runs: \d+ match, \d+ refused, \d+ differ", totals, doc)
for p in PROFILES:
    c = per_profile[p]
    doc = re.sub(r"\| %s \| \d+ \| \d+ \| \d+ \| \d+ \|" % re.escape(p),
                 "| %s | %d | %d | %d | %d |" % (p, sum(c.values()), c["match"], c["refused"], c["differs"]), doc)
ranking = "\n".join("- %d × %s" % (n, w) for w, n in sorted(refusals.items(), key=lambda x: (-x[1], x[0])))
doc = re.sub(r"(counted\.\n\n)(- \d+ × .*\n)+", lambda m: m.group(1) + ranking + "\n", doc)


def row(m):
    # | `file.py` | source | profiles | one status per profile |
    cells = m.group(0).split(" | ")
    file = cells[0][3:-1]
    ran = profiles_of(os.path.join(corpus, file))
    cells = cells[:2] + [", ".join(p[len("cpython"):] for p in PROFILES if p in ran)]
    cells += [cell(file, p) for p in PROFILES]
    return " | ".join(cells) + " |"


doc = re.sub(r"^\| `[^`]+\.py` \| .*\|$", row, doc, flags=re.M)
header = "| file | source | profiles | " + " | ".join(PROFILES) + " |"
doc = re.sub(r"^\| file \| source \| profiles \| .*\|\n\|( --- \|)+$",
             header + "\n|" + " --- |" * (3 + len(PROFILES)), doc, flags=re.M)
open(doc_path, "w").write(doc)

readme = open(readme_path).read()
readme = re.sub(r"\d+ programs, \d+ \(program, profile\) runs: \d+ match, \d+ refused, \d+ differ", totals, readme)
open(readme_path, "w").write(readme)
print(totals)
