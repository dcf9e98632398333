import GCEngine
import PythonFrontEnd

/// Builtin functions and the simulated `gc`, `sys`, `time` and `weakref`
/// modules. Arguments are borrowed; the result is an owned reference.
extension Interpreter {
  func moduleAttribute(_ module: Native, _ name: String) throws(RunError) -> Value {
    let found: Value?
    switch module {
    case .moduleGC: found = gcAttribute(name)
    case .moduleSys: found = sysAttribute(name)
    case .moduleTime: found = timeAttribute(name)
    case .moduleWeakref: found = weakrefAttribute(name)
    default: found = nil
    }
    if let found { return found }
    try refuseUnsimulatedAttribute(module.value, name)
    throw pythonError(
      "AttributeError",
      is27 ? "'module' object has no attribute '\(name)'" : "module '\(module.pythonName)' has no attribute '\(name)'")
  }

  /// 3.11 `print(..., sep=, end=, flush=)`: builtin_print parses its
  /// keywords straight from the call's stack (_PyArg_ParseStackAndKeywords):
  /// no dict (measured: after gc.collect() a print with end= costs what one
  /// without does).
  func printWithKeywords(_ args: [Value], names: [String], values: [Value]) throws(RunError) {
    var sep: Value?
    var end: Value?
    var flush = false
    for (name, value) in zip(names, values) {
      switch name {
      case "sep", "end":
        switch plain(value) {
        case .none: break
        case .str: if name == "sep" { sep = value } else { end = value }
        default:
          throw pythonError("TypeError", "\(name) must be None or a string, not \(typeName(value))")
        }
      case "flush": flush = try truthy(value)
      case "file": throw unsupported("print(file=...)")
      default: throw pythonError("TypeError", "'\(name)' is an invalid keyword argument for print()")
      }
    }
    try withArgumentTuple(.print, args) { () throws(RunError) -> Void in
      for (i, a) in args.enumerated() {
        if i > 0 { try writeThroughTextIO(sep ?? .str(" ")) }
        try writeThroughTextIO(a)
      }
      try writeThroughTextIO(end ?? .str("\n"))
      if flush { try flushStdout() }
    }
  }

  /// The name argument of getattr/setattr/delattr, a str.
  private func attributeName(_ value: Value, of builtin: String) throws(RunError) -> String {
    guard case .str(let name) = plain(value) else {
      throw pythonError(
        "TypeError",
        is27 ? "\(builtin)(): attribute name must be string" : "attribute name must be string, not '\(typeName(value))'"
      )
    }
    return name
  }

  func isCallable(_ v: Value) -> Bool {
    switch v {
    case .native(let raw):
      guard let native = Native(rawValue: raw) else { return false }
      return !native.isModule && ranges[raw] == nil && rangeIterators[raw] == nil
    case .object(let o):
      switch heap.kind(o) {
      case .function, .classObject, .boundMethod, .builtinMethod: return true
      case .weakref: return !isProxy(o) || isCallableProxy(o)
      case .instance:
        guard let cls = heap.classOf(o) else { return false }
        return lookupClassAttribute(cls, "__call__") != nil
      default: return false
      }
    default: return false
    }
  }

  func unsupported(_ what: String) -> RunError {
    .limit(
      .unsupported(
        "\(what) is not supported by the simulator", line: currentLocation.line, column: currentLocation.column))
  }

  /// The builtins 2.7 passes their arguments in a tuple (METH_VARARGS,
  /// types called through tp_call).
  static let argumentTuple27: Set<Native> = [
    .gcCollect, .gcSetThreshold, .gcSetDebug, .isinstance, .range, .timeSleep, .weakrefRef, .weakrefProxy, .str,
    .sysGetframe,
    .type, .list, .tuple, .dict, .gcGetReferrers, .gcGetReferents, .sysGetsizeof, .min, .max, .sum, .getattr,
    .setattr, .delattr, .enumerate, .sorted, .iter, .next, .reversed, .staticmethod, .classmethod, .property,
    .superType, .float, .round, .strFormat, .format, .set, .frozenset,
    // Methods: str's (stringobject.c), list's and dict's METH_VARARGS ones.
    .strStartswith, .strEndswith, .strSplit, .strReplace, .strStrip, .listInsert, .listPop, .listIndex, .dictGet,
    .dictPop, .dictSetdefault,
  ]

