# gc.collect(3) raises ValueError: uncaught, traceback on stderr, exit code 1
import gc

print(gc.collect(2))
print(gc.collect(3))
print('not reached')
