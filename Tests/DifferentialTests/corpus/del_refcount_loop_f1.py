# the seed's f1: create and delete an instance in a loop; the address is reused every time
class ClassA(object):
    def __init__(self):
        print('object born,id:%s' % hex(id(self)))
    def __del__(self):
        print('object del,id:%s' % hex(id(self)))

def f1():
    i = 0
    while i < 4:
        c1 = ClassA()
        del c1
        i += 1

f1()
