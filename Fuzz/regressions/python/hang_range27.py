#: profile: cpython2.7
x = range(9223372036854775807)
