print(len('a' * 10000000000))
