# uncaught KeyError from a dict subscript with a string key
d = {'a': 1}
print(d['a'])
print(d['b'])
