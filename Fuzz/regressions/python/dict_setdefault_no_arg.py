{}.setdefault()
