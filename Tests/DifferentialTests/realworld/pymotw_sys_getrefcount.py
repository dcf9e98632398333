# Source: PyMOTW (Doug Hellmann), sys, "Memory Management and Limits" (sys_getrefcount.py)
# What: a second name raises the count by one; del lowers it again.
import sys

one = []
print('At start         : %d' % sys.getrefcount(one))
two = one
print('Second reference : %d' % sys.getrefcount(one))
del two
print('After del        : %d' % sys.getrefcount(one))
