# Source: PyMOTW (Doug Hellmann), sys, "Recursion" (sys_recursionlimit.py)
# What: lowering the recursion limit to 10 and catching the error the next call raises.
import sys

print('Initial limit: %d' % sys.getrecursionlimit())
sys.setrecursionlimit(10)
print('Modified limit: %d' % sys.getrecursionlimit())

def generate_recursion_error(i):
    print('generate_recursion_error(%s)' % i)
    generate_recursion_error(i + 1)

try:
    generate_recursion_error(1)
except RuntimeError as err:
    print('Caught exception: %s' % err)
