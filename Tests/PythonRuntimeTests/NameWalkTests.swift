import GCEngine
import GCVizKit
import PythonFrontEnd
import Testing

@testable import PythonRuntime

/// The refusal rule, walked name by name: every builtin of each version and
/// every attribute the real interpreter has on the modules and types the
/// simulator knows is either simulated (the access runs) or refused at its
/// position (exit 2, "is not supported by the simulator"). None may fall
/// through to a NameError, AttributeError or TypeError CPython would not
/// raise.
@Suite("Every real name is simulated or refused")
struct NameWalkTests {
  /// How to make a value of each table's type, after an optional prelude.
  static let values: [String: (prelude: String, expression: String)] = [
    "NoneType": ("", "None"), "bool": ("", "True"), "int": ("", "1"), "str": ("", "'abc'"), "list": ("", "[1]"),
    "dict": ("", "{1: 2}"), "tuple": ("", "(1,)"), "builtin_function_or_method": ("", "len"),
    "set": ("", "{1}"), "frozenset": ("", "frozenset([1])"), "object": ("", "object()"),
    "function": ("def f():\n    pass\n", "f"),
    "type": ("class New(object):\n    def method(self):\n        pass\n", "New"),
    "instance": ("class New(object):\n    def method(self):\n        pass\n", "New()"),
    "method": ("class New(object):\n    def method(self):\n        pass\n", "New().method"),
    "weakref": ("import weakref\nclass New(object):\n    pass\nn = New()\n", "weakref.ref(n)"),
    "generator": ("def gen():\n    yield 1\n", "gen()"),
  ]

  /// Every access to try, as (what, source).
  static func accesses(_ names: [String: Set<String>], python2: Bool) -> [(String, String)] {
    var accesses: [(String, String)] = []
    // 2.7's `print` is a statement unless imported from __future__.
    for name in names["builtins"]!.sorted() where !(python2 && name == "print") {
      accesses.append((name, "x = \(name)\n"))
    }
    for (table, members) in names.sorted(by: { $0.key < $1.key }) {
      if table.hasPrefix("module ") {
        let module = table.dropFirst(7)
        for name in members.sorted() {
          accesses.append(("\(module).\(name)", "import \(module)\nx = \(module).\(name)\n"))
        }
      } else if let (prelude, expression) = values[table] {
        for name in members.sorted() {
          accesses.append(("\(table).\(name)", prelude + "x = (\(expression)).\(name)\n"))
        }
      } else if table != "builtins" {
        Issue.record("no value to walk the attributes of \(table)")
      }
    }
    return accesses
  }

  @Test("builtins, module and type attributes", arguments: Profile.cpythonProfiles)
  func walk(_ profile: Profile) {
    let python2 = profile.pythonMajorVersion == 2
    let accesses = Self.accesses(Interpreter.realNames(is27: python2, profile: profile), python2: python2)
    var simulated = 0
    var refused = 0
    var fallThrough: [String] = []
    for (what, source) in accesses {
      let result = Runner.capture(Scenario(name: "walk", path: "walk.py", source: source), profile: profile)
      if result.exitCode == 0 && result.stderr.isEmpty {
        simulated += 1
      } else if result.exitCode == 2 && result.stderr.contains("is not supported by the simulator")
        && !result.stderr.contains("Traceback")
      {
        refused += 1
      } else {
        let last = result.stderr.split(separator: "\n").last ?? ""
        fallThrough.append("\(what): exit \(result.exitCode) \(last)")
      }
    }
    #expect(fallThrough.isEmpty, "\(fallThrough.count) fall through: \(fallThrough.prefix(40))")
    // The walk covers what it says: hundreds of names, some simulated.
    #expect(accesses.count > 700)
    #expect(simulated > 40 && refused > 400, "simulated \(simulated), refused \(refused)")
  }

  @Test("a special method the simulator would not call is refused at its definition")
  func specialMethods() {
    for profile in Profile.cpythonProfiles {
      let result = Runner.capture(
        Scenario(
          name: "t", path: "t.py",
          source:
            "class Graph(object):\n    def __init__(self):\n        pass\n    def __hash__(self):\n        return 1\n"
        ),
        profile: profile)
      #expect(result.exitCode == 2)
      #expect(result.stderr.hasPrefix("t.py:4:5: error: the special method __hash__ is not supported by the simulator"))
      let assigned = Runner.capture(
        Scenario(name: "t", path: "t.py", source: "class A(object):\n    pass\nA.__hash__ = 1\n"), profile: profile)
      #expect(
        assigned.stderr.contains("t.py:3:1: error: the special method __hash__ is not supported"), "\(assigned.stderr)")
    }
  }

  @Test("a weak reference the simulator cannot make is refused; one CPython cannot make is its TypeError")
  func weakReferences() {
    let prelude = "import weakref, gc\nclass A(object):\n    def m(self):\n        pass\na = A()\n"
    for profile in Profile.cpythonProfiles {
      for target in ["len", "list", "weakref.ref(a)"] {
        let result = Runner.capture(
          Scenario(name: "t", path: "t.py", source: prelude + "r = weakref.ref(\(target))\n"), profile: profile)
        #expect(result.exitCode == 2, "\(target): \(result.stderr)")
        #expect(result.stderr.contains("error: a weak reference to a "), "\(target): \(result.stderr)")
      }
      let list = Runner.capture(
        Scenario(name: "t", path: "t.py", source: prelude + "r = weakref.ref([])\n"), profile: profile)
      #expect(list.stderr.hasSuffix("TypeError: cannot create weak reference to 'list' object\n"), "\(list.stderr)")
    }
  }

  @Test("2.7's ordering of unlike types is refused; 3.x raises its TypeError")
  func unlikeOrdering() {
    let source = Scenario(name: "t", path: "t.py", source: "print(1 < 'a')\n")
    let python2 = Runner.capture(source, profile: .cpython27)
    #expect(python2.exitCode == 2)
    #expect(python2.stderr.contains("error: ordering with '<' a int and a str is not supported"), "\(python2.stderr)")
    let python3 = Runner.capture(source, profile: .cpython311)
    #expect(python3.exitCode == 1)
    #expect(python3.stderr.hasSuffix("TypeError: '<' not supported between instances of 'int' and 'str'\n"))
  }

  @Test("a builtin type as a base is refused, not a TypeError")
  func builtinBases() {
    for profile in Profile.cpythonProfiles {
      let result = Runner.capture(
        Scenario(name: "t", path: "t.py", source: "class B(list):\n    pass\n"), profile: profile)
      #expect(result.exitCode == 2)
      #expect(result.stderr.contains("error: subclassing 'list' is not supported by the simulator"), "\(result.stderr)")
    }
  }
}
