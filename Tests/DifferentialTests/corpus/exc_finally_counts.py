# gc counts while a `finally` block runs for an exception: 2.7 hands the
# block the raw exception (type, value, traceback) and makes no exception
# object for it (only an `except` normalizes); 3.x makes the object. The
# first exception a run raises costs no tuple: the empty tuple its args
# use exists from startup.
import gc

def fails(kind):
    try:
        if kind == 0:
            x = 1 // 0
        elif kind == 1:
            x = [][3]
        else:
            undefined_name
    finally:
        print('finally %s' % (gc.get_count(),))

def nested():
    try:
        try:
            1 // 0
        finally:
            print('inner %s' % (gc.get_count(),))
    finally:
        print('outer %s' % (gc.get_count(),))

gc.disable()
gc.collect()
try:
    raise ValueError
except ValueError:
    print('first raise %s' % (gc.get_count(),))
for kind in range(3):
    gc.collect()
    try:
        fails(kind)
    except Exception as e:
        print('%s %s' % (type(e).__name__, gc.get_count()))
    print(gc.get_count())
gc.collect()
try:
    nested()
except ZeroDivisionError as e:
    print('caught %s %s' % (e, gc.get_count()))
