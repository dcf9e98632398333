# Source: Real Python, "Memory Management in Python" / "Python's sys.getrefcount" walkthrough (f-string formatted output)
#: profiles: cpython3.11, cpython3.12, cpython3.13
# What: reference counts printed with f-strings as names and containers come and go.
import sys

numbers = [1, 2, 3]
print(f"start: {sys.getrefcount(numbers)}")
alias = numbers
print(f"alias: {sys.getrefcount(numbers)}")
container = {"nums": numbers}
print(f"in a dict: {sys.getrefcount(numbers)}")
del alias, container
print(f"end: {sys.getrefcount(numbers)}")
