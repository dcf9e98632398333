# Source: Luciano Ramalho, Fluent Python, ch. 8, Example 8-14 (TwilightBus aliasing its argument)
# What: the bus keeps a reference to the caller's list and mutates it.
class TwilightBus:
    def __init__(self, passengers=None):
        if passengers is None:
            self.passengers = []
        else:
            self.passengers = passengers

    def pick(self, name):
        self.passengers.append(name)

    def drop(self, name):
        self.passengers.remove(name)

basketball_team = ['Sue', 'Tina', 'Maya', 'Diana', 'Pat']
bus = TwilightBus(basketball_team)
bus.drop('Tina')
bus.drop('Pat')
print(basketball_team)
print(bus.passengers is basketball_team)
