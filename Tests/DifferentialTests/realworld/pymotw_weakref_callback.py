# Source: PyMOTW (Doug Hellmann), weakref, weakref_ref_callback.py
# What: the callback receives the (now dead) reference object.
import weakref

class ExpensiveObject(object):
    def __del__(self):
        print('(Deleting %s)' % self)

def callback(reference):
    print('callback(%r)' % reference)

obj = ExpensiveObject()
r = weakref.ref(obj, callback)

print('obj: %s' % obj)
print('ref: %s' % r)
print('r(): %s' % r())

print('deleting obj')
del obj
print('r(): %s' % r())
