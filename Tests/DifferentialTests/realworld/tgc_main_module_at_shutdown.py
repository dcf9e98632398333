# Source: CPython Lib/test/test_gc.py, GCTogglingTests / GCTests.test_gc_main_module_at_shutdown
# What: a cycle with __del__ left in __main__'s globals: 3.x finalizes it at shutdown; 2.7 never does.
class C:
    def __del__(self):
        print('__del__ called')

l = [C()]
l.append(l)
print("end of module")
