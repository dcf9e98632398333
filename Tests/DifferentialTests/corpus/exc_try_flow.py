# try/except/else/finally: which blocks run, in which order; handlers
# matched by class, by a base class, by a tuple of classes, bare; nested
# tries; an exception raised by the runtime (ZeroDivisionError, KeyError,
# IndexError, NameError, AttributeError) caught like a raised one.
def divide(a, b):
    try:
        r = a // b
    except ZeroDivisionError:
        print("zero")
        r = None
    else:
        print("ok")
    finally:
        print("finally")
    return r

print(divide(7, 2))
print(divide(7, 0))

def lookup(d, k):
    try:
        return d[k]
    except (KeyError, IndexError):
        return "missing"

print(lookup({'a': 1}, 'a'), lookup({'a': 1}, 'b'), lookup([1], 5))

def kinds(n):
    try:
        if n == 0:
            raise ValueError("zero")
        if n == 1:
            raise TypeError
        if n == 2:
            undefined_name
        if n == 3:
            None.foo
        return "none"
    except ValueError:
        return "value"
    except LookupError:
        return "lookup"
    except Exception:
        return "exception"

for i in range(5):
    print(i, kinds(i))

def nested():
    try:
        try:
            [][1]
        except KeyError:
            print("not here")
        finally:
            print("inner finally")
    except IndexError:
        print("outer caught")
    try:
        {}['k']
    except:
        print("bare")

nested()
for i in range(4):
    try:
        if i % 2:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
print("done")
