# Source: Stack Overflow, "Reference count of an object passed to a function" (answers on the call's argument references)
# What: inside a call the argument is held by the caller's stack and by the callee's local.
import sys

class X(object):
    pass

def show(obj):
    return sys.getrefcount(obj)

x = X()
print(sys.getrefcount(x))
print(show(x))
y = [x]
print(show(x))
