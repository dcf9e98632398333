#: profiles: cpython3.12, cpython3.13
# PEP 683 (3.12): None, the bools, small ints, '' and one-character strs, () and the builtin types are immortal: getrefcount gives 2**32 - 1 and binding them changes nothing
import sys

print(sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
print(sys.getrefcount(0), sys.getrefcount(-5), sys.getrefcount(256))
print(sys.getrefcount(''), sys.getrefcount('a'), sys.getrefcount(()))
print(sys.getrefcount(int), sys.getrefcount(list), sys.getrefcount(ValueError))
before = sys.getrefcount(None)
keep = [None] * 100
t = (None, None)
print(sys.getrefcount(None) - before)
del keep, t
print(sys.getrefcount(None) - before)
x = 'q'
y = x
print(sys.getrefcount(x) == sys.getrefcount('q'))
class C:
    pass
c = C()
print(sys.getrefcount(c))
