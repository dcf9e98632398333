# special methods' edges: a truth method returning an int, a classic class,
# __contains__ returning a non-bool, __setitem__ raising, and the errors of
# an instance whose class lacks the method
import sys

class Both:
    def __bool__(self):
        return 1
    def __nonzero__(self):
        return -1

try:
    print(bool(Both()))
except (TypeError, ValueError) as e:
    print('%s %s' % (type(e).__name__, e))

class NewBoth(object):
    def __bool__(self):
        return True
    def __nonzero__(self):
        return 2

print(bool(NewBoth()))

class Seq:
    def __getitem__(self, i):
        return i * 2
    def __contains__(self, x):
        return [x]

s = Seq()
print(s[21])
print(s['ab'])
print(3 in s)

class Strict(object):
    def __setitem__(self, key, value):
        print('value rc %d' % sys.getrefcount(value))
        raise KeyError(key)

class Thing(object):
    pass

t = Thing()
try:
    Strict()['k'] = t
except KeyError as e:
    print('KeyError %s' % e)
print(sys.getrefcount(t))
try:
    Strict()['k'] = Thing()
except KeyError as e:
    print('KeyError %s' % e)

class Plain(object):
    pass

p = Plain()
for attempt in range(6):
    try:
        if attempt == 0:
            p[0]
        elif attempt == 1:
            p['key']
        elif attempt == 2:
            p[0] = 1
        elif attempt == 3:
            del p[0]
        elif attempt == 4:
            len(p)
        else:
            1 in p
    except TypeError as e:
        print('TypeError %s' % e)
