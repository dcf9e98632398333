# ZeroDivisionError's message names the operation: 3.x says "integer modulo
# by zero" for %, 2.7 "integer division or modulo by zero" for both
for a, b in [(7, 0), (-7, 0), (0, 0)]:
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print('%: ' + str(e))
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print('//: ' + str(e))
x = 5
try:
    x %= 0
except ZeroDivisionError as e:
    print('%=: ' + str(e))
print(x)
