import gc


class Node(object):
    count = 0

    def __init__(self, name):
        self.name = name
        self.other = None
        Node.count += 1

    def __del__(self):
        print('del', self.name)

    def link(self, other):
        self.other = other
        return self


a = Node('a')
b = Node('b').link(a)
a.other = b
del a, b
print(gc.collect(), Node.count, isinstance(Node('c'), Node), type(1))
