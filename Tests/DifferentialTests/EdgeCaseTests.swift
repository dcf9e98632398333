import Foundation
import GCEngine
import GCVizKit
import Testing

/// A short program at an edge of the language (a bool as an index, a
/// method called without its argument, 64-bit extremes, sizes known
/// before the work) and the profiles it runs under. Each of these once
/// trapped the simulator; now it must end as the real interpreter does.
struct EdgeCase: CustomTestStringConvertible, Sendable {
  var source: String
  var profile: String
  /// Names the staged file: cases run in parallel.
  var number: Int
  var testDescription: String { "\(source.replacingOccurrences(of: "\n", with: "⏎")) [\(profile)]" }
}

enum EdgeCases {
  static let minInt = "(-9223372036854775807-1)"

  /// Programs every Python profile runs the same way as CPython.
  static let programs: [String] = [
    // A bool is an int index, bounds-checked like any other.
    "print([][False])",
    "x = [1]\nx[True] = 2",
    "x = [1, 2]\ndel x[False]\nprint(x)",
    "print(\"a\"[True])",
    "print([1, 2][True:])",
    "print([1, 2, 3][False:True])",
    // Caret lines under stores and deletes.
    "x = [1]\ndel x[5]", "x = [1]\nx[5] += 1", "x = None\nx.a = 1", "x = None\ndel x.a", "x = [1]\nx[5] = 1",
    // Builtins and methods called with a wrong number of arguments.
    "[].extend()", "[].extend(1, 2)", "[1].remove()", "[1].index()", "[1].index(1, 2, 3, 4)", "[1].count()",
    "{1: 2}.pop()", "{1: 2}.pop(1, 2, 3)", "{}.setdefault()", "\",\".join()", "\",\".join(1, 2)",
    "[].append()", "[].insert(1)", "[].pop(1, 2)", "[].reverse(1)", "{}.get()", "{}.clear(1)", "{}.update(1, 2)",
    "{}.keys(1)", "'a'.upper(1)", "'a'.strip(1, 2)", "'a'.replace('a')", "'a'.split(1, 2, 3)", "'a'.startswith()",
    "id()", "len(1, 2)", "repr()", "hex()", "range()", "range(1, 2, 3, 4)", "isinstance(1)", "hasattr(1)",
    "type(1, 2)", "list(1, 2)", "tuple(1, 2)", "dict(1, 2)", "bool(1, 2)", "int(1, 2, 3)", "str(1, 2, 3, 4)",
    "import gc\ngc.collect(1, 2)", "import gc\ngc.enable(1)", "import gc\ngc.set_debug()",
    "import gc\ngc.set_threshold()", "import gc\ngc.is_tracked()", "import sys\nsys.getrefcount()",
    "import weakref\nweakref.ref()",
    "sorted()", "sorted(1)", "sorted([1], 1, 2, 3, 4)", "list(1)", "tuple(None)",
    "reversed()", "reversed([1], [2])", "for x in reversed([1, 2]):\n    print(x)",
    "iter()", "next()", "next(1)", "next([1])", "iter(1)", "next(iter([]), 1, 2)",
    "enumerate()", "enumerate(1)", "enumerate([1], 'a')", "enumerate([1], 2, 3)",
    "for i, x in enumerate('ab', -1):\n    print(i, x)",
    "callable(1, 2)", "abs()", "abs('x')", "any(1)", "all()", "min()", "max([])", "min(1)", "sum()",
    "sum([1], 2, 3)", "sum(['a'], '')", "sum([1, 'a'])", "getattr(1)", "getattr(1, 2)", "getattr(1, 'x')",
    "def f(a, b=1):\n    pass\nf(b=2)", "def f(a, b=1):\n    pass\nf(1, a=2)", "def f(a):\n    pass\nf(1, 2, c=3)",
    "def f(a):\n    pass\nf(z=1)", "def f(a, b, c):\n    pass\nf(c=1)",
    "setattr(1)", "setattr(1, 'x', 2)", "delattr(1)", "delattr(None, 'x')",
    "print({}.update())",
    "print('xaxx'.strip('x'))", "print('  a  '.strip(None))", "print('aa'.strip('a'))",
    // 64-bit extremes whose results fit.
    "print(\(minInt) % -1)", "print(hex(\(minInt)))", "print('%x' % \(minInt))", "print(repr(\(minInt)))",
    // A width past Py_ssize_t is refused before anything is built.
    "print('%99999999999999999999d' % 1)",
    // Sizes CPython refuses before it allocates.
    "x = [1, 2, 3] * 9223372036854775807", "x = (1, 2) * 9223372036854775807",
    "x = 'ab' * 9223372036854775807", "print('%9223372036854775807d' % 1)",
    // Empty repeats, long ranges and big strides: constant time.
    "x = [] * 9223372036854775807\nprint(x)", "x = '' * 9223372036854775807\nprint(repr(x))",
    "print(len(() * 9223372036854775807))", "print(3 * [1], 2 * 'ab', 2 * (1,))",
    "print(len(range(0, 9223372036854775807)))", "print(len(range(9223372036854775807, 0, -2)))",
    "print(3 in range(0, 9223372036854775807, 2), 4 in range(0, 9223372036854775807, 2))",
    "print(-9223372036854775807 in range(0, -9223372036854775807, -1))",
    "for i in range(9223372036854775800, 9223372036854775807, 5):\n    print(i)",
    "for i in range(-9223372036854775800, -9223372036854775807-1, -5):\n    print(i)",
    "for i in range(0, 9223372036854775807, 9223372036854775807):\n    print(i)",
    // Nesting past the recursion limit in repr.
    "x = []\nfor i in range(2000):\n    x = [x]\ny = repr(x)",
    "d = {}\nfor i in range(2000):\n    d = {'k': d}\nprint(len(str(d)))",
    // Comparing past the recursion limit, and just within it.
    "def make(n):\n    x = []\n    for i in range(n):\n        x = [x]\n    return x\nprint(make(998) == make(998))\nprint(make(999) == make(999))",
    "def make(n):\n    x = []\n    for i in range(n):\n        x = [x]\n    return x\nprint(make(3) in [make(3)], [make(2)].count(make(2)))\nprint(make(5000) in [1, make(5000)])",
    // Dict iteration: a changed size is an error; keys one at a time.
    "d = {1: 1}\nfor k in d:\n    d[k + 1] = 1",
    "d = {}\nfor i in range(3000):\n    d[i] = i\nn = 0\nfor k in d:\n    n += k\nprint(n)",
    "d = {'a': 1, 'b': 2}\ndel d['a']\nfor k in d:\n    print(k)\nprint(d.pop('b'), d)",
    // Replace and join: an empty target, and sizes.
    "print('ab'.replace('', 'x'), ''.replace('', 'y'), 'aaa'.replace('a', 'bb'), '-'.join(['x', 'y', 'z']))",
    // A constant-default function before None is loaded.
    "def f(a=1):\n    pass\nx = None\nprint(x)",
    // Calling what is not callable.
    "r = range(3)\nr()",
  ]

