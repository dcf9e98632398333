# The same with a list (l.extend(l), l += l and l * 2 too).
l = [1]
while True:
    l = l + l
