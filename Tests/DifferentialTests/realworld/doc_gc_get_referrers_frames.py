# Source: Python docs, library/gc.rst, gc.get_referrers ("Note that objects which have already been dereferenced, but which live in cycles and have not yet been collected by the garbage collector can be listed among the resulting referrers")
# What: a dead cycle still shows up as a referrer until a collection frees it.
import gc

class Node(object):
    pass

target = Node()
holder = [target]
holder.append(holder)
del holder
print(sum(1 for r in gc.get_referrers(target) if type(r) is list))
gc.collect()
print(sum(1 for r in gc.get_referrers(target) if type(r) is list))
