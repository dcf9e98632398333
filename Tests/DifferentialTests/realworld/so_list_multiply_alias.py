# Source: Stack Overflow, "List of lists changes reflected across sublists unexpectedly"
# What: [[1] * 4] * 3 holds three references to one inner list.
xs = [[1] * 4] * 3
xs[0][0] = 5
print(xs)
print(xs[0] is xs[1])
ys = [[1] * 4 for _ in range(3)]
ys[0][0] = 5
print(ys)
