# int arithmetic: floor division and modulo with negative operands, precedence, comparisons
print(7 // 2)
print(-7 // 2)
print(7 // -2)
print(-7 // -2)
print(7 % 3)
print(-7 % 3)
print(7 % -3)
print(-7 % -3)
print(2 + 3 * 4 - 5)
print((2 + 3) * 4)
print(10 - 2 - 3)
print(-3 * -3)
print(1 < 2 and 2 <= 2)
print(3 == 3 or 1 // 0)
print(5 != 5)
print(100 // 7 * 7 + 100 % 7)
print('%d %x' % (-17 // 5, 255))
i = 10
i += 5
i -= 3
i *= 2
print(i)
