#: profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13
# sys._getframe: the running frame as an object (3.x makes it on demand), its count, depth 1 for the caller, ValueError past the bottom; a frame kept in its own local is a cycle once it returns (it takes its variables and its caller's frame object)
import sys, gc

def here():
    frame = sys._getframe()
    print(sys.getrefcount(frame))
    return frame is sys._getframe()

def caller_of():
    return sys._getframe(1)

def outer():
    f = caller_of()
    print(f is sys._getframe(), sys.getrefcount(f))

print(here())
outer()
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)
print(sys._getframe(-2) is sys._getframe())

def keeps_itself():
    me = sys._getframe()
    data = [1, 2, 3]

gc.collect()
keeps_itself()
print(gc.collect())

def returns_frame():
    local = [4, 5]
    return sys._getframe()

kept = returns_frame()
print(sys.getrefcount(kept), gc.is_tracked(kept))
del kept
print(gc.collect())
before = gc.get_count()
for i in range(3):
    here()
print(gc.get_count()[0] - before[0])
