# unbounded recursion: RuntimeError (2.7) / RecursionError (3.x) with the default limit
def down(n):
    return down(n + 1)

print('start')
down(0)
