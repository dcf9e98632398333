import GCEngine
import PythonFrontEnd

/// Front-end objects the heap does not simulate: builtins, the simulated
/// modules and their functions, builtin types, methods of builtin containers.
/// They travel as `Value.native(rawValue)`.
public enum Native: Int32, CaseIterable, Sendable {
  // Markers used by the interpreter itself.
  case unbound = -1
  case nullMarker = 0
  /// 2.7: on a `finally` handler's stack, an exception that was never
  /// made an object (its frame keeps it until END_FINALLY raises it).
  case unnormalized = -2
  // Builtin functions and types.
  case print = 1, id, hex, str, repr, len, range, list, dict, tuple, isinstance, type, object, int, bool, hasattr
  case noneType, function, classobj, instanceType, typeType, method, module, weakrefType, builtinFunction
  case callable = 30, abs, any, all, min, max, sum, getattr, setattr, delattr
  case enumerate = 100, sorted, zip, iter, next, reversed
  // Modules.
  case moduleGC = 40, moduleSys, moduleTime, moduleWeakref
  // gc.
  case gcCollect = 60, gcEnable, gcDisable, gcIsEnabled, gcGetCount, gcGetThreshold, gcSetThreshold
  case gcSetDebug, gcGetDebug, gcGetObjects, gcGetReferrers, gcGetReferents, gcIsTracked, gcGetStats
  case gcFreeze, gcUnfreeze, gcGetFreezeCount, gcIsFinalized
  // sys, time, weakref.
  case sysGetrefcount = 90, sysGetsizeof, timeSleep, weakrefRef, sysGetrecursionlimit, sysSetrecursionlimit
  case sysGetframe = 96
  // Methods of builtin containers (the receiver travels beside them).
  case listAppend = 110, listPop, listInsert, listRemove, listIndex, listCount, listExtend, listReverse
  /// Only as the method sorted() fetches (`list.sort` itself is refused).
  case listSort = 120
  /// Only as the method reversed() fetches.
  case listReversed = 121
  case dictKeys = 130, dictValues, dictItems, dictGet, dictPop, dictHasKey, dictClear, dictSetdefault, dictUpdate
  /// 2.7's `iterkeys`, `itervalues`, `iteritems`.
  case dictIterkeys = 140, dictItervalues, dictIteritems
  case strJoin = 150, strUpper, strLower, strStrip, strSplit, strReplace, strStartswith, strEndswith, strFormat
  // Builtin exception classes (ExceptionClasses.swift has their tree).
  case baseException = 200, exception, standardError, arithmeticError, lookupError, valueError, typeError
  case keyError, indexError, zeroDivisionError, overflowError, attributeError, nameError, unboundLocalError
  case runtimeError, notImplementedError, recursionError, assertionError, stopIteration, keyboardInterrupt
  case systemExit, memoryError, referenceError, generatorExit
  // sys.exc_info and 2.7's sys.exc_clear.
  case sysExcInfo = 250, sysExcClear
  /// `ValueError.__init__` (any builtin exception class's), called with
  /// the instance first from a subclass's `__init__`.
  case baseExceptionInit = 252
  // Method wrappers and properties (Descriptors.swift).
  case staticmethod = 260, classmethod, property
  case weakrefGetweakrefcount = 270
  /// `weakref.proxy` and the two types of what it makes.
  case weakrefProxy = 271, weakproxyType, weakcallableproxyType
  case weakrefGetweakrefs = 274
  /// Generators: their type and the methods the simulator runs.
  case generatorType = 280, generatorSend, generatorClose, generatorNext
  /// `super`, the type and the builtin.
  case superType = 290
  /// Floats: the type and the builtins that make them.
  case float = 300, round
  /// The builtin `format(value, spec)`.
  case format = 302
  /// The builtin `hash(value)`.
  case hash = 303
  /// Sets: the types, and the methods of set the simulator runs.
  case set = 310, frozenset
  case setAdd = 160, setDiscard, setRemove, setPop, setClear
  case setCopy = 165, setUnion, setIntersection, setDifference, setSymmetricDifference, setUpdate
  case setIntersectionUpdate, setDifferenceUpdate, setSymmetricDifferenceUpdate, setIssubset, setIssuperset
  case setIsdisjoint

  public var value: Value { .native(rawValue) }

