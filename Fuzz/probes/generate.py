#!/usr/bin/env python3
"""Writes probe scenarios for scripts/fuzz.sh (FUZZ_PROBES=1): small programs
that put every builtin and method, operator, subscript, % format and range of
the scenario language (or of the Java subset) against edge values. Byte
mutation rarely builds `[1].count()` or `MIN // -1` from the long scenarios;
these reach every such site at once, and the fuzzer mutates from them.

    generate.py python|java FOLDER
"""
import os
import sys

MAX = '9223372036854775807'
MIN = '(-9223372036854775807-1)'
VALUES = ['0', '1', '-1', '2', '-2', '100', 'True', 'False', 'None', MAX, MIN, '2147483648',
          '99999999999999999999', '-' + MAX, "'a'", "''", "'%d'", "'%s'", "'%x'", "'%r'", '[]',
          '[1, 2]', '()', '(1,)', '{}', '{1: 2}', 'C()', 'C', 'gc', 'len', 'range(3)']
ARGS = ['()', '(0)', '(-1)', '(True)', '(False)', '(None)', "('a')", "('')", '([])', '({})', '(())',
        f'({MAX})', f'({MIN})', '(1, 2)', '(1, 2, 3)', '(1, 2, 3, 4)', "('a', 'b')", f'({MIN}, -1)',
        '([1], [2])', '(C())', '(C)', '(-5)', '(1000000000)', "('a', 1)", "(1, 'a')", '(1, -1)',
        '(0, 0)', '(-1, -1)']
METHODS = {
    ('[]', '[1, 2, 3]'): 'append extend insert pop remove index count reverse clear sort copy',
    ('{}', '{1: 2}'): 'get setdefault pop update keys values items clear has_key popitem copy',
    ("''", "'a,b'"): 'join split strip lower upper replace startswith endswith format index count find',
    ('()', '(1, 2)'): 'index count',
}
BUILTINS = ('id hex str repr len range list dict tuple isinstance type object print int bool hasattr '
            'gc.collect gc.enable gc.disable gc.isenabled gc.get_count gc.get_threshold gc.set_threshold '
            'gc.set_debug gc.get_debug gc.get_objects gc.get_referrers gc.get_referents gc.is_tracked '
            'gc.is_finalized gc.get_stats gc.freeze gc.unfreeze gc.get_freeze_count sys.getrefcount '
            'sys.getsizeof sys.getrecursionlimit sys.setrecursionlimit weakref.ref time.sleep').split()
OPERATORS = ['+', '-', '*', '//', '%', '==', '<', 'in', 'is', '!=', '>=', 'and', 'or']
FORMATS = ['%d', '%x', '%s', '%r', '%5d', '%-5d', '%05d', '%9223372036854775807d', '%99999999999999999999d',
           '%.3s', '%c', '%%', '%d %d', '%(a)s', '%*d', '%', '%z', '%2147483648s', '%-9223372036854775808d']
RANGES = [f'range({MAX})', f'range(0, {MAX})', f'range({MAX}, {MIN}, -1)', f'range(0, 10, {MAX})',
          f'range({MIN}, 0, {MIN})', 'range(0, 10, 0)', 'range(-5)', 'range(1, 10, -1)',
          f'range({MAX} - 2, {MAX}, 5)']


PYTHON_HEAD = 'import gc\nimport sys\nimport weakref\nimport time\n\n\nclass C(object):\n    pass\n\n\n'


def python():
    for receivers, names in METHODS.items():
        for r in receivers:
            for m in names.split():
                for a in ARGS:
                    yield f'x = {r}\nprint(x.{m}{a})\nprint(x)\n'
    for b in BUILTINS:
        for a in ARGS:
            yield f'x = {b}{a}\nprint(x)\nprint(repr(x))\n'
    for a in VALUES:
        for b in VALUES:
            for o in OPERATORS:
                yield f'print({a} {o} {b})\n'
            yield f'x = {a}\nprint(x[{b}])\n'
            yield f'x = {a}\nx[{b}] = 2\nprint(x)\n'
            yield f'x = {a}\ndel x[{b}]\nprint(x)\n'
            yield f'x = {a}\nprint(x[{b}:], x[:{b}], x[{b}:{b}])\n'
            yield f'x = {a}\nx += {b}\nx //= {b}\nx %= {b}\nprint(x)\n'
        for u in ['-', 'not ', '+']:
            yield f'print({u}{a})\n'
        yield f'for i in {a}:\n    print(i)\n'
        yield f'x = {a}\nx.y = 1\nprint(x.y, x.__class__, x.__dict__)\n'
    for f in FORMATS:
        for v in VALUES + ['(1, 2)', '(1,)', '()']:
            yield f"print('{f}' % {v})\n"
    for r in RANGES:
        for use in ['len(r)', 'list(r)[:3]', 'r[0]', 'r[-1]', f'{MAX} in r']:
            yield f'r = {r}\nprint({use})\n'
        yield f'for i in {r}:\n    print(i)\n'


def java():
    ints = ['0', '1', '-1', '2147483647', '-2147483648', '-2147483647 - 1', '1000000', '100000000', '65536',
            '0x7fffffff', '0x80000000', '0xffffffff']
    for x in ints:
        yield f'        Node[] a = new Node[{x}];\n        System.out.println(a.length);\n'
        yield f'        Node n = new Node();\n        n.kids = new Node[{x}];\n        System.out.println(n.kids.length);\n'
        yield f'        Node[] a = new Node[3];\n        a[{x}] = new Node();\n        System.out.println(a[{x}]);\n'
        for y in ints:
            for op in ['/', '%', '*', '+', '-', '<<', '>>', '>>>', '&', '|', '^']:
                yield f'        int a = {x};\n        int b = {y};\n        System.out.println(a {op} b);\n'
        for u in ['-', '~', '+']:
            yield f'        int a = {x};\n        System.out.println({u}a);\n        a++;\n        a *= {x};\n'
    yield '        Node n = null;\n        System.out.println(n.v);\n'
    yield '        Node[] a = new Node[2];\n        Node n = a[-1];\n'


def main():
    language, folder = sys.argv[1], sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    if language == 'python':
        for n, body in enumerate(python()):
            with open(os.path.join(folder, f'probe-{n:05}.py'), 'w') as f:
                f.write(PYTHON_HEAD + body)
    else:
        for n, body in enumerate(java()):
            name = f'Probe{n:04}'
            with open(os.path.join(folder, f'{name}.java'), 'w') as f:
                f.write(f'public class {name} {{\n    static class Node {{\n        Node next;\n        Node[] kids;\n'
                        f'        int v;\n    }}\n\n    public static void main(String[] args) {{\n{body}    }}\n}}\n')


main()
