# uncaught AssertionError without a message at module level
a = [1, 2]
assert len(a) == 2
print('ok')
assert a == [2, 1]
