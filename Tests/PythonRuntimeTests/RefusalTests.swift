import GCEngine
import GCVizKit
import PythonFrontEnd
import PythonRuntime
import Testing

/// What the simulator does not model is refused at its position (exit 2),
/// never answered with an exception CPython would not raise.
@Suite("Refusals")
struct RefusalTests {
  func run(_ source: String, _ profile: Profile) -> RunResult {
    Runner.capture(Scenario(name: "t", path: "t.py", source: source), profile: profile)
  }

  @Test(
    "a method the builtin type has but the simulator lacks is refused; one it lacks is an AttributeError",
    arguments: Profile.cpythonProfiles)
  func builtinMethods(_ profile: Profile) {
    for (source, what) in [
      ("x = 'abc'.count('b')\n", "str.count"), ("x = (1, 2).index(1)\n", "tuple.index"),
      ("x = [2, 1]\nx.sort()\n", "list.sort"), ("x = {}.copy()\n", "dict.copy"),
    ] {
      let result = run(source, profile)
      #expect(result.exitCode == 2, "\(source)")
      #expect(result.stderr.contains("error: \(what) is not supported by the simulator"), "\(result.stderr)")
    }
    let missing = run("x = 'abc'.bogus\n", profile)
    #expect(missing.exitCode == 1)
    #expect(missing.stderr.hasSuffix("AttributeError: 'str' object has no attribute 'bogus'\n"))
  }

  @Test("what exceptions, closures and classes in functions cannot do yet is refused at its position")
  func exceptionAndScopeRefusals() {
    let cases: [(String, Profile, String)] = [
      (
        "def f():\n  x = 1\n  class A:\n    def m(self):\n      return x\n",
        .cpython311, "t.py:5:14: error: a class inside a function using the function's variable 'x'"
      ),
      ("class A:\n  pass\nclass E(ValueError, A):\n  pass\n", .cpython27, "an exception class with more than one base"),
      ("class Old:\n  pass\nraise Old()\n", .cpython27, "raising an old-style class or instance"),
      (
        "e = ValueError()\nx = e.with_traceback\n", .cpython311,
        "the attribute 'with_traceback' of a ValueError object is not supported"
      ),
      ("import sys\nx = sys.getsizeof([1])\n", .cpython311, "sys.getsizeof of a list with contents"),
      ("def f(*a):\n  pass\nf(*[1], *[2])\n", .cpython311, "more than one '*' argument in a call"),
      ("x = [1]\nprint(*x)\n", .cpython311, "argument unpacking ('*', '**') in a call to a builtin_function_or_method"),
      // The sequence protocol through __getitem__ is not walked.
      (
        "class S(object):\n  def __getitem__(self, i):\n    return i\nfor x in S():\n  pass\n", .cpython311,
        "t.py:4:1: error: iterating an instance of a class with __getitem__ is not supported"
      ),
      (
        "class S:\n  def __getitem__(self, i):\n    return i\nx = 1 in S()\n", .cpython27,
        "t.py:4:5: error: 'in' on an instance without __contains__ (a search of its iteration) is not supported"
      ),
      // 2.7's PyInt_AsSsize_t would take a float's or long's value.
      (
        "class L(object):\n  def __len__(self):\n    return 2.5\nx = len(L())\n", .cpython27,
        "t.py:4:5: error: a __len__ returning a float is not supported"
      ),
      ("class H(object):\n  def __hash__(self):\n    return 1\n", .cpython311, "the special method __hash__"),
      // __slots__ layouts the simulator does not make.
      (
        "class P(object):\n  __slots__ = ('x',)\nclass Q(P):\n  pass\n", .cpython311,
        "t.py:3:1: error: a subclass of a class with __slots__"
      ),
      ("class P(object):\n  __slots__ = ('__dict__',)\n", .cpython311, "t.py:1:1: error: '__dict__' in __slots__"),
      ("class P(object):\n  __slots__ = ()\n", .cpython27, "t.py:1:1: error: an empty __slots__ in 2.7"),
      (
        "class P(object):\n  __slots__ = ('x',)\ny = P.x\n", .cpython311,
        "t.py:3:5: error: a member descriptor of __slots__ (P.x)"
      ),
      (
        "class P(object):\n  __slots__ = ('x',)\n  x = 1\n", .cpython27,
        "t.py:1:1: error: a __slots__ name that is also a class variable"
      ),
      // __getattr__ where it would be asked on paths the simulator does not take.
      (
        "class C:\n  def __getattr__(self, name):\n    return 1\n", .cpython27,
        "t.py:1:1: error: __getattr__ in a 2.7 classic class"
      ),
      (
        "class E(ValueError):\n  def __getattr__(self, name):\n    return 1\n", .cpython311,
        "t.py:1:1: error: __getattr__ in an exception class"
      ),
      (
        "class C(object):\n  pass\nclass D:\n  pass\nD.__getattr__ = lambda self, n: 1\nx = D().y\n", .cpython27,
        "t.py:6:5: error: __getattr__ in a 2.7 classic class"
      ),
      // A comparison giving another object than a bool (which 3.x passes on).
      (
        "class E(object):\n  def __eq__(self, other):\n    return 1\nx = E() == E()\n", .cpython311,
        "t.py:4:5: error: a __eq__ returning a int is not supported"
      ),
      // `in` searches what iterating gives only through __contains__.
      (
        "class S(object):\n  def __iter__(self):\n    return iter([1])\nx = 1 in S()\n", .cpython311,
        "t.py:4:5: error: 'in' on an instance without __contains__ (a search of its iteration) is not supported"
      ),
      // Which side's __eq__ a dict's comparison asks is not simulated.
      (
        "class E:\n  def __eq__(self, other):\n    return True\nx = {1: E()} == {1: E()}\n", .cpython27,
        "comparing instances with their own comparison methods inside a container or 'in' is not supported"
      ),
    ]
    for (source, profile, message) in cases {
      let result = run(source, profile)
      #expect(result.exitCode == 2, "\(source)")
      #expect(result.stderr.contains(message), "\(result.stderr)")
    }
    // A name a function never had is a real error, not a refusal.
    let missing = run("def f():\n  nonlocal x\n  x = 1\n", .cpython311)
    #expect(missing.exitCode == 2)
    #expect(missing.stderr.contains("t.py:2:3: error: no binding for nonlocal 'x' found"), "\(missing.stderr)")
    let attribute = run("e = ValueError()\nx = e.bogus\n", .cpython311)
    #expect(attribute.exitCode == 1)
    #expect(attribute.stderr.hasSuffix("AttributeError: 'ValueError' object has no attribute 'bogus'\n"))
  }

  @Test("a version's own methods: list.clear is 3.x, dict.viewkeys 2.7")
  func versionMethods() {
    #expect(run("[].clear()\n", .cpython311).stderr.contains("list.clear is not supported"))
    #expect(
      run("[].clear()\n", .cpython27).stderr.hasSuffix("AttributeError: 'list' object has no attribute 'clear'\n"))
    #expect(run("{}.viewkeys()\n", .cpython27).stderr.contains("dict.viewkeys is not supported"))
    #expect(run("{}.viewkeys()\n", .cpython311).exitCode == 1)
    #expect(run("print(list({1: 2}.iteritems()))\n", .cpython27).stdout == "[(1, 2)]\n")
  }
}
