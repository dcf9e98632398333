# Source: CPython Lib/test/test_exceptions.py, ExceptionTests.test_context_of_exception_in_else_and_finally
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: an exception raised in finally gets the one raised in else as its __context__.
try:
    try:
        pass
    except Exception:
        pass
    else:
        raise ValueError
    finally:
        raise OSError
except OSError as exc:
    print(type(exc.__context__).__name__)
