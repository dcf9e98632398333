#: profiles: cpython3.11, cpython3.12, cpython3.13
# The format mini-language for floats in f-strings (3.11): f, e, g, %, no
# type (repr, or 'g' keeping '.0' with a precision), widths, alignment, signs,
# grouping, inf and nan; an int under a float type.
x = 2.5
print(f'{x:.2f} {x:8.3f}|{x:<8.1f}|{x:^9.2e}|{x:+.1f}|{0.256:.0%}|{1234567.891:,.2f}|{1e20:g}|{x}|{1234.5:.3}|{x:10}|')
print(f'{3.14159:.3f} {2:.1f} {1.0} {1e16} {0.1:.17g} {x=} {-0.0} {1.0:.3} {100.0:.0f} {0.5:.0f} {1.5:.0f}')
print(f'{1e-7:f}|{123.456:e}|{float("inf"):f}|{float("nan"):>6}|{-1.5:08.2f}|{1.5:_>8}|{12345.6789:_.1f}|{0.000012345:g}')
print(f'{7:e} {7:%} {7:g} {1e100:.3} {2.0**0.5:.10f}')
