# Source: Python docs, reference/datamodel.rst, object.__del__ ("It is possible (though not recommended!) for the __del__() method to postpone destruction of the instance by creating a new reference to it")
# What: a __del__ that hands self to a registry postpones destruction; the registry then lets it go.
registry = []

class Postponed(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__ %s" % self.name)
        if self.name == "once":
            self.name = "twice"
            registry.append(self)

p = Postponed("once")
del p
print(len(registry))
registry.pop()
print(len(registry))
