# a comparison that raises (`in` on an int) still drops both operands:
# the instance's count is back where it was
import sys
class T(object):
    pass
t = T()
for i in range(3):
    try:
        t in 5
    except TypeError as e:
        print(e)
print(sys.getrefcount(t))
