# Source: Stack Overflow, "Why does sys.exc_info() keep references to local variables?" (answers: the traceback holds the frame)
# What: after handling, the frame of the failing function is kept alive by a saved traceback.
import sys

class Tracked(object):
    def __del__(self):
        print("Tracked freed")

def fail():
    t = Tracked()
    raise KeyError("k")

try:
    fail()
except KeyError:
    tb = sys.exc_info()[2]
print("handled")
tb = None
print("traceback dropped")
