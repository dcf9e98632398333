# the errors of + and * on a str, list or tuple with what they cannot take:
# each sequence names itself (2.7 words the str one its own way)
for left, right in [('z', 1), ('z', None), ([1], 1), ([1], (1,)), ((1,), [1]), ((1,), 'a'), ([], {}), ('a', [1])]:
    try:
        left + right
    except TypeError as e:
        print('TypeError %s' % e)
for left, right in [('a', 'b'), ([1], 2.5), (2.5, 'a'), ((1,), None), ('ab', [2])]:
    try:
        left * right
    except TypeError as e:
        print('TypeError %s' % e)
s = 'x'
try:
    s += 1
except TypeError as e:
    print('TypeError %s' % e)
t = (1,)
try:
    t += [2]
except TypeError as e:
    print('TypeError %s' % e)
