import sys


def fact(n, acc=1):
    if n <= 1:
        return acc
    return fact(n - 1, acc * n)


def deep(n):
    if n == 0:
        return []
    return [deep(n - 1)]


g = 0


def bump():
    global g
    g = g + 1
    return g


print(fact(20), len(deep(50)), bump(), bump(), sys.getrecursionlimit())
sys.setrecursionlimit(100)
print(deep(200))
