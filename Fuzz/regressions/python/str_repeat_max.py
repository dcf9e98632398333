# Traps (the byte count overflows) rather than running out of memory.
print('a' * 9223372036854775807)
