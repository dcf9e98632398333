# Source: PEP 342 "Coroutines via Enhanced Generators" (close() raises GeneratorExit at the yield; finally runs)
# What: closing a suspended generator runs its finally clause, as does dropping the last reference.
def counter():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleaned up")

g = counter()
print(next(g))
g.close()
print("closed")
h = counter()
print(next(h))
del h
print("dropped")
