# Source: CPython Lib/test/test_weakref.py, ReferencesTestCase.test_callback_attribute / test_callback_attribute_after_deletion
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: __callback__ is the callback while the referent lives and None once it is dead.
import weakref

class C:
    pass

x = C()
callback = lambda ref: None
ref1 = weakref.ref(x, callback)
print(ref1.__callback__ is callback)
ref2 = weakref.ref(x)
print(ref2.__callback__)
del x
print(ref1.__callback__)
