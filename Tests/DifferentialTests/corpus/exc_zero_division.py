# uncaught ZeroDivisionError from floor division and modulo
def divide(a, b):
    return a // b

print(divide(7, 2))
print(7 % 3)
print(divide(1, 0))