  /// METH_VARARGS in 3.11 too: the vectorcall packs the arguments. (Types
  /// called through _PyObject_MakeTpCall too.)
  static let argumentTuple311: Set<Native> = [
    .weakrefRef, .str, .print, .gcSetThreshold, .min, .max, .staticmethod, .classmethod, .property, .strFormat,
    // str.startswith and endswith are not Argument Clinic functions yet.
    .strStartswith, .strEndswith,
  ]

  /// 2.7 passes METH_VARARGS builtins their arguments in a tuple, which
  /// comes from (or goes to) the tuple free list; it only shows in counts.
  func withArgumentTuple<R>(_ native: Native, _ args: [Value], _ body: () throws(RunError) -> R) throws(RunError) -> R {
    guard !args.isEmpty && argumentTupleNatives.contains(native) else { return try body() }
    let moved = argumentsMovedToTuple
    argumentsMovedToTuple = false
    let tuple = makeTuple(args, freeList: true, takeReferences: moved)
    let saved = currentArgumentTuple
    currentArgumentTuple = tuple
    defer {
      currentArgumentTuple = saved
      heap.decref(tuple, .stack)
    }
    return try holdingInC(.builtinArguments(native), .object(tuple), body)
  }

  func callNative(_ native: Native, receiver: Value?, args: [Value]) throws(RunError) -> Value {
    try checkArguments(native, args)
    if let receiver {
      return try withArgumentTuple(native, args) { () throws(RunError) -> Value in
        try callContainerMethod(native, receiver, args)
      }
    }
    return try withArgumentTuple(native, args) { () throws(RunError) -> Value in try callBuiltin(native, args) }
  }

