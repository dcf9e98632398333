#: profiles: cpython3.11, cpython3.12, cpython3.13, cpython2.7
# A __del__ cycle collected inside print('made'): on a terminal the line
# flushes, the BufferedWriter allocates a managed buffer and a memoryview
# with its lock held, and the memoryview takes count0 past 6: in 3.11 both
# finalizers run there and their print raises RuntimeError('reentrant call
# inside <_io.BufferedWriter name='<stdout>'>'), printed as "Exception
# ignored in". On a pipe (nothing flushes) and unbuffered (no
# BufferedWriter) they print after 'done'; 3.12+ collect at the next eval
# breaker check, after the print.
import gc

class N(object):
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del %d' % self.n)

def main():
    gc.collect()
    a = N(1)
    b = N(2)
    a.t = b
    b.t = a
    del a, b
    gc.set_threshold(6)
    print('made')
    gc.disable()
    print('done')
    gc.set_threshold(700, 10, 10)

main()
