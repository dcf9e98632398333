# Source: Stack Overflow, "What is the difference between old style and new style classes in Python?" (accepted answer)
# What: type() of a classic instance is 'instance' in 2.7; new-style instances have their class as type.
class Old:
    pass

class New(object):
    pass

print(type(Old()) is Old)
print(type(New()) is New)
print(type(Old()).__name__)
print(Old().__class__ is Old)
