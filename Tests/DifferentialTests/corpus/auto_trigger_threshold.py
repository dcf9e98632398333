# automatic gen-0 collections with set_threshold(5, 2, 2): count sequence and the moment a __del__ cycle dies
import gc

class Node(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del %s' % self.name)

def main():
    gc.collect()
    gc.set_threshold(5, 2, 2)
    r = []
    a = Node('a')
    b = Node('b')
    a.t = b
    b.t = a
    del a, b
    r.append(gc.get_count())
    i = 0
    while i < 12:
        x = []
        r.append(gc.get_count())
        i += 1
    print(r)
    gc.set_threshold(700, 10, 10)

main()
