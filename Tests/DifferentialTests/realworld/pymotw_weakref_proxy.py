# Source: PyMOTW (Doug Hellmann), weakref, weakref_proxy.py
# What: a proxy used like the object, then a ReferenceError after it is gone.
import weakref

class ExpensiveObject(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('(Deleting %s)' % self)

obj = ExpensiveObject('My Object')
r = weakref.ref(obj)
p = weakref.proxy(obj)

print('via obj: %s' % obj.name)
print('via ref: %s' % r().name)
print('via proxy: %s' % p.name)
del obj
try:
    print('via proxy: %s' % p.name)
except ReferenceError:
    print('ReferenceError: weakly-referenced object no longer exists')
