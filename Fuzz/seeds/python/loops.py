total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    total += i
for i in range(10, 0, -3):
    total -= i
for x in [1, 2]:
    for y in (3, 4):
        total += x * y
for k in {'a': 1}:
    total += len(k)
n = 0
while True:
    n += 1
    if n > 5:
        break
while n:
    n -= 1
assert total != 0, 'nonzero'
print(total, list(range(3)), tuple([1, 2]), dict(), list(), str())
