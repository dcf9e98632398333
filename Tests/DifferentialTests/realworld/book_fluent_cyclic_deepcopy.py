# Source: Luciano Ramalho, Fluent Python, ch. 8, Example 8-10 (deepcopy of cyclic references)
# What: deepcopy copes with a list that contains itself.
from copy import deepcopy

a = [10, 20]
b = [a, 30]
a.append(b)
print(a)
c = deepcopy(a)
print(c)
print(c[2][0] is c)
