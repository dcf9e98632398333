# dict() is type->tp_alloc: a fresh block that counts as an allocation
# (gc.get_count() goes up), while the literal {} takes the dict free list
# (refilled here by the dicts freed just before).
import gc

def main():
    gc.disable()
    slots = [None, None, None, None, None]
    spare = [{}, {}, {}, {}, {}]
    gc.get_count()
    before = gc.get_count()[0]
    i = 0
    while i < 5:
        slots[i] = dict()
        i += 1
    after_calls = gc.get_count()[0]
    del spare
    i = 0
    while i < 5:
        slots[i] = {}
        i += 1
    after_literals = gc.get_count()[0]
    print(after_calls - before, after_literals - after_calls)
    gc.enable()

main()
