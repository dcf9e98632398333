# Hangs inside one step: the repeat loops 2**63 times over nothing.
print('' * 9223372036854775807)
