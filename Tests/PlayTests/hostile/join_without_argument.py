",".join()
