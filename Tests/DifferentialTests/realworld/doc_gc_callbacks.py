# Source: Python docs, library/gc.rst, gc.callbacks (phase "start"/"stop", info dict)
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: a callback that reports each collection the program forces.
import gc

def report(phase, info):
    if phase == "stop":
        print("gen %d: collected %d, uncollectable %d" % (info["generation"], info["collected"], info["uncollectable"]))

gc.callbacks.append(report)
a = []
a.append(a)
del a
gc.collect()
gc.collect(0)
gc.callbacks.remove(report)
