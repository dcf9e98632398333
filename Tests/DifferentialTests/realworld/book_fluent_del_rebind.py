# Source: Luciano Ramalho, Fluent Python, ch. 8, "del and Garbage Collection" (Example 8-16's companion: rebinding drops the last reference)
# What: rebinding a name, not del, is what frees the object.
class Bye(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('bye ' + self.name)

a = Bye('first')
b = a
del a
print('after del a')
b = Bye('second')
print('after rebinding b')
b = None
print('end')
