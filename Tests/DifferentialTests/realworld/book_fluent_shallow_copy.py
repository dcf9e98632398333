# Source: Luciano Ramalho, Fluent Python, ch. 8, Example 8-6 (shallow copy of a list with a list and a tuple inside)
# What: list(l1) shares the inner list; += on the tuple rebinds only the copy.
l1 = [3, [66, 55, 44], (7, 8, 9)]
l2 = list(l1)
l1.append(100)
l1[1].remove(55)
print('l1: %r' % l1)
print('l2: %r' % l2)
l2[1] += [33, 22]
l2[2] += (10, 11)
print('l1: %r' % l1)
print('l2: %r' % l2)