  private func callBuiltin(_ native: Native, _ args: [Value]) throws(RunError) -> Value {
    switch native.module {
    case .moduleGC?: return try callGC(native, args)
    case .moduleSys?: return try callSys(native, args)
    case .moduleTime?: return try callTime(native, args)
    case .moduleWeakref?: return try callWeakref(native, args)
    default: break
    }
    switch native {
    case .str, .range, .set, .frozenset, .list, .tuple, .dict, .type, .int, .bool, .float, .object, .staticmethod,
      .classmethod, .property, .superType:
      return try callTypeBuiltin(native, args)
    case .any, .all, .min, .max, .enumerate, .sorted, .zip, .iter, .reversed, .next, .sum:
      return try callIterationBuiltin(native, args)
    case .print:
      // builtin_print writes each item, the separators and the end through
      // sys.stdout.write, one PyFile_WriteObject call each.
      for (i, a) in args.enumerated() {
        if i > 0 { try writeThroughTextIO(.str(" ")) }
        try writeThroughTextIO(a)
      }
      try writeThroughTextIO(.str("\n"))
      return .none
    case .id:
      if isFloat(args[0]) { throw unsupported("id() of a float (float objects are not simulated)") }
      return .int(Int(truncatingIfNeeded: identity(args[0])))
    case .hex:
      guard let i = intValue(args[0]) else {
        throw is27 ? pythonError("TypeError", "hex() argument can't be converted to hex") : notAnInteger(args[0])
      }
      return makeString((i < 0 ? "-0x" : "0x") + String(i.magnitude, radix: 16))
    case .repr:
      return makeString(try repr(args[0], builtin: true))
    case .len:
      switch plain(args[0]) {
      case .str(let s): return .int(pythonLength(s))
      case .object(let o) where heap.kind(o) == .list || heap.kind(o) == .tuple:
        return .int(heap.items[o.index].count)
      case .object(let o) where heap.kind(o) == .dict: return .int(heap.tableCount(o))
      case .object(let o) where heap.kind(o) == .set || heap.kind(o) == .frozenset: return .int(heap.setCount(o))
      case .object(let o) where heap.kind(o) == .instance:
        if let n = try userLength(o) { return .int(n) }
        throw pythonError("TypeError", "object of type '\(typeName(args[0]))' has no len()")
      case .object(let v) where heap.kind(v) == .dictView: return .int(dictOfView(v).map { heap.tableCount($0) } ?? 0)
      case .native(let raw) where ranges[raw] != nil:
        let r = ranges[raw]!
        let length = IntRange(start: r.0, stop: r.1, step: r.2).length
        guard length <= UInt(Int.max) else {
          throw pythonError("OverflowError", "Python int too large to convert to C ssize_t")
        }
        return .int(Int(length))
      default:
        throw pythonError(
          "TypeError",
          "object of type '\(typeName(args[0]))' has no len()")
      }
    case .isinstance:
      return .bool(try isInstance(args[0], args[1]))
    case .callable:
      return .bool(isCallable(args[0]))
    case .format:
      return try formatBuiltin(args)
    case .hash:
      // The value's hash as a set or dict would take it; one made from an
      // address the simulator does not reproduce cannot be shown.
      let h = try setElementHash(args[0])
      if h.byAddress { throw unsupported("hash() of a \(typeName(args[0])) (it hashes by its real address)") }
      return .int(h.value)
    case .round:
      return try round(args)
    case .abs:
      if case .float(let x) = args[0] { return .float(x.magnitude) }
      if let result = try userUnaryOperation(4, args[0]) { return result }
      guard let i = intValue(args[0]) else {
        throw pythonError("TypeError", "bad operand type for abs(): '\(typeName(args[0]))'")
      }
      guard i != Int.min else { throw overflow() }
      return .int(Swift.abs(i))
    case .getattr:
      let name = try attributeName(args[1], of: "getattr")
      do {
        return try getAttribute(args[0], name)
      } catch {
        guard args.count == 3, case .python(let e) = error, e.type == "AttributeError" else { throw error }
        discardUncaught(e)
        return keep(args[2])
      }
    case .setattr:
      let name = try attributeName(args[1], of: "setattr")
      heap.incref(args[2], .container)
      try setAttribute(args[0], name, args[2])
      return .none
    case .delattr:
      try deleteAttribute(args[0], try attributeName(args[1], of: "delattr"))
      return .none
    case .hasattr:
      guard case .str(let name) = plain(args[1]) else {
        throw pythonError(
          "TypeError", is27 ? "hasattr(): attribute name must be string" : "attribute name must be string")
      }
      do {
        let v = try getAttribute(args[0], name)
        heap.decref(v, .stack)
        return .bool(true)
      } catch {
        if case .python(let e) = error, e.type == "AttributeError" {
          // 2.7 hasattr swallows any Exception: PyErr_ExceptionMatches
          // asks type.__subclasscheck__ (3.x catches AttributeError alone).
          askSubclassCheck27(Native.attributeError.value, Native.exception.value)
          discardUncaught(e)
          return .bool(false)
        }
        throw error
      }
    case .baseExceptionInit:
      return try callBaseExceptionInit(args)
    default:
      if native.isExceptionClass { return .object(makeException(native, args: args)) }
      throw unsupported("calling \(native.pythonName)")
    }
  }

  /// The address `id()` reports; immediates get stable made-up ones.
  func identity(_ v: Value) -> UInt64 {
    switch v {
    case .object(let o): return heap.address(o)
    case .none: return 0x5616_d1e4_2f50
    case .bool(let b): return b ? 0x5616_d1e3_c3a0 : 0x5616_d1e3_c3c0
    case .int(let i): return 0x5616_d200_0000 &+ UInt64(bitPattern: Int64(i)) &* 32
    case .float(let x): return 0x7f3a_2c00_0000 &+ (x.bitPattern & 0xffff) &* 32
    case .str(let s): return 0x7f3a_1c00_0000 &+ UInt64(truncatingIfNeeded: s.hashValue & 0xffff) &* 48
    case .native(let raw): return 0x5616_d1f0_0000 &+ UInt64(raw) &* 64
    }
  }

  /// The items of an iterable, owned. `notIterable` replaces
  /// PyObject_GetIter's message, as callers through PySequence_Fast do.
  /// An iterator's items to its end (each owned).
  private func drain(_ iterator: Value) throws(RunError) -> [Value] {
    var drained: [Value] = []
    do {
      while let item = try iteratorNext(iterator) { drained.append(item) }
    } catch {
      // What was drawn goes with the unfinished list.
      for item in drained { heap.decref(item, .stack) }
      throw error
    }
    return drained
  }

