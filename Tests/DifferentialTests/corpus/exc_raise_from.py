#: profiles: cpython3.11, cpython3.12, cpython3.13
# raise ... from (3.x): the cause (an instance, a class called, or None)
# set as __cause__ with __suppress_context__; the context still set; a
# TypeError for a cause that is no exception; the uncaught chain printed
# cause first with "The above exception was the direct cause".
import gc, sys
class AppError(Exception):
    pass
def load(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise AppError('missing %s' % k) from e
try:
    load({}, 'x')
except AppError as e:
    print(type(e.__cause__).__name__, e.__cause__ is e.__context__, sys.getrefcount(e.__cause__))
try:
    try:
        1 // 0
    except ZeroDivisionError:
        raise ValueError('clean') from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__)
try:
    raise KeyError('k') from ValueError
except KeyError as e:
    print(repr(e.__cause__), e.__cause__.__traceback__)
try:
    raise KeyError('k') from 5
except TypeError as e:
    print(e)
def chain():
    try:
        {}['a']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
chain()
