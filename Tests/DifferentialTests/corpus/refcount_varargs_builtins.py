# sys.getrefcount(self) inside __str__ while str() runs: 2.7's
# call_function moves a METH_VARARGS builtin's (or a type's) arguments off the
# stack into the argument tuple (load_args), so the tuple's reference replaces
# the stack's; 3.11 copies them (_PyTuple_FromArray) where it makes a tuple.
import sys
class R(object):
    def __str__(self):
        print('rc inside', sys.getrefcount(self))
        return 'R'
r = R()
s = str(r)
print(str(r))
def f():
    return str(r)
f()
x = [str(r)]
try:
    str(r, r, r, 4, 5)
except TypeError as e:
    print(e)
print(sys.getrefcount(r))
