# The in-place form reaches the same division.
x = -9223372036854775807-1
x //= -1
