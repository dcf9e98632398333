# Source: Python docs, library/gc.rst, gc.is_finalized example (class Lazarus)
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: an object resurrected by its __del__ is marked finalized.
import gc

class Lazarus:
    def __del__(self):
        global x
        x = self

lazarus = Lazarus()
print(gc.is_finalized(lazarus))
del lazarus
print(gc.is_finalized(x))
