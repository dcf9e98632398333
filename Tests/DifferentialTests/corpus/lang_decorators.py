# Decorators as CPython runs them: the decorator expressions first, then
# the function (or class) object, then each decorator called on it,
# innermost first, and the result stored under the name. A decorator that
# returns a closure keeps the original function alive in a cell; one that
# registers the function keeps it in a list.
import gc, sys

registry = []

def register(function):
    registry.append(function)
    return function

def shout(function):
    def wrapper(text):
        return function(text).upper() + "!"
    return wrapper

def tagged(label):
    def decorate(function):
        def wrapper(text):
            return label + ":" + function(text)
        return wrapper
    return decorate

@register
def hello(name):
    return "hello " + name

@shout
@tagged("t")
def greet(name):
    return "hi " + name

print(hello("bob"), greet("amy"), len(registry), registry[0] is hello)
print(greet.__name__, sys.getrefcount(hello))
original = greet.__closure__[0].cell_contents
print(original("x"), original.__name__)

def add_marker(cls):
    cls.marker = 1
    return cls

@add_marker
class Thing(object):
    pass

print(Thing.marker, Thing.__name__)

def counted():
    gc.disable()
    gc.collect()
    before = gc.get_count()[0]
    @shout
    def local(text):
        return text
    after = gc.get_count()[0]
    gc.enable()
    return after - before, local("q")

print(counted())
