# str.format with keyword arguments: 3.11 copies the positionals into a tuple,
# then the keywords into a dict (method_vectorcall_VARARGS_KEYWORDS); 2.7's do_call
# moves the keywords into a dict, then the positionals into a tuple; named fields,
# indexes into them, KeyError for a missing one; counts and refcounts around it.
import gc, sys
class R(object):
    def __str__(self):
        print('rc inside', sys.getrefcount(self))
        return 'R'
gc.disable()
gc.collect()
r = R()
print('{name} is {age}'.format(name='Ann', age=7))
print(gc.get_count())
print('{0} {x} {}'.format(1, x=2) if False else '{0} {x}'.format(1, x=2))
print('{r} {r}'.format(r=r))
print(gc.get_count())
print('{a[0]} {b.__class__}'.format(a=[5], b=3) if False else '{a[0]}'.format(a=[5]))
try:
    '{missing}'.format(other=1)
except KeyError as e:
    print('KeyError', e)
print(gc.get_count())
