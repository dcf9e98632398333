while True:
    x = []
