# New-style classes: in a cycle where only one object has __del__, everything reachable
# from it is uncollectable and only the finalizer object lands in
# gc.garbage (move_finalizer_reachable walks the list as it grows); 3.x
# runs __del__ and frees the cycle.
import gc

class A(object):
    def __del__(self):
        print('del A')

class B(object):
    pass

def main():
    a = A()
    b = B()
    a.b = b
    b.a = a
    c = B()
    b.c = c
    c.d = {'k': B()}
    del a, b, c
    print(gc.collect())
    print(len(gc.garbage))
    for x in gc.garbage:
        print(x.__class__.__name__)
    print(gc.collect())

main()
