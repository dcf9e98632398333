x = [1]
x[True] = 2
