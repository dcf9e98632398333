# Source: Python docs, library/gc.rst, gc.is_tracked example
# What: atoms are not tracked, containers are; dicts of atoms are untracked until they hold a container.
import gc

print(gc.is_tracked(0))
print(gc.is_tracked("a"))
print(gc.is_tracked([]))
print(gc.is_tracked({}))
print(gc.is_tracked({"a": 1}))
print(gc.is_tracked({"a": []}))
