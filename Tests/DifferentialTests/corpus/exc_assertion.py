# uncaught AssertionError with a message, inside a function
def check(n):
    assert n > 0, 'n must be positive, got %d' % n
    return n

print(check(3))
check(-2)
