# Source: PyMOTW (Doug Hellmann), sys, "Exception Handling" (sys_exc_info.py)
# What: sys.exc_info inside a handler, and what it holds after the handler (version-specific).
import sys

def do_something():
    raise RuntimeError('This is the error message')

def show():
    exc_type, exc_value, exc_tb = sys.exc_info()
    print('type: %s' % exc_type)
    print('value: %s' % exc_value)
    print('traceback is set: %s' % (exc_tb is not None))

try:
    do_something()
except:
    show()
print('after: %s' % (sys.exc_info()[0],))
