#: profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13
# Methods that take their arguments in a tuple (METH_VARARGS): 2.7's str.startswith/endswith/split/replace/strip, list.insert/pop/index and dict.get/pop/setdefault, 3.x's str.startswith/endswith; the tuple is a new block right after a full collection emptied the free lists
import gc
s = "computed"
l = [1, 2, 3]
d = {1: 2}
tests = [
    ("startswith", lambda: s.startswith("c")),
    ("endswith", lambda: s.endswith("d")),
    ("split", lambda: s.split("p")),
    ("replace", lambda: s.replace("c", "k")),
    ("strip", lambda: s.strip("c")),
    ("join", lambda: ",".join(["a"])),
    ("upper", lambda: s.upper()),
    ("insert", lambda: l.insert(0, 5)),
    ("pop", lambda: l.pop(0)),
    ("index", lambda: l.index(2)),
    ("lcount", lambda: l.count(2)),
    ("get", lambda: d.get(1)),
    ("dpop", lambda: d.pop(7, None)),
    ("setdefault", lambda: d.setdefault(1, 3)),
]
out = []
for name, f in tests:
    f()
    gc.collect()
    a = gc.get_count()[0]
    f()
    b = gc.get_count()[0]
    out.append("%s:%d" % (name, b - a))
print(" ".join(out))
