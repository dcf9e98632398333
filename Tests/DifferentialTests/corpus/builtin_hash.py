# hash() of values hashed by value: ints (3.x reduces mod 2**61 - 1; -1 is
# -2), bools, floats (2.7 _Py_HashDouble, 3.x the modular hash), strs (2.7's
# string_hash; 3.11 SipHash-1-3 with PYTHONHASHSEED=0), tuples and
# frozensets (each version's); unhashable values raise TypeError.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**62), hash(-2**62), hash(True))
print(hash(1.0) == hash(1), hash(1.5), hash(-0.5), hash(1e300), hash(float('inf')))
print(hash(''), hash('a'), hash('hello world'), hash('gc'))
print(hash((1, 2)), hash(()), hash(('a', 1, 2.5)), hash(frozenset([1, 2, 3])))
for bad in ([], {}, set()):
    try:
        hash(bad)
    except TypeError as e:
        print(e)
