# The integer operators **, <<, >>, &, |, ^ and ~, their augmented forms,
# their precedence (-2 ** 2 is -4, 1 | 2 ^ 3 & 4 << 1), bools under the
# bitwise operators, and the errors they raise.
def show(label, value):
    print(label + ' ' + repr(value))

show('pow', 2 ** 10)
show('neg pow', -2 ** 2)
show('pow right assoc', 2 ** 3 ** 2)
show('pow unary exp', 2 ** -0 + 2 ** +3)
show('shifts', (1 << 10, 1024 >> 3, -7 >> 1, 5 >> 100))
show('bits', (12 & 10, 12 | 10, 12 ^ 10, ~5, ~-1, ~True))
show('bools', (True & False, True | False, True ^ True, True & 3))
show('precedence', 1 | 2 ^ 3 & 4 << 1)
show('compare', 1 | 2 == 3)
show('unary bool', (-True, +True, -False))
x = 3
x **= 2
x <<= 2
x >>= 1
x &= 0x1f
x |= 64
x ^= 1
show('augmented', x)

def fails(kind):
    if kind == 0:
        return 1 << -1
    if kind == 1:
        return 'a' ** 2
    if kind == 2:
        return [1] & 1
    return ~'a'

kind = 0
while kind < 4:
    print(kind)
    kind += 1
print(fails(3))
