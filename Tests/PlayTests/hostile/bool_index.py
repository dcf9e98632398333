print([][False])
