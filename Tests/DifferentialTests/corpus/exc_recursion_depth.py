# the deepest recursion that still works with the default limit 1000 (module frame + 999 calls)
import sys

def down(n, limit):
    if n < limit:
        return down(n + 1, limit)
    return n

print(sys.getrecursionlimit())
print(down(1, 990))
print(down(1, 999))
print(down(1, 1000))
