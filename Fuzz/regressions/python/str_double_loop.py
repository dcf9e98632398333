# New shape: doubling reaches gigabytes in about 30 steps, far below any step limit.
s = 'a'
while True:
    s = s + s
