# Source: Python docs, "What's New In Python 3.10", Better error messages: NameErrors (schwarzschild_black_hole)
# What: a misspelt name ends the program; 3.10+ suggests the close match in the traceback.
schwarzschild_black_hole = None
print(schwarschild_black_hole)
