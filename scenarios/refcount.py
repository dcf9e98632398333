#: title: refcount - what adds and removes a reference
#: profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13
#: about: The seed's getrefcount walk-through, done with an object instead of the int 11 (small ints are shared by the whole interpreter, so their counts are huge and meaningless). Each line prints sys.getrefcount(x) - 1: getrefcount reports one more than you expect because its own argument is a reference too, so the seed subtracts 1. Binding a name, aliasing, storing in a list add one reference each; del, rebinding a name, and dropping the list remove them. Inside func the count is 2 higher than outside, the seed's open question: in Python 2 the caller's evaluation stack still holds the argument while the call runs, and the callee's parameter c is a second reference. When func returns both go away. A local variable also disappears when its function returns.
#encoding=utf-8
__author__ = 'gcviz'
import sys

class Thing(object):  #> any object will do; an int like the seed's 11 would be shared with the rest of the interpreter
    pass

def func(c):
    print('in func function %d' % (sys.getrefcount(c) - 1))  #> 2 more than outside: the caller's evaluation stack still holds the argument, and the parameter c is one more reference

def keep_locally(o):
    local = o  #> a local variable is one more reference, held by this call's frame
    print('inside keep_locally, with a local %d' % (sys.getrefcount(o) - 1))
    return None  #> the frame dies on return: the parameter and the local go with it

x = Thing()  #> the object is born; the global x is its only reference: rc=1
print('init %d' % (sys.getrefcount(x) - 1))  #> getrefcount says 2 (its own argument is a temporary reference), so print it minus 1
a = x  #> aliasing: a second name for the same object
print('after a=x %d' % (sys.getrefcount(x) - 1))
b = a  #> and a third
print('after b=a %d' % (sys.getrefcount(x) - 1))
func(a)  #> calling a function: +2 while it runs (evaluation stack + parameter)
print('after func(a) %d' % (sys.getrefcount(x) - 1))  #> back to 3: both temporary references went away when func returned
list1 = [a, 12, 14]  #> a container holds one reference per slot
print('after list1=[a,12,14] %d' % (sys.getrefcount(x) - 1))
a = 12  #> rebinding a name drops its old reference
print('after a=12 %d' % (sys.getrefcount(x) - 1))
del a  #> a now refers to 12, so deleting it changes nothing for our object
print('after del a %d' % (sys.getrefcount(x) - 1))
del b  #> removing a name removes its reference
print('after del b %d' % (sys.getrefcount(x) - 1))
del list1  #> the list dies and releases everything it held
print('after del list1 %d' % (sys.getrefcount(x) - 1))
keep_locally(x)  #> argument on the stack + parameter o + local variable: +3 during the call
print('after keep_locally(x) %d' % (sys.getrefcount(x) - 1))  #> locals die with their function's frame: back to 1
print('a fresh object passed straight in %d' % (sys.getrefcount(Thing()) - 1))  #> nobody else holds it: only getrefcount's argument, so 1 - 1 = 0
del x  #> the last reference: the object is freed now
