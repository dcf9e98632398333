# an exception raised inside __del__ is printed as "Exception ... ignored" and execution continues
class Bad(object):
    def __del__(self):
        print('in __del__')
        x = 1 // 0

b = Bad()
del b
print('after')
c = Bad()
c = None
print('end')
