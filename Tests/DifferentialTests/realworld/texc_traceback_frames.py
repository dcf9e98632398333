# Source: CPython Lib/test/test_exceptions.py, ExceptionTests.test_no_hang_on_context_chain_cycle / traceback docs (tb_next walk)
# What: a caught exception's traceback holds one entry per frame it passed through.
import sys

def level3():
    raise ValueError("deep")

def level2():
    level3()

def level1():
    level2()

try:
    level1()
except ValueError:
    tb = sys.exc_info()[2]
n = 0
while tb is not None:
    print(tb.tb_frame.f_code.co_name)
    tb = tb.tb_next
    n = n + 1
print(n)
