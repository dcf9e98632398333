# [].index() traps on another line than [1].index().
[].index()
