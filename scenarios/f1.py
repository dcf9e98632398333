#: title: f1 - create and delete in a loop (reference counting frees at once)
#: profiles: cpython2.7, cpython3.11, cpython3.12, cpython3.13
#: about: The first loop of the seed text. Each iteration creates one ClassA instance, binds it to c1 and deletes the name again. The instance's reference count goes 1 -> 0 on `del c1`, so CPython runs __del__ and frees the memory immediately, without the cycle collector ever being involved. The freed block goes straight back to the allocator and the next ClassA is born in the very same place: every iteration prints the same address, and the memory chart stays flat. (The seed loops forever; here the loop stops after 5 rounds so the scenario terminates.)
#encoding=utf-8
__author__ = 'gcviz'

class ClassA():  #> an old-style class (Python 2): each instance also owns a separate __dict__ object
    def __init__(self):
        print('object born,id:%s'%str(hex(id(self))))  #> the new instance reports its address (id is the address in CPython)
    def __del__(self):
        print('object del,id:%s'%str(hex(id(self))))  #> __del__ runs the moment the last reference disappears

def f1():
    i = 0
    while True:
        c1=ClassA()  #> a new instance, referenced only by the local c1: rc=1
        del c1  #> the only reference is gone: rc=0, __del__ runs and the block is freed right now
        i += 1
        if i == 5:  #> the seed loops forever; stop after 5 rounds
            break  #> same address every round: the freed block was reused, memory stays flat

if __name__ == '__main__':
    f1()  #> nothing survives an iteration, so the collector never has anything to do
