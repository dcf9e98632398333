# sorted(): a new list (PySequence_List) sorted by the stable sort, the
# source untouched; the list's `sort` method fetched for the call (a
# builtin method object; 2.7 makes the name "sort" as a str first); gc
# counts and the addresses that follow; sorted() of a tuple, a dict, a str.
import gc, sys

def main():
    gc.disable()
    data = [5, 3, 9, 1, 3, 7]
    gc.get_count()
    before = gc.get_count()[0]
    result = sorted(data)
    after = gc.get_count()[0]
    print(result, data, after - before, result is data)
    print(sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}), sorted('banana'), sorted([]))
    words = ['pear', 'apple', 'fig', 'apple']
    print(sorted(words), sorted([True, 0, -1, False]))
    print(sys.getrefcount(result), len(sorted(result + result)))
    gc.enable()

main()
