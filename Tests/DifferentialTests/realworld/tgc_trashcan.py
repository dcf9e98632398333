# Source: CPython Lib/test/test_gc.py, GCTests.test_trashcan (class Ouch)
# What: deeply nested containers freed through the trashcan while __del__ methods run collections.
import gc

class Ouch:
    n = 0
    def __del__(self):
        Ouch.n = Ouch.n + 1
        if Ouch.n % 17 == 0:
            gc.collect()

N = 150
for count in range(2):
    t = []
    for i in range(N):
        t = [t, Ouch()]
    u = []
    for i in range(N):
        u = [u, Ouch()]
    v = {}
    for i in range(N):
        v = {1: v, 2: Ouch()}
print(Ouch.n)
gc.collect()
print(Ouch.n)
