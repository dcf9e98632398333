class A(object):
    def __init__(self):
        A()
    def __del__(self):
        A()
A()
