# Source: Stack Overflow, "Why is the empty dictionary a dangerous default value in Python?" (answer: use None and create the dict inside)
# What: a None default makes a fresh container each call; the mutable default keeps one.
def add_bad(key, value, d={}):
    d[key] = value
    return d

def add_good(key, value, d=None):
    if d is None:
        d = {}
    d[key] = value
    return d

print(add_bad("a", 1))
print(add_bad("b", 2))
print(add_good("a", 1))
print(add_good("b", 2))
print(add_bad("c", 3) is add_bad("d", 4))
