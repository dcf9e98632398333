# Source: Stack Overflow, "Python del statement doesn't call __del__" (answers: another reference still exists)
# What: del on one name of two does not run __del__; dropping the list element does.
class A(object):
    def __del__(self):
        print("A.__del__")

a = A()
lst = [a]
del a
print("after del a")
lst.pop()
print("after pop")
