# Source: PyMOTW-3 (Doug Hellmann), weakref, weakref_finalize.py and weakref_finalize_reference.py
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: a finalizer runs when its object goes; one whose arguments hold the object keeps it alive.
import gc
import weakref

class ExpensiveObject:
    def __del__(self):
        print('(Deleting {})'.format(self))

def on_finalize(*args):
    print('on_finalize({!r})'.format(args))

obj = ExpensiveObject()
weakref.finalize(obj, on_finalize, 'extra argument')
del obj

obj = ExpensiveObject()
obj_id = id(obj)
f = weakref.finalize(obj, on_finalize, obj)
f.atexit = False
del obj
for o in gc.get_objects():
    if id(o) == obj_id:
        print('found uncollected object in gc')
