l = [3, 1, 2]
l.append(4)
l.extend([5, 6])
l.insert(0, 7)
print(l.pop(), l.pop(0), l.index(2), l.count(1))
l.remove(1)
l.reverse()
print(l, len(l), l[0], l[-1], l[1:], l[:2])
l[0] = 9
del l[1]
del l[:]
print(l + [1] * 3, 2 in l)
