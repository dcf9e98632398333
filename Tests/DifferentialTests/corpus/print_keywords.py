#: profiles: cpython3.11, cpython3.12, cpython3.13
# print's keyword arguments: sep, end (None means the default), flush; the
# call makes no dict for them (3.11 parses them from the stack), its
# positional arguments take what a print without keywords takes; errors.
import gc

def main():
    print('a', 'b', sep='-')
    print('no newline', end='')
    print(' then more', end='!\n')
    print(1, 2, 3, sep=', ', end=' .\n')
    print('x', sep=None, end=None)
    print(end='')
    print()
    sep = ' | '
    print('left', 'right', sep=sep, flush=True)
    gc.disable()
    gc.get_count()
    before = gc.get_count()[0]
    print('counted', end='\n')
    print('counted', 'twice', sep=':')
    after = gc.get_count()[0]
    print(after - before)
    gc.collect()
    before = gc.get_count()[0]
    print('after collect', end='\n')
    after = gc.get_count()[0]
    print(after - before)
    gc.enable()
    print('bad', sep=1)

main()
