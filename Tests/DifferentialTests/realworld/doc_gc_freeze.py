# Source: Python docs, library/gc.rst, gc.freeze / gc.get_freeze_count / gc.unfreeze
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: freezing moves every tracked object to the permanent generation, out of the collector's reach.
import gc

gc.collect()
gc.freeze()
print(gc.get_freeze_count() > 0)
print(gc.get_count())
l = []
l.append(l)
del l
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
