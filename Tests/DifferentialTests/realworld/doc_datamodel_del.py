# Source: Python docs, reference/datamodel.rst, object.__del__ ("del x doesn't directly call x.__del__()")
# What: del only decrements; __del__ runs when the last reference goes.
class Noisy(object):
    def __del__(self):
        print("__del__ called")

x = Noisy()
y = x
print("del x")
del x
print("del y")
del y
print("end")
