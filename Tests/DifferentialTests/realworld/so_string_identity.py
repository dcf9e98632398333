# Source: Stack Overflow, "About the changing id of an immutable string" / "Python string interning" (answers: literals and identifier-like strings are shared)
# What: equal literals in one file are one object; a string built at run time is another.
a = 'hello'
b = 'hello'
print(a is b)
c = ''.join(['hel', 'lo'])
print(c == a)
print(c is a)
d = 'hel' + 'lo'
print(d is a)
