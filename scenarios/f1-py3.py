#: title: f1 - create and delete in a loop (Python 3)
#: profiles: cpython3.11, cpython3.12, cpython3.13, cpython2.7
#: about: The seed's first loop in Python 3 form. Each iteration creates one ClassA instance, binds it to c1 and deletes the name again. Its reference count goes 1 -> 0 on `del c1`, so __del__ runs and the memory is freed at once, without the cycle collector. The freed block is handed straight back by the allocator, so every instance is born at the same address and the memory chart stays flat. Nothing here differs from Python 2: reference counting works the same way in both.
#encoding=utf-8
__author__ = 'gcviz'

class ClassA:  #> Python 3: every class is new-style; instance attributes need no separate dict object
    def __init__(self):
        print('object born,id:%s'%str(hex(id(self))))  #> the new instance reports its address (id is the address in CPython)
    def __del__(self):
        print('object del,id:%s'%str(hex(id(self))))  #> runs the moment the last reference disappears

def f1():
    i = 0
    while True:
        c1=ClassA()  #> a new instance, referenced only by the local c1: rc=1
        del c1  #> rc=0: __del__ runs and the block is freed immediately
        i += 1
        if i == 5:  #> the seed loops forever; stop after 5 rounds
            break  #> same address every round: the freed block was reused, memory stays flat

if __name__ == '__main__':
    f1()  #> nothing survives an iteration, so the collector never has anything to do
