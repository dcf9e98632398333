# When a traceback keeps a frame, the frame keeps its variables: an
# object with __del__ in a function that raised lives as long as the
# exception (3.x: until the handler's name goes; 2.7: until sys.exc_info
# is replaced or the catching function returns).
import gc

class Noisy(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del " + self.name)

def fails(name):
    n = Noisy(name)
    raise ValueError(name)

def catcher():
    try:
        fails("a")
    except ValueError as e:
        print("caught " + str(e))
    print("after handler")
    return 0

catcher()
print("returned")

def keep():
    try:
        fails("b")
    except ValueError as e:
        err = e
    print("kept " + str(err))
    return 1

keep()
print("collect", gc.collect())

def finally_runs():
    n = Noisy("c")
    try:
        return n.name
    finally:
        print("finally sees " + n.name)

print(finally_runs())
try:
    fails("d")
except ValueError:
    print("module caught")
print("end")
