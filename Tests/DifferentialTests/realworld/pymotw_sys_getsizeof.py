# Source: PyMOTW (Doug Hellmann), sys, "Memory Management and Limits" (sys_getsizeof.py)
# What: the size each kind of object asks for (the object alone, not what it refers to).
import sys

class MyClass(object):
    pass

objects = [[], (), {}, 'c', 'string', b'bytes', 1, 2.3, MyClass, MyClass()]
for obj in objects:
    print('%10s : %s' % (type(obj).__name__, sys.getsizeof(obj)))
