# Source: Stack Overflow, "Least Astonishment" and the Mutable Default Argument
# What: the default list is one object, made once, shared across calls.
def foo(a=[]):
    a.append(5)
    return a

print(foo())
print(foo())
print(foo() is foo())
print(foo.__defaults__)
