# 3.11's compiler warns about `is` / `is not` with a literal (check_compare):
# once per comparison, at its line, before the program runs; None, True and
# False are fine, a folded tuple of constants is a literal. 2.7 says nothing.
x = 257
print(x is 'abc', x is not 'a', x is None, x is not True)
y = ()
if y is ():
    print('empty')
def f(a):
    return a is -1 or a is (1, 2) or a is x
print(f(3))
print(1 < x is 5)
