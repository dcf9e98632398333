big = 9223372036854775807
small = -9223372036854775807 - 1
print(big, small, big + 0, small + 0, -big, big // 3, small % 7, -7 // 2, -7 % 2, 7 * -3)
print(hex(big), 1 - 2, 0 // 5, 10 % 3)
i = 0
i += 1
i -= 2
i *= 3
i //= 2
i %= 5
print(i, not i, i == 0, i != 1, i < 2 <= 3, i is None)
