# Source: Stack Overflow, "Why does sys.getrefcount() return 2?" (accepted answer)
# What: the name plus the call's argument: 2, not 1.
import sys

a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
def f(x):
    return sys.getrefcount(x)
print(f(a))
