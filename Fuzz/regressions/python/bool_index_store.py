# Storing through a bool index.
x = []
x[True] = 2
