# Source: Stack Overflow, "Why does Python 3 delete the exception variable at the end of the except block?" (answers quoting the language reference)
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: saving the exception in another name keeps its traceback and frames; that is the cycle 3.x avoids.
import gc

class Local:
    def __del__(self):
        print("Local freed")

def f():
    loc = Local()
    try:
        raise ValueError("x")
    except ValueError as e:
        saved = e
    return None

gc.collect()
f()
print("returned")
print(gc.collect())
