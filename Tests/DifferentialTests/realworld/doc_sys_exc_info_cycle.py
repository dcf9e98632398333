# Source: Python 2.7 docs, library/sys.rst, sys.exc_info warning ("Assigning the traceback return value to a local variable ... will cause a circular reference")
# What: a traceback kept in a local holds the frame that holds it: a cycle the collector frees.
import gc
import sys

class Marker(object):
    def __del__(self):
        print("marker freed")

def handler():
    m = Marker()
    try:
        1 / 0
    except ZeroDivisionError:
        info = sys.exc_info()

gc.collect()
handler()
print("returned")
print(gc.collect() > 0)
