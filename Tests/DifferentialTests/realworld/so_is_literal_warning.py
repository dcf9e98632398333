# Source: Stack Overflow, "Why does comparing strings using either '==' or 'is' sometimes produce a different result?" (and 3.8's SyntaxWarning for 'is' with a literal)
# What: `is` against a literal: the answer depends on interning, and 3.8+ warns at compile time.
s = 'hello'
print(s is 'hello')
print(s == 'hello')
n = 5
print(n is 5)
