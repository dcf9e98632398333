# A set as the key of `in`, discard and remove is looked up as the
# frozenset of its keys (a temporary frozenset; 2.7 first matches the
# hash's TypeError through type.__subclasscheck__); frozensets as
# elements hash as each version's frozenset_hash orders them; a set
# holding one object with __del__ releases it when it dies.
import gc
gc.disable()
gc.collect()
s = {frozenset([1, 2]), 3}
print(gc.get_count())
a = {2, 1}
print(a in s, {5} in s, gc.get_count())
s.discard({1, 2})
print(s, gc.get_count())
try:
    s.remove({9})
except KeyError as e:
    print('KeyError', e)
print({frozenset([1, 2]), frozenset(), frozenset(['a', (1, 2)]), frozenset(range(20)), 5})
class D(object):
    def __del__(self):
        print('del')
d = D()
t = {d, 7, 'x'}
t.discard(7)
del d
print('before')
del t
print('end')
