# Conditional expressions: only the chosen branch runs (and allocates),
# they nest to the right, and they read names and calls like any other.
import gc, sys

def pick(flag):
    return [1, 2] if flag else (3, 4)

class Node(object):
    pass

def main():
    gc.disable()
    n = Node()
    gc.get_count()
    a = gc.get_count()[0]
    kept = n if len('ab') == 2 else Node()
    b = gc.get_count()[0]
    print(b - a, kept is n, sys.getrefcount(n))
    print(pick(True), pick(False), pick(0))
    x = 5
    print('big' if x > 3 else 'mid' if x > 1 else 'small')
    print(1 if not x else 2, (x if x else 0) + 1)
    gc.enable()

main()
