# Source: CPython Lib/test/test_gc.py, GCCallbackTests.test_collect
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: gc.callbacks are told the phase and the generation, collected and uncollectable counts.
import gc

visit = []

def cb(phase, info):
    visit.append((phase, info["generation"], info["collected"], info["uncollectable"]))

gc.collect()
gc.callbacks.append(cb)
l = []
l.append(l)
del l
gc.collect()
gc.callbacks.remove(cb)
for v in visit:
    print(v)
