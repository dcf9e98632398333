# Tuple literals of constants (3.11): the AST optimizer folds each into a
# constant that the parser's arena also holds while the module runs (a
# list among its referrers), and the compiler merges equal constants across
# the module's code objects (merge_consts_recursive), so two functions return
# the same tuple; 2.7's peephole optimizer makes one per literal.
import sys, gc
def f():
    return (1, 2)
def g():
    y = 'g'
    return (1, 2)
print(f() is g())
print(sys.getrefcount(f()), sys.getrefcount(g()))
t = (1, 2)
print(t is f(), sys.getrefcount(t))
def h():
    x = ('a', 'b', 'c')
    return sys.getrefcount(x)
print(h())
u = (3, 4, 5)
print(sys.getrefcount(u))
del u
