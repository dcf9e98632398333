import sys
sys.setrecursionlimit(50000)
def f(n):
    if n == 0:
        return None.x
    f(n - 1)
f(40000)
