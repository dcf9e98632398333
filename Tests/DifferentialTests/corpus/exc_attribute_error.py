# uncaught AttributeError on an instance attribute and its message
class Obj(object):
    def __init__(self):
        self.x = 1

o = Obj()
print(o.x)
print(o.y)
