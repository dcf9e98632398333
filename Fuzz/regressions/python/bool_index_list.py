# The bool index skips the bounds check (Objects.swift getItem).
print([][False])
