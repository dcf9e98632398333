# gc counts around float(), round() and int() of floats: 2.7 passes these builtins
# their arguments in a tuple (a type called, METH_VARARGS), which shows once the
# tuple free list is empty; 3.11 calls them without one.
import gc
gc.disable()
gc.collect()
keep = []
for i in range(30):
    keep.append((i,))
print(gc.get_count())
for i in range(5):
    x = float(i)
print(gc.get_count())
for i in range(5):
    y = round(x)
print(gc.get_count())
for i in range(5):
    z = int(x)
print(gc.get_count())
for i in range(5):
    z = float('1.5')
    z = round(1.25, 1)
print(gc.get_count())
