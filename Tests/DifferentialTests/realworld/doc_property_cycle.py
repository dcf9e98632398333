# Source: Python docs, library/functions.rst, property (class C with getx/setx/delx)
# What: a managed attribute whose setter stores the instance's own bound method: a cycle.
import gc

class C(object):
    def __init__(self):
        self._x = None

    def getx(self):
        return self._x

    def setx(self, value):
        self._x = value

    def delx(self):
        del self._x

    x = property(getx, setx, delx, "I'm the 'x' property.")

c = C()
c.x = c.getx
print(c.x is not None)
del c
print(gc.collect() > 0)