  /// The name Python shows for it.
  public var pythonName: String {
    switch self {
    case .unbound, .nullMarker: return "<internal>"
    case .print: return "print"
    case .id: return "id"
    case .hex: return "hex"
    case .str: return "str"
    case .repr: return "repr"
    case .len: return "len"
    case .range: return "range"
    case .list: return "list"
    case .dict: return "dict"
    case .tuple: return "tuple"
    case .isinstance: return "isinstance"
    case .type: return "type"
    case .object: return "object"
    case .int: return "int"
    case .bool: return "bool"
    case .hasattr: return "hasattr"
    case .callable: return "callable"
    case .abs: return "abs"
    case .any: return "any"
    case .all: return "all"
    case .min: return "min"
    case .max: return "max"
    case .sum: return "sum"
    case .getattr: return "getattr"
    case .setattr: return "setattr"
    case .delattr: return "delattr"
    case .enumerate: return "enumerate"
    case .sorted: return "sorted"
    case .zip: return "zip"
    case .iter: return "iter"
    case .next: return "next"
    case .reversed: return "reversed"
    case .listReversed: return "__reversed__"
    case .noneType: return "NoneType"
    case .function: return "function"
    case .classobj: return "classobj"
    case .instanceType: return "instance"
    case .typeType: return "type"
    case .method: return "instancemethod"
    case .module: return "module"
    case .weakrefType: return "weakref"
    case .builtinFunction: return "builtin_function_or_method"
    case .moduleGC: return "gc"
    case .moduleSys: return "sys"
    case .moduleTime: return "time"
    case .moduleWeakref: return "weakref"
    case .gcCollect: return "collect"
    case .gcEnable: return "enable"
    case .gcDisable: return "disable"
    case .gcIsEnabled: return "isenabled"
    case .gcGetCount: return "get_count"
    case .gcGetThreshold: return "get_threshold"
    case .gcSetThreshold: return "set_threshold"
    case .gcSetDebug: return "set_debug"
    case .gcGetDebug: return "get_debug"
    case .gcGetObjects: return "get_objects"
    case .gcGetReferrers: return "get_referrers"
    case .gcGetReferents: return "get_referents"
    case .gcIsTracked: return "is_tracked"
    case .gcGetStats: return "get_stats"
    case .gcFreeze: return "freeze"
    case .gcUnfreeze: return "unfreeze"
    case .gcGetFreezeCount: return "get_freeze_count"
    case .gcIsFinalized: return "is_finalized"
    case .sysGetrefcount: return "getrefcount"
    case .sysGetframe: return "_getframe"
    case .sysGetsizeof: return "getsizeof"
    case .timeSleep: return "sleep"
    case .weakrefRef: return "ref"
    case .sysGetrecursionlimit: return "getrecursionlimit"
    case .sysSetrecursionlimit: return "setrecursionlimit"
    case .listAppend: return "append"
    case .listPop: return "pop"
    case .listInsert: return "insert"
    case .listRemove: return "remove"
    case .listIndex: return "index"
    case .listCount: return "count"
    case .listExtend: return "extend"
    case .listReverse: return "reverse"
    case .listSort: return "sort"
    case .dictKeys: return "keys"
    case .dictValues: return "values"
    case .dictItems: return "items"
    case .dictGet: return "get"
    case .dictPop: return "pop"
    case .dictHasKey: return "has_key"
    case .dictClear: return "clear"
    case .dictSetdefault: return "setdefault"
    case .dictUpdate: return "update"
    case .dictIterkeys: return "iterkeys"
    case .dictItervalues: return "itervalues"
    case .dictIteritems: return "iteritems"
    case .strJoin: return "join"
    case .strUpper: return "upper"
    case .strLower: return "lower"
    case .strStrip: return "strip"
    case .strSplit: return "split"
    case .strReplace: return "replace"
    case .strStartswith: return "startswith"
    case .strEndswith: return "endswith"
    case .strFormat: return "format"
    case .sysExcInfo: return "exc_info"
    case .sysExcClear: return "exc_clear"
    case .baseExceptionInit: return "__init__"
    case .staticmethod: return "staticmethod"
    case .classmethod: return "classmethod"
    case .property: return "property"
    case .weakrefGetweakrefcount: return "getweakrefcount"
    case .weakrefGetweakrefs: return "getweakrefs"
    case .weakrefProxy: return "proxy"
    case .weakproxyType: return "weakproxy"
    case .weakcallableproxyType: return "weakcallableproxy"
    case .generatorType: return "generator"
    case .generatorSend: return "send"
    case .generatorClose: return "close"
    case .generatorNext: return "next"
    case .superType: return "super"
    case .float: return "float"
    case .round: return "round"
    case .format: return "format"
    case .hash: return "hash"
    case .set: return "set"
    case .frozenset: return "frozenset"
    case .setAdd: return "add"
    case .setDiscard: return "discard"
    case .setRemove: return "remove"
    case .setPop: return "pop"
    case .setClear: return "clear"
    case .setCopy: return "copy"
    case .setUnion: return "union"
    case .setIntersection: return "intersection"
    case .setDifference: return "difference"
    case .setSymmetricDifference: return "symmetric_difference"
    case .setUpdate: return "update"
    case .setIntersectionUpdate: return "intersection_update"
    case .setDifferenceUpdate: return "difference_update"
    case .setSymmetricDifferenceUpdate: return "symmetric_difference_update"
    case .setIssubset: return "issubset"
    case .setIssuperset: return "issuperset"
    case .setIsdisjoint: return "isdisjoint"
    default: return exceptionClassName ?? "?"
    }
  }