  func iterate(_ v: Value, notIterable: String? = nil) throws(RunError) -> [Value] {
    if case .object(let view) = v, heap.kind(view) == .dictView {
      // list_extend: the view's own iterator, drained.
      let iterator = try makeIterator(v)
      defer { heap.decref(iterator, .stack) }
      return try iterate(iterator)
    }
    if isSetObject(v) != nil {
      // PySequence_List, list(), sorted(): the set's own iterator, drained.
      let iterator = try makeIterator(v)
      defer { heap.decref(iterator, .stack) }
      return try iterate(iterator)
    }
    if case .object(let o) = v, heap.kind(o) == .instance,
      userSpecialMethodExists(o, "__iter__") || userSpecialMethodExists(o, "__getitem__")
    {
      // A user iterable: what its `__iter__` gives, drained.
      let iterator = try makeIterator(v)
      defer { heap.decref(iterator, .stack) }
      return try drain(iterator)
    }
    if case .object(let o) = v, heap.kind(o) == .iterator || heap.kind(o) == .generator { return try drain(v) }
    let items: [Value]
    switch plain(v) {
    case .object(let o) where heap.kind(o) == .dict: items = heap.tables[o.index].entries.map(\.key)
    case .str(let s): items = try codePoints(s).map { .str(String($0)) }
    case .object(let o) where heap.kind(o) == .list || heap.kind(o) == .tuple: items = try sequenceItems(v)
    case .native(let raw) where ranges[raw] != nil: items = try sequenceItems(v)
    default:
      // PyObject_GetIter's error (sequenceItems words unpacking's).
      throw pythonError("TypeError", notIterable ?? "'\(typeName(v))' object is not iterable")
    }
    for i in items { heap.incref(i, .container) }
    return items
  }

  func isInstance(_ value: Value, _ cls: Value) throws(RunError) -> Bool {
    if case .object(let t) = cls, heap.kind(t) == .tuple {
      for c in heap.items[t.index] where try isInstance(value, c) { return true }
      return false
    }
    if is27 { askInstanceCheck27(value, cls) }
    if case .object(let p) = value, isProxy(p), case .object(let c) = cls, heap.kind(c) == .classObject {
      // A proxy's type is not the class; its __class__, the referent's, is.
      return try withProxyReferent(p) { (referent) throws(RunError) in
        guard case .object(let o) = referent, let own = heap.classOf(o) else { return false }
        return classAndAncestors(own).contains(c)
      }
    }
    switch cls {
    case .object(let c) where heap.kind(c) == .classObject:
      guard case .object(let o) = value, heap.kind(o) == .instance || heap.kind(o) == .exception,
        let own = heap.classOf(o)
      else { return false }
      return classAndAncestors(own).contains(c)
    case .native(let raw):
      guard let n = Native(rawValue: raw) else { return false }
      switch (n, plain(value)) {
      case (.object, _): return !(is27 && value.objectID.map { heap.isOldStyle($0) } == true)
      case (.int, .int), (.int, .bool), (.str, .str), (.bool, .bool), (.float, .float): return true
      case (.type, .object(let o)), (.typeType, .object(let o)):
        // Classes are instances of type (2.7's classic classes are classobj's).
        return heap.kind(o) == .classObject && !(is27 && heap.isOldStyle(o))
      case (.type, .native(let raw)), (.typeType, .native(let raw)):
        return Native(rawValue: raw)?.isType == true
      case (.list, .object(let o)): return heap.kind(o) == .list
      case (.dict, .object(let o)): return heap.kind(o) == .dict
      case (.tuple, .object(let o)): return heap.kind(o) == .tuple
      case (.set, .object(let o)): return heap.kind(o) == .set
      case (.frozenset, .object(let o)): return heap.kind(o) == .frozenset
      case (_, .object(let o)) where n.isExceptionClass && heap.kind(o) == .exception:
        return exceptionClass(of: o).isExceptionSubclass(of: n, in: program.dialect)
      default: return false
      }
    default:
      throw pythonError(
        "TypeError",
        is27
          ? "isinstance() arg 2 must be a class, type, or tuple of classes and types"
          : "isinstance() arg 2 must be a type, a tuple of types, or a union")
    }
  }

