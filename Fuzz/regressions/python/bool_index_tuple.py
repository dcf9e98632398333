# The same through a tuple.
print((1,)[True])