  /// 3.x only: the range object and its len; strs by code point.
  static let python3Programs: [String] = [
    "s = 'e\\u0301'\nprint(len(s), repr(s[1]), s.startswith('e'), '\\u00e9' == s, '\\u00e9' < s)\nd = {'\\u00e9': 1, s: 2}\nprint(len(d), list('a\\u0301'))\nprint('\\r\\n'.split(), repr(' \\r\\n'.strip()), 'e\\u0301x'.replace('e', 'y') == 'y\\u0301x')",
    "print(len(range(-9223372036854775807-1, 9223372036854775807)))",
    "print(list(range(3)) * 2)",
    // Unlike types do not order in 3.x (2.7 orders them by type name: refused).
    "max(1, 'a')",
    "sorted([1], None)", "zip(1)", "zip([1], 2)", "for a, b in zip('ab', [1]):\n    print(a, b)",
    "print('x', foo=1)", "print(1, end=2)", "print(1, sep=[])",
  ]

  static let python2Programs: [String] = [
    "print(len('\\u0308'), len('a\\N'), len('\\U00000041'))",
    "print range(9223372036854775807)",
    "print range(-9223372036854775807-1, 9223372036854775807)",
  ]

  static let all: [EdgeCase] = {
    let pairs =
      programs.flatMap { p in Profile.cpythonProfiles.map { (p, $0.name) } }
      + python3Programs.map { ($0, "cpython3.11") }
      + python2Programs.map { ($0, "cpython2.7") }
    return pairs.enumerated().map { EdgeCase(source: $1.0, profile: $1.1, number: $0) }
  }()
}

@Suite("Edge cases: gcviz against real CPython")
struct EdgeCaseTests {
  @Test("the same stdout, stderr and exit code as the real interpreter", arguments: EdgeCases.all)
  func matchesOracle(_ c: EdgeCase) throws {
    guard let (profile, interpreter) = profileAndOracle(c.profile, for: c.testDescription) else { return }
    let file = "edge\(c.number).py"
    let source = c.source + "\n"
    let directory = try stagedCase(source, file: file, profile: c.profile + "-edge")
    let expected = normalizeAddresses(try Oracle.run(interpreter, file: file, in: directory))
    let output = CapturedOutput()
    let code = Runner.run(
      Scenario(name: "edge", path: file, source: source), profile: profile, output: output,
      workingDirectory: directory)
    let actual = normalizeAddresses(RunResult(stdout: output.stdout, stderr: output.stderr, exitCode: code))
    #expect(actual.stdout == expected.stdout, "stdout differs")
    #expect(actual.stderr == expected.stderr, "stderr differs")
    #expect(actual.exitCode == expected.exitCode, "exit code differs")
  }
}
