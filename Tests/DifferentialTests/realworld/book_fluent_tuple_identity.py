# Source: Luciano Ramalho, Fluent Python, ch. 8, Example 8-20 ("A tuple built from another is actually the same exact tuple")
# What: tuple(t), t[:] and str slices return the same object, not a copy.
t1 = (1, 2, 3)
t2 = tuple(t1)
print(t2 is t1)
t3 = t1[:]
print(t3 is t1)
s1 = 'ABC'
s2 = s1[:]
print(s2 is s1)
l1 = [3, [55, 44], (7, 8, 9)]
l2 = list(l1)
print(l2 == l1)
print(l2 is l1)
print(l2[1] is l1[1])
