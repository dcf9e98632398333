# The width's last digit overflows after a '-' flag.
print('%-9223372036854775808d' % 1)
