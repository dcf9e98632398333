# An exception raised inside a handler: 3.x prints both tracebacks with
# "During handling of the above exception, another exception occurred";
# 2.7 prints only the last.
def parse(text):
    try:
        return int(text)
    except ValueError:
        return {}[text]

print(parse("12"))
parse("x")
