# Source: Python tutorial, 8.4 "Raising Exceptions" and 8.6 "User-defined Exceptions"
# What: raising built-in and user exceptions, re-raising from a handler, and the uncaught traceback.
class Error(Exception):
    pass

class InputError(Error):
    def __init__(self, expression, message):
        self.expression = expression
        self.message = message

try:
    raise InputError("x + 1", "bad input")
except Error as e:
    print(e.expression)
    print(e.message)
    print(e.args)

try:
    raise NameError('HiThere')
except NameError:
    print('An exception flew by!')

raise NameError('HiThere')
