#: profiles: cpython3.11, cpython3.12, cpython3.13
# 3.11 tracebacks: a binary operator or subscript spanning the whole line
# keeps its markers (its anchors split it; a whole-line call has none); an
# unraisable error raised in C (a generator ignoring GeneratorExit as it is
# freed) gets the running frame's line, its marker under the deleted name.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        pass
    yield 2
g = stubborn()
next(g)
del g
def f():
    1 // 0
f()
