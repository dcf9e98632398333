# for/while ... else: the else block runs when the loop ends by its own
# condition or an exhausted iterator, not after break; a break in the
# else block belongs to the enclosing loop.
def find(items, wanted):
    for item in items:
        if item == wanted:
            print('found', item)
            break
    else:
        print('not found', wanted)

def countdown(n):
    while n > 0:
        n -= 1
        if n == 10:
            break
    else:
        print('reached zero')
    return n

find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
print(countdown(3), countdown(20))
outer = 0
while outer < 3:
    outer += 1
    for x in [1]:
        pass
    else:
        if outer == 2:
            break
print(outer)
