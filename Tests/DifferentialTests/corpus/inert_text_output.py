#: profiles: cpython3.11, cpython3.12, cpython3.13
# Text that could drive a terminal or hide on it (escape sequences, bidi overrides, zero-width characters):
# on a pipe gcviz prints CPython's bytes; repr escapes what str.isprintable() rejects
print("\x1b]0;title\x07\x1b[2J", "bell\x07")
print("abc\u202edcba \u2066x\u2069 \u200eL\u200fR \u061c")
print("zero\u200bwidth\u200c\u200d\u2060\ufeff \u00ad \U000e0041")
print("del\x7f c1\x9b31m", "tab\tcr\r")
s = "x\u202e" * 3 + "\xa0\u3000\u2028\ue000"
print(len(s), repr(s), repr("\x1b\x9b\u200b"), ["\u200b"])
d = {"k\u202e": "v\x1b"}
print(d)
print(d["nope\u200b"])
