# Floats (immediate values, never tracked): literals, arithmetic mixing ints
# and floats, '/' (3.x true division, 2.7 classic: ints floor), //, % and
# ** with CPython's signs, comparisons by value (int vs float exactly, NaN
# unordered), repr's shortest digits and 2.7's 12-digit str, float(), int(),
# round() (3.x ties to even and an int; 2.7 away from zero, a float), % formats,
# float dict keys (2.7's slot order hashes them), getsizeof of numbers, and
# the errors of division by zero.
import sys
x = 1.5
y = 2
print(x + y)
print(x * y, x - y, y - x)
print(7 / 2)
print(7.0 / 2)
print(-7.5 // 2, -7.5 % 2, 7.5 % -2)
print(0.1 + 0.2)
print(1e16, 1e15, 1e-5, 0.0001, 123456789.123)
print(repr(0.1 + 0.2), str(0.1 + 0.2))
print(1.0 / 3)
print([1.0 / 3, 2.5])
print(float(3), float('2.5'), float(' -1e3 '), float('inf'), float('-inf'))
print(int(2.9), int(-2.9))
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5))
print(abs(-2.5), -x, +x)
print(x == 1.5, 2.0 == 2, 2 == 2.0, 1 < 1.5, 2.5 > 3)
print(max(1, 2.5, 2), min([3.5, 1.25]), sum([0.5, 0.25, 1]))
print(sorted([3.5, 1, 2.25]))
print('%f %.2f %e %g %s %r' % (x, x, x, x, x, x))
print('%5.1f|%-6.2f|%d' % (3.14159, 2.5, 7.9))
print(type(x), isinstance(x, float))
print(2 ** -1, 2.0 ** 3, 4 ** 0.5)
print(bool(0.0), bool(0.5))
d = {1: 'a', 2.5: 'b'}
print(d[1.0], d[2.5])
print(1e300 * 1e10, -1e300 * 1e10)
print(100.0, 1e22, 1.5e-7)
print(float('nan'))
for k in [0.5, 1.25, 3.75, -2.5, 1e10, 7, 1e-3, 2.0, 1e20, 123.456]:
    d[k] = str(k)
print(d)
print(list(d.keys()))
x = 10
x /= 4
print(x)
y = 7.0
y //= 2
y **= 2
print(y)
print(-7 / 2, 7 / -2, -7.0 / 2)
print(1e308 * 10 == float('inf'), float('nan') == float('nan'), float('nan') != 1)
z = float('nan')
print(z < 1, z > 1, z == z, [z] == [1.5])
print(0.1 * 3, 1 - 0.9, 2.675 * 100)
print(max([1.5, float('nan'), 2]), min(3, 2.0, 2))
print(sum([0.1] * 10), sum(range(5)) / 2.0)
print(1.7976931348623157e308, 5e-324, 2.2250738585072014e-308)
print(12345678901234567890.0, 0.000001, 1e-7, 123456789012.0, 1234567890123.0)
print('%+.2f|% .2f|%08.3f|%-8.2f|%#.0f|%.3e|%G|%10.4g|' % (1.5, 1.5, -3.14159, 2.0, 3.0, 12345.678, 1e-10, 3.14159))
print('%.1f%%' % 99.5)
print(round(1.5), round(-1.5), round(0.125, 2), round(0.375, 2), round(5, 2), round(2.5, 0))
print(7 // 2.0, 7 % 2.5, -7 // 2.0, divmod if False else 0)
print(3 / 4, 1 / 3, 10 / 5, -9 / 2)
total = 0
for i in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)
avg = sum([1, 2, 3, 4]) / len([1, 2, 3, 4])
print('average: %.2f' % avg, avg)
print(float('1_000.5') if False else 1.0, float('  12  '))
print(1.5 < 2 < 2.5, 3 > 2.9999)
print(2 ** 0.5, 10 ** -2, 0.5 ** 2)
print(1.5 * 'a' if False else 'ok')
try:
    1 / 0
except ZeroDivisionError as e:
    print('1/0:', e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('1.0/0:', e)
try:
    1.0 // 0
except ZeroDivisionError as e:
    print('1.0//0:', e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print('1.0%0:', e)
try:
    float('abc')
except ValueError as e:
    print(e)
try:
    int(float('inf'))
except OverflowError as e:
    print(e)
try:
    [1, 2][int(1.0) + 0.0]
except TypeError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
try:
    'a' / 2
except TypeError as e:
    print(e)
try:
    1.5 & 1
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
print(sys_ok if False else 'end')
for v in [0, 1, 2**30 - 1, 2**30, 2**60, -5, True, False, 1.5, '', 'a', 'hello']:
    print(repr(v), sys.getsizeof(v))
