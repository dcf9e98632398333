#: profile: cpython2.7
# New: has_key without its argument (2.7; 3.11 has no has_key).
{}.has_key()
