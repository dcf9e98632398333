# Source: Stack Overflow, "Why is the id of two different temporary objects the same?" (answers: the first is freed before the second is made)
# What: a temporary's address is free again for the next object of the same size.
print(id([]) == id([]))
a = hex(id([1, 2, 3]))
b = hex(id([4, 5, 6]))
print(a == b)
x = [1]
i = id(x)
del x
y = [2]
print(id(y) == i)
print(hex(id(y)))
