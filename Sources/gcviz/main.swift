print("gcviz")
