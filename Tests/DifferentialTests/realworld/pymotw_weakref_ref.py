# Source: PyMOTW (Doug Hellmann), weakref, weakref_ref.py
# What: a weak reference to an ExpensiveObject, before and after deleting it.
import weakref

class ExpensiveObject(object):
    def __del__(self):
        print('(Deleting %s)' % self)

obj = ExpensiveObject()
r = weakref.ref(obj)

print('obj: %s' % obj)
print('ref: %s' % r)
print('r(): %s' % r())

print('deleting obj')
del obj
print('r(): %s' % r())
