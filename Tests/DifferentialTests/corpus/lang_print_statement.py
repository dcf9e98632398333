#: profiles: cpython2.7
# Python 2 print statement forms: several items, trailing comma (softspace), empty print (2.7 only)
x = 5
print 'a', x
print 'b',
print 'c'
print
print x, 'y', [1, 2], (3,)
print 'd',
print
print 'end'
