#: profiles: cpython3.11, cpython3.12, cpython3.13
# gc.callbacks run for the collection at exit while modules live, not
# for the last one (_PyGC_CollectNoFail); the callback list keeps
# __main__'s dict alive, so x's __del__ never runs.
import gc
def cb(phase, info):
    print(phase, info['generation'])
gc.callbacks.append(cb)
class A(object):
    def __del__(self):
        print('del ' + self.n)
x = A()
x.n = 'x'
y = A()
y.n = 'y'
y.me = y
del y
print('end')
