# -(-2**63) overflows Int.
print(-(-9223372036854775807-1))
