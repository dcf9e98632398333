# The next value of the range overflows Int.
for i in range(9223372036854775806, 9223372036854775807, 5):
    print(i)
