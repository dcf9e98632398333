# Source: Stack Overflow, "'is' operator behaves unexpectedly with integers" (small int cache -5..256)
# What: small ints are shared objects; big ones made at run time are not.
a = 256
b = 256
print(a is b)
c = 257
d = int("257")
print(c is d)
print(c == d)
e = -5
f = int("-5")
print(e is f)
