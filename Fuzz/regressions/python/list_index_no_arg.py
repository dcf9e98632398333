[1].index()
