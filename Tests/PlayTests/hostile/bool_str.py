print("a"[True])
