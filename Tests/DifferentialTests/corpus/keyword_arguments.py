# Keyword arguments to Python functions and methods: bound by name, with
# defaults for the rest; each value's refcount inside the callee (2.7: the
# caller's stack keeps its reference, +2; 3.11: the frame takes it, +1);
# and CPython's errors for an unknown name, a repeated value, a missing one.
import sys

class Account(object):
    def __init__(self, owner):
        self.owner = owner
    def deposit(self, amount, note='none', times=1):
        print('deposit', amount, note, times, sys.getrefcount(self))
        return amount * times

def connect(host, port=80, secure=False):
    print(host, port, secure)

def probe(a, b):
    return sys.getrefcount(a), sys.getrefcount(b)

class Thing(object):
    pass

connect('example.org')
connect('example.org', secure=True)
connect(port=8080, host='localhost')
connect('h', 1, secure=1)
acct = Account('ann')
print(acct.deposit(5, times=3))
print(acct.deposit(amount=2, note='gift'))
m = acct.deposit
print(m(1, note='x'))
t1 = Thing()
t2 = Thing()
print(probe(t1, b=t2))
print(probe(b=t1, a=t2))

def fails(kind):
    if kind == 0:
        return connect('h', colour='red')
    if kind == 1:
        return connect('h', host='g')
    if kind == 2:
        return connect(port=1)
    return probe(1, 2, b=3)

kind = 0
while kind < 4:
    print(kind)
    kind += 1
print(fails(0))
