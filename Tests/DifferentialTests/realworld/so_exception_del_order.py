# Source: Stack Overflow, "When is __del__ called on objects referenced from an exception's traceback?" (answers: when the traceback goes)
# What: a local of the raising function lives as long as the handled exception's traceback.
import sys

class Tracked(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed %s" % self.name)

def fails():
    t = Tracked("local of fails")
    raise ValueError("boom")

def handler():
    try:
        fails()
    except ValueError:
        print("in handler")
    print("after handler")

handler()
print("after call")
