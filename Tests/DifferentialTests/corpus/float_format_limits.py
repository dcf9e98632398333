# Float formats with large precisions and widths: a precision past a C int is
# formatfloat's ValueError (2.7 "prec too big", 3.11 "precision too big");
# large but sane ones format in full.
try:
    s = '%.3000000000f' % 1.5
except ValueError as e:
    print('ValueError', e)
print(len('%.300f' % 1.5), len('%400.2f' % -2.5))
print(len('{:.300f}'.format(2.5)), len(format(1.5, '500')), len('{:>300}'.format('x')))
