# Source: Ned Batchelder, "Facts and myths about Python names and values" (x += y on lists vs ints)
# What: += mutates a list in place (same object), but rebinds an int (a new object).
a = [1, 2]
b = a
a += [3]
print(a is b)
a = a + [4]
print(a is b)
print(b)
n = 1000
m = n
n += 1
print(n is m)
print(m)
