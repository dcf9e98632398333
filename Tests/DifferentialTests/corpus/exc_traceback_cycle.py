# The classic cycle: an exception kept in a local of the frame it passed
# through (3.x: e.__traceback__ -> traceback -> frame -> locals -> e;
# 2.7 and 3.x: sys.exc_info() kept in a local). Only the collector frees
# it; gc.collect() counts the exception, its args tuple, the traceback
# and the frame.
import gc, sys

gc.disable()

class Big(object):
    def __init__(self, name):
        self.name = name

def keep_exc_info():
    big = Big("info")
    try:
        raise KeyError("k")
    except KeyError:
        info = sys.exc_info()
    return len(info)

print(keep_exc_info())
print(gc.collect())

def deeper():
    raise RuntimeError("deep")

def keep_through_call():
    try:
        deeper()
    except RuntimeError:
        info = sys.exc_info()
    return 1

print(keep_through_call())
print(gc.collect())

def no_cycle():
    try:
        raise ValueError("v")
    except ValueError:
        pass
    return 2

print(no_cycle())
print(gc.collect())
