# Source: Stack Overflow, "In what order are objects destroyed at interpreter exit?" (answers: module globals are cleared at shutdown, in an order that differs between versions)
# What: three globals with __del__ at exit.
class Named(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del %s" % self.name)

alpha = Named("alpha")
beta = Named("beta")
_private = Named("_private")
gamma = Named("gamma")
print("exiting")
