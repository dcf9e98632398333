#: title: dict-untrack - which objects the collector tracks at all
#: profiles: cpython3.11, cpython3.12, cpython3.13, cpython2.7
#: about: The cycle collector only looks at objects it tracks, and CPython avoids tracking what can never be part of a cycle. Ints and strings are not containers at all. A dict holding only such atomic values is not tracked; it becomes tracked the moment a container is stored in it, and it is untracked again only by a full collection that finds nothing in it needing tracking. Lists are always tracked, even empty. A tuple starts out tracked and is untracked by the first collection that sees it holds only untracked items; a tuple holding a list stays tracked. gc.is_tracked() shows each step.
import gc

gc.collect()  #> start from a clean heap
d = {}
print('{} tracked:', gc.is_tracked(d))  #> False: an empty dict cannot be part of a cycle
d['n'] = 1
d['s'] = 'text'
print('dict of int and str tracked:', gc.is_tracked(d))  #> still False: ints and strings cannot refer to anything
d['l'] = []
print('after storing a list:', gc.is_tracked(d))  #> True at once: the dict now holds a container
del d['l']
print('after removing it again:', gc.is_tracked(d))  #> still True: nothing checks on removal
gc.collect(0)
print('after gc.collect(0):', gc.is_tracked(d))  #> still True: only a full collection untracks dicts
gc.collect()
print('after a full gc.collect():', gc.is_tracked(d))  #> False: the full collection saw nothing that needs tracking
l = []
print('empty list tracked:', gc.is_tracked(l))  #> True: lists are always tracked
one = 1
t = (one, 2)  #> built now, at run time (a tuple of constants such as (1, 2) is built once when the file is compiled, and the collections above would already have examined and untracked it)
u = (3, [])
print('tuple (1, 2) tracked:', gc.is_tracked(t), ' tuple (3, []) tracked:', gc.is_tracked(u))  #> both True: a new tuple is tracked until a collection looks at it
gc.collect(0)
print('after gc.collect(0):', gc.is_tracked(t), gc.is_tracked(u))  #> (1, 2) is untracked by any collection that examines it; (3, []) holds a list and stays tracked
print('int tracked:', gc.is_tracked(12), ' str tracked:', gc.is_tracked('text'))  #> not containers: never tracked
