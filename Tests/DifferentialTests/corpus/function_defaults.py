#: profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13
# A function's defaults tuple (__defaults__): made once when def runs, so a mutable default is one object shared by every call; its refcounts, and None without defaults
import sys

def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to.__defaults__)
first = append_to(1)
second = append_to(2)
print(first is second, append_to.__defaults__, first is append_to.__defaults__[0])
print(sys.getrefcount(append_to.__defaults__[0]))
del first, second
print(sys.getrefcount(append_to.__defaults__[0]))

def plain(a, b):
    return a + b

print(plain.__defaults__)
scale = lambda x, factor=3, offset=(1, 2): x * factor
print(scale.__defaults__, scale(2))

def make(n, cache={}):
    cache[n] = n * n
    return cache

make(2)
make(3)
print(make.__defaults__[0])
