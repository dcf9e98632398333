# A loop whose body is on its own line: every turn is a jump back to the
# same line, which CPython traces as a line event. gcviz counted none, so the
# step limit never stopped it (FuzzPython, a timeout).
i = 0
while i < 4:    keep = []
