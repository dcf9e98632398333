# Source: Python docs, "What's New In Python 3.10", Better error messages: AttributeErrors (adapted from collections.namedtoplo to an instance attribute)
# What: a misspelt attribute ends the program; 3.10+ suggests the close match in the traceback.
class Record(object):
    def __init__(self):
        self.namedtuple = 1

r = Record()
print(r.namedtoplo)
