# Source: Artem Golubin (rushter.com), "Garbage collection in Python: things you need to know" (ctypes refcount of a freed cycle)
# What: reading an object's refcount by address shows a cycle kept at 1 until gc.collect().
import ctypes
import gc

class PyObject(ctypes.Structure):
    _fields_ = [("refcnt", ctypes.c_long)]

gc.disable()
lst = []
lst.append(lst)
lst_address = id(lst)
del lst
object_1 = {}
object_2 = {}
object_1['obj2'] = object_2
object_2['obj1'] = object_1
obj_address = id(object_1)
del object_1, object_2
print(PyObject.from_address(obj_address).refcnt)
print(PyObject.from_address(lst_address).refcnt)
gc.collect()
print("collected")
gc.enable()
