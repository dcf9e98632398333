#: profiles: cpython3.11, cpython3.12, cpython3.13
# what 3.x makes of a special method's result: __len__ must give an int
# (an index), __bool__ a bool; their errors name the type given
class Weird:
    def __init__(self, result):
        self.result = result
    def __len__(self):
        return self.result

class Liar:
    def __init__(self, result):
        self.result = result
    def __bool__(self):
        return self.result

for result in ['3', 2.5, None, True, 7]:
    try:
        print(len(Weird(result)))
    except TypeError as e:
        print('TypeError %s' % e)
for result in [None, 0, 'yes', False]:
    try:
        print(bool(Liar(result)))
    except TypeError as e:
        print('TypeError %s' % e)
w = Weird(0)
print('truthy' if w else 'falsy')
