# Source: Stack Overflow, "Creating functions (or lambdas) in a loop" (late binding of closures)
# What: every lambda shares the loop variable's final value; a default argument captures each one.
def make_multipliers():
    return [lambda x: i * x for i in range(4)]

print([m(2) for m in make_multipliers()])

def make_multipliers_fixed():
    return [lambda x, i=i: i * x for i in range(4)]

print([m(2) for m in make_multipliers_fixed()])
