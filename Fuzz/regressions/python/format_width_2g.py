# A width that fits Int but pads a 2 GiB string (out of memory).
print('%2147483648s' % 0)
