# Source: Stack Overflow, "Difference between del, remove, and pop on lists" (accepted answer)
# What: del, remove and pop each drop the list's reference; the element dies if nothing else holds it.
class E(object):
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("freed %d" % self.n)

a = [E(0), E(1), E(2), E(3)]
del a[1]
print("after del")
a.remove(a[0])
print("after remove")
x = a.pop()
print("after pop")
del x
print("end")
