[].extend()
