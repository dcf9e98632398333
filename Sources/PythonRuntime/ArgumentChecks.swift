import GCEngine
import PythonFrontEnd

/// How a builtin checks its argument count. CPython words the error after
/// the C calling convention the builtin uses, and that differs between
/// builtins and between versions, so each builtin names its convention.
enum ArgumentCheck {
  /// METH_O: "f() takes exactly one argument (N given)"; 3.x qualifies a
  /// method or module function with its owner ("list.append()").
  case one(owner: String?)
  /// METH_NOARGS: "f() takes no arguments (N given)", qualified as `one`.
  case none(owner: String?)
  /// PyArg_ParseTuple: "f() takes at least/at most/exactly N argument(s)
  /// (M given)"; the subject is written in full ("split()", or 2.7's
  /// nameless "function").
  case parseTuple(String, ClosedRange<Int>)
  /// PyArg_UnpackTuple and Argument Clinic's positional check: "f expected
  /// at least/at most N arguments, got M" (2.7 says "arguments" even for 1).
  case unpackTuple(String, ClosedRange<Int>)
  /// Argument Clinic's keyword parser: "f() takes at least N positional
  /// arguments (M given)" / "f() takes at most N arguments (M given)".
  case keywordParser(String, ClosedRange<Int>)
  /// Argument Clinic's optional groups: "gc.f requires 1 to 3 arguments".
  case optionalGroups(String, ClosedRange<Int>)
  /// `type()`: one argument or three.
  case typeCall

  /// The counts a count-range check takes.
  var range: ClosedRange<Int>? {
    switch self {
    case .parseTuple(_, let r), .unpackTuple(_, let r), .keywordParser(_, let r), .optionalGroups(_, let r): return r
    default: return nil
    }
  }
  /// Any number (`print`, `gc.get_referrers`).
  case any

  var accepts: (Int) -> Bool {
    switch self {
    case .one: return { $0 == 1 }
    case .none: return { $0 == 0 }
    case .parseTuple(_, let r), .unpackTuple(_, let r), .keywordParser(_, let r), .optionalGroups(_, let r):
      return { r.contains($0) }
    case .typeCall: return { $0 == 1 || $0 == 3 }
    case .any: return { _ in true }
    }
  }

  /// CPython's message for `given` arguments to the builtin `name`.
  func message(name: String, given: Int, python2: Bool) -> String {
    func qualified(_ name: String, _ owner: String?) -> String {
      guard !python2, let owner else { return name }
      return owner + "." + name
    }
    func arguments(_ n: Int, alwaysPlural: Bool = false) -> String {
      "\(n) argument" + (n == 1 && !alwaysPlural ? "" : "s")
    }
    switch self {
    case .one(let owner):
      return "\(qualified(name, owner))() takes exactly one argument (\(given) given)"
    case .none(let owner):
      return "\(qualified(name, owner))() takes no arguments (\(given) given)"
    case .parseTuple(let subject, let range):
      if range.lowerBound == range.upperBound {
        return "\(subject) takes exactly \(arguments(range.lowerBound)) (\(given) given)"
      }
      if given < range.lowerBound { return "\(subject) takes at least \(arguments(range.lowerBound)) (\(given) given)" }
      return "\(subject) takes at most \(arguments(range.upperBound)) (\(given) given)"
    case .unpackTuple(let name, let range):
      if range.lowerBound == range.upperBound {
        return "\(name) expected \(arguments(range.lowerBound, alwaysPlural: python2)), got \(given)"
      }
      if given < range.lowerBound {
        return "\(name) expected at least \(arguments(range.lowerBound, alwaysPlural: python2)), got \(given)"
      }
      return "\(name) expected at most \(arguments(range.upperBound, alwaysPlural: python2)), got \(given)"
    case .keywordParser(let name, let range):
      if given < range.lowerBound {
        return
          "\(name)() takes at least \(range.lowerBound) positional argument\(range.lowerBound == 1 ? "" : "s") (\(given) given)"
      }
      return "\(name)() takes at most \(arguments(range.upperBound)) (\(given) given)"
    case .optionalGroups(let name, let range):
      return "\(name) requires \(range.lowerBound) to \(range.upperBound) arguments"
    case .typeCall:
      return "type() takes 1 or 3 arguments"
    case .any:
      return ""
    }
  }
}

/// A builtin's argument check under each version, and the counts the
/// simulator implements (a count CPython accepts but the simulator does
/// not model is refused, never ignored).
struct BuiltinSignature {
  var python2: ArgumentCheck
  var python3: ArgumentCheck
  var simulated: ClosedRange<Int>?

  init(_ both: ArgumentCheck, simulated: ClosedRange<Int>? = nil) {
    self.init(python2: both, python3: both, simulated: simulated)
  }

