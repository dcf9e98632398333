# The same on a str.
print("a"[True])
