s = 'x' * 1000000
while True:
    print(s)
