# Deleting through a bool index.
x = []
del x[False]
