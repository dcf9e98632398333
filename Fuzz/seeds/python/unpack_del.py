a, b = [1], [2]
a, b = b, a
x = y = z = {}
x['k'] = (a, b)
del y
print(a, b, x is z, z['k'][0])
del x['k'], z
class C:
    pass
c = C()
c.attr = c
del c.attr
print(hasattr(c, 'attr'), c.__class__, C.__name__, c.__dict__)
