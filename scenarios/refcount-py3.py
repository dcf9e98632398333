#: title: refcount - what adds and removes a reference (Python 3)
#: profiles: cpython3.11, cpython3.12, cpython3.13, cpython2.7
#: about: The seed's getrefcount walk-through in Python 3, with an object instead of the int 11 (in 3.11 small ints carry an enormous fixed count, from 3.12 they are immortal). Each line prints sys.getrefcount(x) - 1, because getrefcount's own argument is a reference too. Binding a name, aliasing, storing in a list add one reference each; del, rebinding, and dropping the list remove them. Inside func the count is only 1 higher than outside, where Python 2 shows 2 (see the refcount scenario): since 3.11 a call hands the reference sitting on the caller's evaluation stack over to the new frame, which uses it for the parameter c, so the argument is counted once, not twice. A local variable disappears when its function returns.
#encoding=utf-8
__author__ = 'gcviz'
import sys

class Thing:  #> any object will do; an int like the seed's 11 is shared with the rest of the interpreter
    pass

def func(c):
    print('in func function %d' % (sys.getrefcount(c) - 1))  #> only 1 more than outside: the caller's stack reference was handed over to the parameter c (Python 2 shows 2 more)

def keep_locally(o):
    local = o  #> a local variable is one more reference, held by this call's frame
    print('inside keep_locally, with a local %d' % (sys.getrefcount(o) - 1))  #> parameter o (the handed-over argument) + local: +2
    return None  #> the frame is dropped on return: the parameter and the local go with it

x = Thing()  #> the object is born; the global x is its only reference: rc=1
print('init %d' % (sys.getrefcount(x) - 1))  #> getrefcount says 2 (its own argument is a temporary reference), so print it minus 1
a = x  #> aliasing: a second name for the same object
print('after a=x %d' % (sys.getrefcount(x) - 1))
b = a  #> and a third
print('after b=a %d' % (sys.getrefcount(x) - 1))
func(a)  #> the argument is pushed on the evaluation stack, then moved into func's frame as c: +1 while it runs
print('after func(a) %d' % (sys.getrefcount(x) - 1))  #> back to 3: the parameter went away when func returned
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
keep_locally(x)  #> parameter o + local variable: +2 during the call
print('after keep_locally(x) %d' % (sys.getrefcount(x) - 1))  #> locals die with their function's frame: back to 1
print('a fresh object passed straight in %d' % (sys.getrefcount(Thing()) - 1))  #> nobody else holds it: only getrefcount's argument, so 1 - 1 = 0
del x  #> the last reference: the object is freed now
