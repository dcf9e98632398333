# Source: Stack Overflow, "Python 2: sys.exc_info() keeps the last exception alive after the except block" (answers: use sys.exc_clear())
#: profiles: cpython2.7
# What: in 2.7 the last handled exception and its frames stay referenced until exc_clear or the function returns.
import sys

class Tracked:
    def __del__(self):
        print("Tracked freed")

def fails():
    t = Tracked()
    raise ValueError("x")

try:
    fails()
except ValueError:
    pass
print("after except")
sys.exc_clear()
print("after exc_clear")
