# uncaught TypeError from calling a function with the wrong number of arguments
def f(a, b):
    return a + b

print(f(1, 2))
print(f(1))
