# Source: PyMOTW (Doug Hellmann), weakref, weakref_valuedict.py
# What: a regular dict cache keeps its values; a WeakValueDictionary cache lets them go.
import gc
import weakref

class ExpensiveObject(object):
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'ExpensiveObject(%s)' % self.name
    def __del__(self):
        print('    (Deleting %s)' % self)

def demo(cache_factory):
    all_refs = {}
    print('CACHE TYPE: %s' % cache_factory)
    cache = cache_factory()
    for name in ['one', 'two', 'three']:
        o = ExpensiveObject(name)
        cache[name] = o
        all_refs[name] = o
        del o
    print('  all_refs = %d' % len(all_refs))
    print('  Before, cache: %s' % sorted(cache.keys()))
    del all_refs
    print('  Clearing strong refs')
    gc.collect()
    print('  After, cache: %s' % sorted(cache.keys()))
    print('  demo returning')
    return

demo(dict)
print('')
demo(weakref.WeakValueDictionary)
