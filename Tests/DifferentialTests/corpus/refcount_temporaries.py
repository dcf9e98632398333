# sys.getrefcount of temporaries and return values, and of self inside methods
import sys

class Obj(object):
    def me(self):
        return sys.getrefcount(self)
    def chain(self):
        return self

def make():
    return Obj()

print(sys.getrefcount(Obj()))
print(sys.getrefcount(make()))
r = make()
print(sys.getrefcount(r))
print(r.me())
print(Obj().me())
print(sys.getrefcount(r.chain()))
print(sys.getrefcount(r.chain().chain()))
m = r.me
print(sys.getrefcount(r))
print(m())
del m
print(sys.getrefcount(r))
print(sys.getrefcount([r]))
print(sys.getrefcount(Obj))
