d = {}
for i in range(200000):
    d = {"k": d}
print(len(repr(d)))
