# uncaught NameError inside nested function calls: traceback with several frames
def inner(a):
    return a + missing

def middle(a):
    b = a * 2
    return inner(b)

def outer():
    return middle(1)

print('start')
outer()
