# Shared by the bench-*.sh scripts (sourced, not run).

# write_f2 FILE N: the f2 benchmark (the seed's second loop, N iterations,
# then gc.get_count()) as a scenario file.
write_f2() {
  cat >"$1" <<PY
import gc
class ClassA:
    def __init__(self):
        pass
def f2():
    i = 0
    while i < $2:
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
}
