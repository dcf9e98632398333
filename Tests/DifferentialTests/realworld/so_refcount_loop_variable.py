# Source: Stack Overflow, "Why does sys.getrefcount increase inside a for loop?" (answers: the loop variable and the iterator's list)
# What: during iteration the element is held by the list and by the loop variable.
import sys

class Item(object):
    pass

items = [Item(), Item()]
for it in items:
    print(sys.getrefcount(it))
print(sys.getrefcount(items[0]))
print(sys.getrefcount(items[1]))
del it
print(sys.getrefcount(items[1]))
