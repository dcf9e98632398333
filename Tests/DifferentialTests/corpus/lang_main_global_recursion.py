# if __name__ == '__main__', global statements, recursion, while/break/continue
counter = 0

def bump(n):
    global counter
    counter += n
    return counter

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

if __name__ == '__main__':
    print(__name__)
    bump(3)
    bump(4)
    print(counter)
    print(fact(10))
    print(fib(15))
    i = 0
    total = 0
    while True:
        i += 1
        if i % 2 == 0:
            continue
        if i > 9:
            break
        total += i
    print(total)
