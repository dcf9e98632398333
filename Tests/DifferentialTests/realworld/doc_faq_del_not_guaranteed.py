# Source: Python FAQ, design.rst "Why isn't all memory freed when CPython exits?" and programming.rst "My class defines __del__ but it is not called when I delete the object"
# What: __del__ of an object still referenced by a module global runs only at exit (and in what order each version does it).
class Resource(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("closing %s" % self.name)

first = Resource("first")
second = Resource("second")
keep = [first]
del first
print("end of script")
