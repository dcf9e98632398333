# A scheduled collection runs inside repr(), str(), an f-string, % and print: 3.12+ PyErr_CheckSignals runs a scheduled collection, and PyObject_Repr and PyObject_Str call it first, so the __del__ of a cycle shows in the text being made (3.11 collects inside the allocation: the same text)
#: profiles: cpython3.11, cpython3.12, cpython3.13
import gc

log = []

class Node:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        log.append(self.n)

def cycle(n):
    a = Node(n)
    b = Node(-n)
    a.t = b
    b.t = a

def arm(D):
    # a fresh cycle in generation 0, and a threshold D allocations away
    gc.collect()
    del log[:]
    cycle(1)
    return gc.get_count()[0] + D

def main():
    # the set (or the list, or set_repr's own list) passes the threshold;
    # the repr of the outer list checks before its text is made
    for D in range(4):
        t = arm(D)
        gc.set_threshold(t, 10, 10)
        s = repr([log, {0}])
        gc.set_threshold(700, 10, 10)
        print('repr', D, s, log)
    for D in range(4):
        t = arm(D)
        gc.set_threshold(t, 10, 10)
        s = str([log, {0}])
        gc.set_threshold(700, 10, 10)
        print('str', D, s, log)
    # PyObject_Format binds the list's __format__ (one more allocation),
    # then object.__format__ is PyObject_Str
    for D in range(4):
        t = arm(D)
        gc.set_threshold(t, 10, 10)
        s = f'{[log, {0}]}'
        gc.set_threshold(700, 10, 10)
        print('f-string', D, s, log)
    for D in range(4):
        t = arm(D)
        gc.set_threshold(t, 10, 10)
        s = '%r' % [log, {0}]
        gc.set_threshold(700, 10, 10)
        print('%r', D, s, log)
    # print's PyFile_WriteObject: the bound write, then PyObject_Str
    for D in range(4):
        t = arm(D)
        gc.set_threshold(t, 10, 10)
        print('print', D, [log, {0}])
        gc.set_threshold(700, 10, 10)
        print(log)

main()
