# Source: CPython Lib/test/test_descr.py, ClassPropertiesAndMethods.test_delete_hook
# What: __del__ on a new-style class runs as soon as the last reference goes.
log = []

class C(object):
    def __del__(self):
        log.append(1)

c = C()
print(log)
del c
print(log)
