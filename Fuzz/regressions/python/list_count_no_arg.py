[1].count()
