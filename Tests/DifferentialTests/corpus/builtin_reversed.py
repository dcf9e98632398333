# reversed(list): the list's __reversed__ (a builtin method object, dropped
# at once) makes a list_reverseiterator walking from the end; it lets go of
# the list when done; refcounts and gc counts along the way.
import gc, sys

class Node(object):
    pass

def main():
    gc.disable()
    items = [Node(), Node(), Node()]
    gc.get_count()
    before = gc.get_count()[0]
    names = []
    for n in reversed(items):
        names.append(items.index(n))
    after = gc.get_count()[0]
    print(names, after - before, sys.getrefcount(items))
    r = reversed([1, 2, 3])
    print(repr(r)[:26], next(r), list(r), list(r))
    held = reversed(items)
    print(sys.getrefcount(items))
    print(list(held), sys.getrefcount(items))
    print(list(reversed([])))
    gc.enable()

main()
