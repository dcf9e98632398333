# Prints the names each real interpreter has, for
# Sources/PythonRuntime/PythonNames.swift: the builtins, the attributes of the modules and
# types the simulator knows. The walk test (PythonNamesTests) checks every
# one is simulated or refused, and the differential test checks this table
# against the interpreter it came from.
#   PYENV_VERSION=2.7.18 python scripts/python-names.py
import sys, gc, time, weakref
try:
    import builtins
except ImportError:
    import __builtin__ as builtins


class New(object):
    def method(self):
        pass


class Classic:
    pass


def function():
    pass


def generator():
    yield


def names():
    table = {"builtins": dir(builtins)}
    for module in (gc, sys, time, weakref):
        table["module " + module.__name__] = dir(module)
    for kind, value in [
        ("str", ""), ("list", []), ("dict", {}), ("tuple", ()), ("int", 1), ("bool", True), ("NoneType", None),
        ("set", set()), ("frozenset", frozenset()), ("object", object()),
        ("function", function), ("builtin_function_or_method", len),
        ("method", New().method), ("weakref", weakref.ref(New)), ("generator", generator()),
    ]:
        table[kind] = dir(value)
    # What every class and instance has, whatever the scenario defines in it.
    table["type"] = sorted((set(dir(New)) | set(dir(type))) - set(["method"]))
    table["instance"] = sorted((set(dir(New())) | set(["__class__"])) - set(["method"]))
    return table


for kind, members in sorted(names().items()):
    print(kind + ": " + " ".join(sorted(members)))
