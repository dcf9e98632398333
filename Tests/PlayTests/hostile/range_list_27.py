#: profile: cpython2.7
for i in range(9223372036854775807):
    pass
