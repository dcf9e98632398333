#: profiles: cpython3.11, cpython3.12, cpython3.13
# f-strings (3.11): each field's expression evaluated and formatted in turn
# (FORMAT_VALUE: conversion, then the format spec, itself an f-string when
# it has fields), the pieces joined (BUILD_STRING); `x=`; adjacent literals
# joined in; the format mini-language for strs and ints; __str__ calls in
# order; no tuple built (gc counts); errors inside a field, with its caret.
import gc, sys
class P(object):
    def __init__(self, n):
        self.n = n
    def __str__(self):
        print('str %d' % self.n)
        return 'P%d' % self.n
    def __repr__(self):
        return 'P(%d)' % self.n
x = 42
name = 'gc'
p = P(1)
print(f'{x}', f'x={x}', f'{name!r}', f"{p}", f'{p!r}', f'{x=}', f'{name = }')
print(f'[{name:>5}|{name:<5}|{name:^6}|{name:*^7}|{name:.1}]')
print(f'[{x:5}|{x:<5}|{x:05}|{x:+d}|{x:x}|{x:#x}|{x:b}|{1234567:,}|{-7:=5}]')
print(f'{{literal}} {x} {{', 'plain' f'{x}' 'tail')
width = 6
print(f'{name:>{width}}|{x:{width}d}|')
print(f'''multi
{x} line''')
print(f'{sys.getrefcount(p)} {[1, 2][0]} {"a" if x else "b"} {len([x])}')
print(f'{True} {None} {[p]} {(1,)}')
gc.disable()
gc.collect()
r = [gc.get_count()]
s = f'{x} {name} {p}'
r.append(gc.get_count())
print(r, s)
try:
    f'{None:>5}'
except TypeError as e:
    print(e)
print(rf'\n{x}\t', f'\t{x}'.startswith('\t'))
