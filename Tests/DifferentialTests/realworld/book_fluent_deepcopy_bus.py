# Source: Luciano Ramalho, Fluent Python, ch. 8, Examples 8-8/8-9 (copy and deepcopy of a Bus)
# What: copy shares the passengers list; deepcopy does not.
import copy

class Bus:
    def __init__(self, passengers=None):
        if passengers is None:
            self.passengers = []
        else:
            self.passengers = list(passengers)

    def pick(self, name):
        self.passengers.append(name)

    def drop(self, name):
        self.passengers.remove(name)

bus1 = Bus(['Alice', 'Bill', 'Claire', 'David'])
bus2 = copy.copy(bus1)
bus3 = copy.deepcopy(bus1)
bus1.drop('Bill')
print(bus2.passengers)
print(bus3.passengers)
print(bus1.passengers is bus2.passengers)
