# A bare raise re-raises the exception being handled with its traceback;
# an unmatched handler passes it on; the traceback names every frame.
def inner():
    raise KeyError("inner")

def middle():
    try:
        inner()
    except KeyError:
        print("middle saw it")
        raise

def outer():
    try:
        middle()
    except IndexError:
        print("not this one")

try:
    outer()
except LookupError as e:
    print("outer caught", repr(e))
outer()
