# uncaught NameError at module level after some output
x = 1
print('before')
print(y + x)
print('not reached')
