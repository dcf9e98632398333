# *args and **kwargs: extra positionals in a new tuple, extra keywords in a
# new dict (made first), both per call; calls that unpack with * and **
# (3.11 passes a tuple as it is and builds a dict; 2.7 copies the
# positionals into a new tuple); a decorator that forwards everything;
# CPython's errors for arguments that do not fit.
import gc, sys

def collect(first, *rest, **options):
    return first, rest, [(k, options[k]) for k in sorted(options)]

print(collect(1))
print(collect(1, 2, 3, key=4, other=5))

def forward(function):
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs)
    return wrapper

@forward
def area(width, height=2):
    return width * height

print(area(3), area(3, 4), area(width=5), area(2, height=6))
numbers = [4, 5]
options = {'height': 10}
print(area(*numbers), area(**{'width': 7}), area(1, **options))

def measure(call):
    call()
    gc.collect()
    before = gc.get_count()[0]
    call()
    return gc.get_count()[0] - before

def only_args(*args):
    return args

def only_kwargs(**kwargs):
    return kwargs

gc.disable()
print(measure(lambda: only_args()), measure(lambda: only_args(1, 2)), measure(lambda: only_kwargs(a=1)))
print(measure(lambda: only_args(*numbers)), measure(lambda: only_kwargs(**options)), measure(lambda: area(*numbers)))
gc.enable()
kept = only_args(numbers, options)
print(sys.getrefcount(numbers), sys.getrefcount(options), len(kept))

for bad in [lambda: area(), lambda: area(1, 2, 3), lambda: area(1, width=2), lambda: area(depth=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", str(e))

class Shape(object):
    def scale(self, *factors):
        return factors

for bad in [lambda: area(*5), lambda: area(**5), lambda: Shape().scale(*5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", str(e))
