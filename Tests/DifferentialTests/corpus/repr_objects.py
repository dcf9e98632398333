# repr/str/%r of instances, classes, functions, lists, dicts, tuples, nested, None/True, strings with quotes
class Obj(object):
    pass

class Other:
    pass

def func():
    pass

o = Obj()
p = Other()
print(o)
print(repr(o))
print('%r' % o)
print('%s' % (o,))
print(p)
print([o, p])
print((o,))
print({'k': o})
print(Obj)
print(Other)
print(func)
print([1, 'a', None, True, (2,), [], {}])
print(('x',))
print(repr('it\'s'))
print(repr("say \"hi\""))
print([[1, [2]], ([3], (4, 5))])
print(str(o) == repr(o))
print(hex(id(o)) in repr(o))
print(type(o))
print(type(5))
print(type([]))
print({'b': 1, 'a': 2})
