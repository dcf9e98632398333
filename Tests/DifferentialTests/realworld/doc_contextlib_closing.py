# Source: Python docs, library/contextlib.rst, contextlib.closing (and the with statement's guarantee)
# What: a with block closes its resource on the way out, even when the body raises.
from contextlib import closing

class Resource(object):
    def close(self):
        print("closed")

with closing(Resource()) as r:
    print("using")

try:
    with closing(Resource()) as r:
        raise KeyError("inside")
except KeyError:
    print("KeyError after close")
