# Errors raised by Python code in __del__ and in a weakref callback are
# reported and ignored. 2.7's PyErr_WriteUnraisable writes the value with
# repr: for a raised instance (or a raised class, normalized by do_raise)
# that is the exception's repr; for an error raised in C (1/0, a missing
# attribute) it is still the message string. 3.11 prints a traceback.
import weakref

class Bad(object):
    def __del__(self):
        raise RuntimeError("in __del__")

class BadClass(object):
    def __del__(self):
        raise ValueError

class BadKey(object):
    def __del__(self):
        raise KeyError('k')

class CError(object):
    def __del__(self):
        1 // 0

for cls in (Bad, BadClass, BadKey, CError):
    o = cls()
    del o
    print('after', cls.__name__)

class Target(object):
    pass

def callback(ref):
    raise ValueError('from callback')

t = Target()
r = weakref.ref(t, callback)
del t
print('done')
