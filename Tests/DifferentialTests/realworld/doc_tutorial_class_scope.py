# Source: Python tutorial, 9.3.5 "Class and Instance Variables" (class Dog, tricks)
# What: a mutable class attribute shared by every instance.
class Dog:
    tricks = []

    def __init__(self, name):
        self.name = name

    def add_trick(self, trick):
        self.tricks.append(trick)

d = Dog('Fido')
e = Dog('Buddy')
d.add_trick('roll over')
e.add_trick('play dead')
print(d.tricks)
print(d.tricks is e.tricks)
