#: title: a pause
#: steps: 50
import time
from gc import collect
time.sleep(0)
print(collect())
i = 0
while True:
    i += 1
    time.sleep(1)
