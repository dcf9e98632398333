# which allocation triggers each automatic collection: __del__ cycles created in a loop, threshold 10
import gc

class Node(object):
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del %d count %r' % (self.n, gc.get_count()))

def make(n):
    a = Node(n)
    b = Node(n + 100)
    a.t = b
    b.t = a

def main():
    gc.collect()
    gc.set_threshold(10, 3, 3)
    i = 0
    while i < 6:
        make(i)
        print('made %d %r' % (i, gc.get_count()))
        i += 1
    gc.set_threshold(700, 10, 10)
    print(gc.collect())

main()
