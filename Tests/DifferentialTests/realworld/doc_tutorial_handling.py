# Source: Python tutorial, 8.3 "Handling Exceptions" (this_fails) and 8.7 "Defining Clean-up Actions" (divide)
# What: an exception from a called function is handled by the caller; finally runs on every path.
def this_fails():
    x = 1 / 0

try:
    this_fails()
except ZeroDivisionError as err:
    print('Handling run-time error: %s' % err)

def divide(x, y):
    try:
        result = x / y
    except ZeroDivisionError:
        print("division by zero!")
    else:
        print("result is %s" % result)
    finally:
        print("executing finally clause")

divide(2, 1)
divide(2, 0)
