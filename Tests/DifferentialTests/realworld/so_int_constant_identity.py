# Source: Stack Overflow, "'is' operator behaves unexpectedly with integers" (answers: in one compiled file, equal constants are one object)
# What: 257 written twice in one module is one constant object; 257 made at run time is not.
a = 257
b = 257
print(a is b)

def f():
    x = 257
    return x

print(f() is f())
c = int("257")
print(a is c)
t = (1, 2)
u = (1, 2)
print(t is u)
