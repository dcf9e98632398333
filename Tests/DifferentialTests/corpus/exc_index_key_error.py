# uncaught IndexError from a list subscript inside a function (KeyError case in exc_key_error.py)
def get(l, i):
    return l[i]

l = [1, 2, 3]
print(get(l, 2))
print(get(l, 3))
