# Source: Artem Golubin (rushter.com), "Garbage collection in Python: things you need to know" (reference counting section)
# What: references from a variable, a list and a function argument each add one.
import sys

foo = []
print(sys.getrefcount(foo))
def bar(a):
    print(sys.getrefcount(a))
bar(foo)
print(sys.getrefcount(foo))
