[1].remove()
