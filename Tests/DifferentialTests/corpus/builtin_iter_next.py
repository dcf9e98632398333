# iter() and next(): the iterator each kind of sequence gets (its type name
# shows in repr), next with and without a default, StopIteration at the end.
def main():
    it = iter([1, 2])
    print(next(it), next(it), next(it, 'done'))
    t = iter((5,))
    print(repr(t)[:22], next(t))
    d = iter({'k': 1})
    print(repr(d)[:26], next(d))
    s = iter('ab')
    print(next(s), next(s), next(s, None))
    r = iter(range(2))
    print(next(r), next(r), next(r, -1))
    e = enumerate(['x'])
    print(next(e), next(e, 'end'))
    print(next(iter([])))

main()
