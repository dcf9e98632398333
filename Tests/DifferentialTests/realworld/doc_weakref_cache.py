# Source: Python docs, library/weakref.rst (caching large objects with WeakValueDictionary)
# What: a cache that does not keep its values alive.
import weakref

class Image(object):
    def __init__(self, name):
        self.name = name

_cache = weakref.WeakValueDictionary()

def get_image(name):
    try:
        return _cache[name]
    except KeyError:
        img = Image(name)
        _cache[name] = img
        return img

a = get_image("a.png")
b = get_image("a.png")
print(a is b)
print(len(_cache))
del a, b
print(len(_cache))
