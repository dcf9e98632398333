# Source: objgraph documentation, "Memory leak example" (find what refers to a leaked object; adapted with gc.get_referrers)
# What: a leaked object found through the cache dict that holds it.
import gc

class Leaky(object):
    pass

_cache = {}

def handle(i):
    obj = Leaky()
    _cache[i] = obj
    return i

for i in range(3):
    handle(i)

target = _cache[1]
holders = [r for r in gc.get_referrers(target) if r is _cache]
print(len(holders))
print(sorted(_cache.keys()))