  init(python2: ArgumentCheck, python3: ArgumentCheck, simulated: ClosedRange<Int>? = nil) {
    self.python2 = python2
    self.python3 = python3
    self.simulated = simulated
  }
}

extension Native {
  /// Measured on CPython 2.7.18 and 3.11.7 with too few and too many
  /// arguments for each builtin.
  var signature: BuiltinSignature? {
    switch self {
    case .id, .hex, .repr, .len: return BuiltinSignature(.one(owner: nil))
    case .str:
      return BuiltinSignature(
        python2: .parseTuple("str()", 0...1), python3: .parseTuple("str()", 0...3), simulated: 0...1)
    case .range: return BuiltinSignature(.unpackTuple("range", 1...3))
    case .list: return BuiltinSignature(python2: .parseTuple("list()", 0...1), python3: .unpackTuple("list", 0...1))
    case .set: return BuiltinSignature(python2: .unpackTuple("set", 0...1), python3: .unpackTuple("set", 0...1))
    case .frozenset:
      return BuiltinSignature(python2: .unpackTuple("frozenset", 0...1), python3: .unpackTuple("frozenset", 0...1))
    case .setAdd, .setDiscard, .setRemove: return BuiltinSignature(.one(owner: "set"))
    case .setPop, .setClear: return BuiltinSignature(.none(owner: "set"))
    case .setCopy: return BuiltinSignature(.none(owner: "set"))
    case .setSymmetricDifference, .setSymmetricDifferenceUpdate, .setIssubset, .setIssuperset, .setIsdisjoint:
      return BuiltinSignature(.one(owner: "set"))
    case .setUnion, .setIntersection, .setDifference, .setUpdate, .setIntersectionUpdate, .setDifferenceUpdate:
      return BuiltinSignature(.any)
    case .tuple:
      return BuiltinSignature(python2: .parseTuple("tuple()", 0...1), python3: .unpackTuple("tuple", 0...1))
    case .dict: return BuiltinSignature(.unpackTuple("dict", 0...1))
    case .isinstance: return BuiltinSignature(.unpackTuple("isinstance", 2...2))
    case .hasattr: return BuiltinSignature(.unpackTuple("hasattr", 2...2))
    case .callable, .abs, .any, .all, .hash: return BuiltinSignature(.one(owner: nil))
    case .getattr: return BuiltinSignature(.unpackTuple("getattr", 2...3))
    case .iter: return BuiltinSignature(.unpackTuple("iter", 1...2), simulated: 1...1)
    case .next: return BuiltinSignature(.unpackTuple("next", 1...2))
    case .reversed: return BuiltinSignature(.unpackTuple("reversed", 1...1))
    case .setattr: return BuiltinSignature(.unpackTuple("setattr", 3...3))
    case .delattr: return BuiltinSignature(.unpackTuple("delattr", 2...2))
    case .type: return BuiltinSignature(.typeCall, simulated: 1...1)
    case .int: return BuiltinSignature(.parseTuple("int()", 0...2), simulated: 0...1)
    case .float:
      return BuiltinSignature(python2: .parseTuple("float()", 0...1), python3: .unpackTuple("float", 0...1))
    case .round: return BuiltinSignature(.parseTuple("round()", 1...2))
    case .bool: return BuiltinSignature(python2: .parseTuple("bool()", 0...1), python3: .unpackTuple("bool", 0...1))
    case .print, .gcGetReferrers, .gcGetReferents: return BuiltinSignature(.any)
    case .gcCollect:
      return BuiltinSignature(python2: .parseTuple("function", 0...1), python3: .parseTuple("collect()", 0...1))
    case .gcEnable, .gcDisable, .gcIsEnabled, .gcGetCount, .gcGetThreshold, .gcGetDebug, .gcGetStats, .gcFreeze,
      .gcUnfreeze, .gcGetFreezeCount:
      return BuiltinSignature(.none(owner: "gc"))
    case .gcSetThreshold: return BuiltinSignature(.parseTuple("set_threshold()", 1...3))
    case .gcSetDebug: return BuiltinSignature(python2: .parseTuple("set_debug()", 1...1), python3: .one(owner: "gc"))
    case .gcGetObjects:
      return BuiltinSignature(python2: .none(owner: "gc"), python3: .parseTuple("get_objects()", 0...1))
    case .gcIsTracked, .gcIsFinalized: return BuiltinSignature(.one(owner: "gc"))
    case .sysGetrefcount: return BuiltinSignature(.one(owner: "sys"))
    case .weakrefGetweakrefcount, .weakrefGetweakrefs: return BuiltinSignature(.one(owner: "_weakref"))
    case .sysGetsizeof: return BuiltinSignature(.parseTuple("getsizeof()", 1...2), simulated: 1...1)
    case .sysGetrecursionlimit, .sysExcInfo, .sysExcClear: return BuiltinSignature(.none(owner: "sys"))
    case .sysGetframe:
      return BuiltinSignature(python2: .parseTuple("_getframe()", 0...1), python3: .unpackTuple("_getframe", 0...1))
    case .sysSetrecursionlimit:
      return BuiltinSignature(python2: .parseTuple("setrecursionlimit()", 1...1), python3: .one(owner: "sys"))
    case .timeSleep: return BuiltinSignature(python2: .parseTuple("sleep()", 1...1), python3: .one(owner: "time"))
    case .weakrefRef: return BuiltinSignature(.unpackTuple("__new__", 1...2))
    case .weakrefProxy: return BuiltinSignature(.parseTuple("proxy", 1...2))
    case .superType:
      return BuiltinSignature(python2: .parseTuple("super()", 1...2), python3: .unpackTuple("super()", 0...2))
    case .generatorSend: return BuiltinSignature(.one(owner: "generator"))
    case .generatorClose: return BuiltinSignature(.none(owner: "generator"))
    case .generatorNext: return BuiltinSignature(.none(owner: "generator"))
    case .listAppend, .listRemove, .listCount, .listExtend: return BuiltinSignature(.one(owner: "list"))
    case .listReverse: return BuiltinSignature(.none(owner: "list"))
    case .listPop: return BuiltinSignature(python2: .parseTuple("pop()", 0...1), python3: .unpackTuple("pop", 0...1))
    case .listInsert:
      return BuiltinSignature(python2: .parseTuple("insert()", 2...2), python3: .unpackTuple("insert", 2...2))
    case .listIndex:
      return BuiltinSignature(
        python2: .parseTuple("index()", 1...3), python3: .unpackTuple("index", 1...3), simulated: 1...1)
    case .dictKeys, .dictValues, .dictItems, .dictClear, .dictIterkeys, .dictItervalues, .dictIteritems:
      return BuiltinSignature(.none(owner: "dict"))
    case .dictGet: return BuiltinSignature(.unpackTuple("get", 1...2))
    case .dictPop: return BuiltinSignature(.unpackTuple("pop", 1...2))
    case .dictSetdefault: return BuiltinSignature(.unpackTuple("setdefault", 1...2))
    case .dictUpdate: return BuiltinSignature(.unpackTuple("update", 0...1))
    case .dictHasKey: return BuiltinSignature(.one(owner: "dict"))
    case .strJoin: return BuiltinSignature(.one(owner: "str"))
    case .strFormat: return BuiltinSignature(.any)
    case .format:
      return BuiltinSignature(python2: .parseTuple("format()", 1...2), python3: .unpackTuple("format", 1...2))
    case .strUpper, .strLower: return BuiltinSignature(.none(owner: "str"))
    case .strStrip:
      return BuiltinSignature(python2: .parseTuple("strip()", 0...1), python3: .unpackTuple("strip", 0...1))
    case .strSplit: return BuiltinSignature(.parseTuple("split()", 0...2), simulated: 0...1)
    case .strReplace:
      return BuiltinSignature(
        python2: .parseTuple("replace()", 2...3), python3: .unpackTuple("replace", 2...3), simulated: 2...2)
    case .strStartswith: return BuiltinSignature(.parseTuple("startswith()", 1...3), simulated: 1...1)
    case .strEndswith: return BuiltinSignature(.parseTuple("endswith()", 1...3), simulated: 1...1)
    default: return nil
    }
  }
}

extension Interpreter {
  /// Checks the argument count before a builtin runs, so no builtin reads
  /// an argument that was not passed: CPython's TypeError for a count it
  /// rejects, a refusal for a count it accepts that the simulator does
  /// not implement (an ignored argument would print wrong results).
  func checkArguments(_ native: Native, _ args: [Value]) throws(RunError) {
    guard let signature = native.signature else { return }
    var check = is27 ? signature.python2 : signature.python3
    if !is27, let wording = profile.argumentCountWordings[native.pythonName], let range = check.range {
      switch wording {
      case .expected: check = .unpackTuple(native.pythonName, range)
      case .keywordParser: check = .keywordParser(native.pythonName, range)
      case .optionalGroups(let module): check = .optionalGroups(module + "." + native.pythonName, range)
      }
    }
    guard check.accepts(args.count) else {
      throw pythonError("TypeError", check.message(name: native.pythonName, given: args.count, python2: is27))
    }
    if let simulated = signature.simulated, !simulated.contains(args.count) {
      throw unsupported(
        "\(native.pythonName)() with \(args.count) argument\(args.count == 1 ? "" : "s")")
    }
  }
}
