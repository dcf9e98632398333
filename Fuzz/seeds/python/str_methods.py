s = 'Hello, World'
print(s.lower(), s.upper(), s.strip(), s.split(','), s.replace('l', 'L'))
print(s.startswith('He'), s.endswith('d'), ','.join(['a', 'b']))
print(s[0], s[-1], s[1:3], s * 2, len(s), s + '!', 'x' in s)
print('%s %d %r %x' % ('a', 42, 'b', 255), '%5d|%-3s|' % (7, 'z'), '%s' % 'one')
print(str(5), repr('q'), hex(255), hex(-1), id(s) == id(s))
