# Source: Stack Overflow, "Can __del__ resurrect an object?" (answers citing PEP 442)
# What: __del__ stores self in a global; the object survives, and __del__ is not run twice in 3.x.
class Phoenix(object):
    def __del__(self):
        global saved
        print("__del__")
        saved = self

p = Phoenix()
del p
print(saved is not None)
saved = None
print("end")
