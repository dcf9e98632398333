# gc.get_objects filtered by type with a for loop; untracked objects never appear
import gc

class Marker(object):
    pass

def count_markers():
    n = 0
    for o in gc.get_objects():
        if isinstance(o, Marker):
            n += 1
    return n

print(count_markers())
keep = [Marker(), Marker(), Marker()]
print(count_markers())
del keep[0]
print(count_markers())
m = {'only': 'strings'}
found = False
for o in gc.get_objects():
    if o is m:
        found = True
print(found)
m['list'] = []
for o in gc.get_objects():
    if o is m:
        found = True
print(found)
