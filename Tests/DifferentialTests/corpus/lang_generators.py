# Generators: a call makes the generator (3.x: its frame inside it, holding
# the function; 2.7: a frame object); next(), send(), for loops and the
# builtins that drain an iterator run it to its next yield; `in` stops at
# the first match; close() throws GeneratorExit in (finally blocks run; a
# generator that yields again is an error); a suspended generator that is
# freed is closed; an exhausted one raises StopIteration; gc counts around
# each; a generator in a cycle: 3.x finalizes and collects it, 2.7 cannot
# collect one suspended inside a try (gc.garbage) but can any other.
import gc, sys, weakref

class Noisy(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del %s' % self.name)

def countdown(n):
    item = Noisy('item%d' % n)
    while n > 0:
        received = yield n
        if received is not None:
            print('received %s' % received)
        n = n - 1
    print('countdown done')

def guarded(name):
    res = Noisy(name)
    try:
        yield 1
        yield 2
    finally:
        print('finally %s' % name)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('ignoring GeneratorExit')
    yield 2

def numbers(limit):
    i = 0
    while i < limit:
        yield i
        i += 1

def selfref():
    me = yield 'started'
    keep = Noisy('kept')
    yield me

def failing():
    yield 1
    x = 1 // 0

gc.disable()

g = countdown(3)
print(type(g).__name__, sys.getrefcount(g), sys.getrefcount(countdown))
print(next(g), g.send('hi'))
for v in g:
    print('loop %d' % v)
try:
    next(g)
except StopIteration:
    print('StopIteration')
print(list(countdown(2)), sum(numbers(5)), sorted(numbers(3)), max(numbers(4)))
print(list(enumerate(numbers(3))), 2 in numbers(4), 7 in numbers(4))

gc.collect()
counts = [gc.get_count()]
g = guarded('a')
counts.append(gc.get_count())
next(g)
counts.append(gc.get_count())
del g
counts.append(gc.get_count())
g = guarded('b')
next(g)
g.close()
counts.append(gc.get_count())
print(counts)
g = countdown(5)
del g
print('an unstarted one needs no closing')

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError: %s' % e)
del g

g = numbers(10)
for n in g:
    if n == 2:
        break
print('broke at %d, then %d' % (n, next(g)))
w = weakref.ref(g)
del g
print('weakref dead: %s' % (w() is None))

f = failing()
next(f)
try:
    next(f)
except ZeroDivisionError:
    print('ZeroDivisionError came out of the generator')
print(list(f))
h = numbers(3)
try:
    h.send(1)
except TypeError as e:
    print(e)

s = selfref()
print(next(s), s.send(s) is s)
del s
print('collected %d' % gc.collect())
x = Noisy('x')
x.g = guarded('cycle')
next(x.g)
x.self = x
del x
print('collected %d' % gc.collect())
print(len(gc.garbage), [type(o).__name__ for o in gc.garbage])
print(repr(numbers(1)).split(' at ')[0])