  /// 2.7 `PyObject_IsInstance` (Objects/abstract.c): unless the object's
  /// type is exactly `cls`, a new-style class or builtin type is asked
  /// through `type.__instancecheck__`: `_PyObject_LookupSpecial` binds it
  /// (a builtin method, PyCFunction free list) and
  /// `PyObject_CallFunctionObjArgs` packs the object in a 1-tuple (tuple
  /// free list). The tuple is freed first, then the method. Old-style
  /// classes (`PyClass_Check`) take the direct path: no objects.
  func askInstanceCheck27(_ value: Value, _ cls: Value) {
    switch cls {
    case .object(let c) where heap.kind(c) == .classObject && !heap.isOldStyle(c):
      if case .object(let o) = value, heap.kind(o) == .instance, !heap.isOldStyle(o), heap.classOf(o) == c { return }
    case .native(let raw) where Native(rawValue: raw)?.isType == true:
      if case .object(let o) = value, heap.kind(o) == .instance || heap.classOf(o) != nil { break }
      if typeOf(value) == cls { return }
    default: return
    }
    callTypeCheck27(value, cls)
  }

  /// 2.7 `PyObject_IsSubclass` of exception classes (matching an
  /// `except` clause, normalizing a caught exception): always through
  /// `type.__subclasscheck__`, bound and called as `askInstanceCheck27`
  /// describes (3.x takes a fast path and makes nothing).
  func askSubclassCheck27(_ derived: Value, _ cls: Value) {
    guard is27 else { return }
    callTypeCheck27(derived, cls)
  }

  /// `__instancecheck__` / `__subclasscheck__` bound to `cls` and called
  /// with `argument`.
  private func callTypeCheck27(_ argument: Value, _ cls: Value) {
    callBoundBuiltinMethod(on: cls, with: argument) {}
  }

  /// A builtin method bound to `receiver` (a method descriptor's
  /// `__get__`: a tracked object, from the free list in 2.7) and called
  /// with `argument`: 2.7's PyObject_CallFunctionObjArgs packs it in a
  /// 1-tuple, dropped before the method; 3.x's vectorcall makes none.
  /// `body` is what the call does meanwhile.
  func callBoundBuiltinMethod<R, E: Error>(on receiver: Value, with argument: Value, _ body: () throws(E) -> R)
    throws(E) -> R
  {
    let method = heap.makeObject(
      .builtinMethod, size: profile.objectSizes.builtinMethod, freeList: is27 ? .builtinMethod : nil)
    heap.incref(receiver, .container)
    heap.setItems(method, [receiver])
    heap.track(method)
    defer { heap.decref(method, .stack) }
    let arguments = is27 ? makeTuple([argument], freeList: true, takeReferences: false) : nil
    defer { if let arguments { heap.decref(arguments, .stack) } }
    return try body()
  }

  func typeOf(_ v: Value) -> Value {
    switch plain(v) {
    case .none: return Native.noneType.value
    case .bool: return Native.bool.value
    case .int: return Native.int.value
    case .float: return Native.float.value
    case .str: return Native.str.value
    case .native(let raw):
      if let n = Native(rawValue: raw), n.isModule { return Native.module.value }
      return Native.builtinFunction.value
    case .object(let o):
      switch heap.kind(o) {
      case .instance:
        if heap.isOldStyle(o) { return Native.instanceType.value }
        let cls = heap.classOf(o)!
        heap.incref(cls, .stack)
        return .object(cls)
      case .list: return Native.list.value
      case .dict: return Native.dict.value
      case .tuple: return Native.tuple.value
      case .set: return Native.set.value
      case .frozenset: return Native.frozenset.value
      case .function: return Native.function.value
      case .classObject: return heap.isOldStyle(o) ? Native.classobj.value : Native.typeType.value
      case .boundMethod: return Native.method.value
      case .weakref where isProxy(o):
        return (isCallableProxy(o) ? Native.weakcallableproxyType : Native.weakproxyType).value
      case .weakref: return Native.weakrefType.value
      case .iterator where heap.label(o) == "enumerate": return Native.enumerate.value
      case .iterator where heap.label(o) == "zip": return Native.zip.value
      case .generator: return Native.generatorType.value
      case .superObject: return Native.superType.value
      case .exception:
        let type = exceptionTypeValue(o)
        heap.incref(type, .stack)
        return type
      case .descriptor: return descriptorKind(o).value
      case .plainObject: return Native.object.value
      default: return Native.object.value
      }
    }
  }
}
