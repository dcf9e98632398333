# with statements: the manager's __enter__ and __exit__ bound (3.11 enter
# first, 2.7 exit first), __enter__ called, __exit__ kept until the way out:
# (None, None, None) at the end, on return, break and continue; (type,
# value, traceback) for an exception, dropped if it returns true; several
# managers nest; errors from a missing __exit__, __enter__ and __exit__
# raising; an old-style manager in 2.7; del order and gc counts.
import gc, sys
class Managed(object):
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter %s' % self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit %s %s %s' % (self.name, exc_type.__name__ if exc_type else None, exc))
        return self.suppress
    def __del__(self):
        print('del %s' % self.name)
gc.disable()
with Managed('a') as m:
    print('body', m.name, sys.getrefcount(m))
print('after a')
with Managed('b'):
    print('body b')
with Managed('c', True):
    raise ValueError('boom')
print('after c')
try:
    with Managed('d'):
        x = 1 // 0
except ZeroDivisionError as e:
    print('caught', e)
def f():
    with Managed('e') as e:
        return e.name
print(f())
with Managed('f') as f1, Managed('g') as g1:
    print('two', f1.name, g1.name)
gc.collect()
r = [gc.get_count()]
with Managed('h'):
    r.append(gc.get_count())
r.append(gc.get_count())
print(r)
for i in range(2):
    with Managed('loop%d' % i):
        if i == 0:
            continue
        break
del m
print('end')
class Quiet(object):
    def __enter__(self):
        return 'value'
    def __exit__(self, t, v, tb):
        print('exit sees %s' % (t is None))
        return True
class Loud:
    def __enter__(self):
        print('enter old')
        return self
    def __exit__(self, *args):
        print('exit old %d' % len(args))
class NoExit(object):
    def __enter__(self):
        return self
class BadExit(object):
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise KeyError('from exit')
class BadEnter(object):
    def __enter__(self):
        raise ValueError('from enter')
    def __exit__(self, t, v, tb):
        print('never')
def compute():
    with Quiet() as q:
        return q + '!'
print(compute())
with Loud():
    pass
with Quiet():
    with Quiet():
        raise IndexError('inner')
    print('between')
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    with BadExit():
        1 // 0
except KeyError as e:
    print('KeyError', e)
try:
    with BadEnter():
        print('never')
except ValueError as e:
    print('ValueError', e)
for i in range(3):
    with Quiet() as v:
        if i == 1:
            continue
        print(i, v)
print(sys.getrefcount(Quiet))