  var isModule: Bool { (40..<60).contains(rawValue) }
  /// The simulated module a function belongs to; nil for a builtin.
  var module: Native? {
    switch self {
    case .gcCollect, .gcEnable, .gcDisable, .gcIsEnabled, .gcGetCount, .gcGetThreshold, .gcSetThreshold, .gcSetDebug,
      .gcGetDebug, .gcGetObjects, .gcGetReferrers, .gcGetReferents, .gcIsTracked, .gcGetStats, .gcFreeze, .gcUnfreeze,
      .gcGetFreezeCount, .gcIsFinalized:
      return .moduleGC
    case .sysGetrefcount, .sysGetsizeof, .sysGetrecursionlimit, .sysSetrecursionlimit, .sysExcInfo, .sysExcClear,
      .sysGetframe:
      return .moduleSys
    case .timeSleep: return .moduleTime
    case .weakrefRef, .weakrefProxy, .weakrefGetweakrefcount, .weakrefGetweakrefs: return .moduleWeakref
    default: return nil
    }
  }
  var isType: Bool {
    if isExceptionClass { return true }
    switch self {
    case .str, .list, .dict, .tuple, .type, .object, .int, .bool, .noneType, .function, .classobj,
      .instanceType, .typeType, .method, .module, .weakrefType, .builtinFunction, .range, .enumerate, .zip,
      .reversed, .staticmethod, .classmethod, .property, .weakproxyType, .weakcallableproxyType, .generatorType,
      .superType, .float, .set, .frozenset:
      return true
    default: return false
    }
  }
  var isContainerMethod: Bool { (110..<200).contains(rawValue) || (281..<290).contains(rawValue) }

  static let builtinNames: [String: Native] = [
    "id": .id, "hex": .hex, "str": .str, "repr": .repr, "len": .len, "range": .range, "list": .list,
    "dict": .dict, "tuple": .tuple, "isinstance": .isinstance, "type": .type, "object": .object,
    "int": .int, "bool": .bool, "hasattr": .hasattr, "callable": .callable, "abs": .abs, "any": .any, "all": .all,
    "min": .min, "max": .max, "sum": .sum, "getattr": .getattr, "setattr": .setattr, "delattr": .delattr,
    "enumerate": .enumerate, "sorted": .sorted, "zip": .zip, "iter": .iter, "next": .next,
    "reversed": .reversed, "staticmethod": .staticmethod, "classmethod": .classmethod, "property": .property,
    "super": .superType, "float": .float, "round": .round, "format": .format, "hash": .hash, "set": .set,
    "frozenset": .frozenset,
  ]

  /// frozenset's methods; set has these and the mutating ones.
  static let frozensetMethods: [String: Native] = [
    "copy": .setCopy, "union": .setUnion, "intersection": .setIntersection, "difference": .setDifference,
    "symmetric_difference": .setSymmetricDifference, "issubset": .setIssubset, "issuperset": .setIssuperset,
    "isdisjoint": .setIsdisjoint,
  ]

  static let setMethods: [String: Native] = frozensetMethods.merging([
    "add": .setAdd, "discard": .setDiscard, "remove": .setRemove, "pop": .setPop, "clear": .setClear,
    "update": .setUpdate, "intersection_update": .setIntersectionUpdate,
    "difference_update": .setDifferenceUpdate, "symmetric_difference_update": .setSymmetricDifferenceUpdate,
  ]) { a, _ in a }

  /// The set methods that take their arguments in a tuple (METH_VARARGS).
  static let setVarargsMethods: Set<Native> = [
    .setUnion, .setIntersection, .setDifference, .setUpdate, .setIntersectionUpdate, .setDifferenceUpdate,
  ]

  static let gcMembers: [String: Native] = [
    "collect": .gcCollect, "enable": .gcEnable, "disable": .gcDisable, "isenabled": .gcIsEnabled,
    "get_count": .gcGetCount, "get_threshold": .gcGetThreshold, "set_threshold": .gcSetThreshold,
    "set_debug": .gcSetDebug, "get_debug": .gcGetDebug, "get_objects": .gcGetObjects,
    "get_referrers": .gcGetReferrers, "get_referents": .gcGetReferents, "is_tracked": .gcIsTracked,
    "get_stats": .gcGetStats, "freeze": .gcFreeze, "unfreeze": .gcUnfreeze,
    "get_freeze_count": .gcGetFreezeCount, "is_finalized": .gcIsFinalized,
  ]

  static let listMethods: [String: Native] = [
    "append": .listAppend, "pop": .listPop, "insert": .listInsert, "remove": .listRemove,
    "index": .listIndex, "count": .listCount, "extend": .listExtend, "reverse": .listReverse,
  ]

  static let dictIteratorMethods: [String: Native] = [
    "iterkeys": .dictIterkeys, "itervalues": .dictItervalues, "iteritems": .dictIteritems,
  ]

  static let dictMethods: [String: Native] = [
    "keys": .dictKeys, "values": .dictValues, "items": .dictItems, "get": .dictGet, "pop": .dictPop,
    "has_key": .dictHasKey, "clear": .dictClear, "setdefault": .dictSetdefault, "update": .dictUpdate,
  ]

  static let strMethods: [String: Native] = [
    "join": .strJoin, "upper": .strUpper, "lower": .strLower, "strip": .strStrip, "split": .strSplit,
    "replace": .strReplace, "startswith": .strStartswith, "endswith": .strEndswith, "format": .strFormat,
  ]
}
