import GCEngine

/// Builtin functions and the simulated `gc`, `sys`, `time` and `weakref`
/// modules. Arguments are borrowed; the result is an owned reference.
extension Interpreter {
  func moduleAttribute(_ module: Native, _ name: String) throws(RunError) -> Value {
    switch module {
    case .moduleGC:
      if let member = Native.gcMembers[name] {
        let only3 = [Native.gcGetStats, .gcFreeze, .gcUnfreeze, .gcGetFreezeCount, .gcIsFinalized]
        if !(is27 && only3.contains(member)) { return member.value }
      }
      switch name {
      case "garbage":
        heap.incref(heap.garbageList, .stack)
        return .object(heap.garbageList)
      case "callbacks" where !is27:
        let list = gcCallbacks()
        heap.incref(list, .stack)
        return .object(list)
      case "DEBUG_STATS": return .int(GCDebug.stats)
      case "DEBUG_COLLECTABLE": return .int(GCDebug.collectable)
      case "DEBUG_UNCOLLECTABLE": return .int(GCDebug.uncollectable)
      case "DEBUG_SAVEALL": return .int(GCDebug.saveAll)
      case "DEBUG_LEAK": return .int(profile.debugLeakFlags)
      case "DEBUG_INSTANCES" where is27: return .int(GCDebug.instances)
      case "DEBUG_OBJECTS" where is27: return .int(GCDebug.objects)
      default: break
      }
    case .moduleSys:
      if name == "getrefcount" { return Native.sysGetrefcount.value }
      if name == "getsizeof" { return Native.sysGetsizeof.value }
      if name == "getrecursionlimit" { return Native.sysGetrecursionlimit.value }
      if name == "setrecursionlimit" { return Native.sysSetrecursionlimit.value }
      if name == "exc_info" { return Native.sysExcInfo.value }
      if name == "exc_clear" && is27 { return Native.sysExcClear.value }
    case .moduleTime:
      if name == "sleep" { return Native.timeSleep.value }
    case .moduleWeakref:
      if name == "ref" { return Native.weakrefRef.value }
      if name == "getweakrefcount" { return Native.weakrefGetweakrefcount.value }
      if name == "proxy" { return Native.weakrefProxy.value }
    default: break
    }
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
      if flush { flushPendingText() }
    }
  }

  /// builtin_sorted: PySequence_List, then the new list's `sort` method
  /// fetched (a builtin method object; 2.7 names it with a str made from
  /// "sort") and called. Numbers or strs sort as CPython's stable sort does;
  /// other items would be compared in timsort's own order (its errors
  /// name the pair it met first): refused.
  private func sortedList(_ args: [Value]) throws(RunError) -> Value {
    guard args.count == 1 else {
      guard is27 else { throw pythonError("TypeError", "sorted expected 1 argument, got \(args.count)") }
      // 2.7's sorted(iterable, cmp, key, reverse) takes all four by position.
      if args.isEmpty { throw pythonError("TypeError", "Required argument 'iterable' (pos 1) not found") }
      if args.count > 4 { throw pythonError("TypeError", "sorted() takes at most 4 arguments (\(args.count) given)") }
      throw unsupported("sorted() with cmp, key or reverse")
    }
    let items = try iterate(args[0])
    // Numbers (no NaN) and strs are totally ordered: any stable sort
    // gives timsort's result.
    let allNumbers = items.allSatisfy { floatOperand($0).map { !$0.isNaN } ?? false }
    let allStrs = items.allSatisfy { if case .str = plain($0) { true } else { false } }
    guard allNumbers || allStrs else {
      for v in items { heap.decref(v, .stack) }
      throw unsupported("sorting items other than all numbers or all strs")
    }
    let list = try makeList(items)
    let name = is27 ? makeString("sort") : Value.none
    let method = heap.makeObject(.builtinMethod, size: profile.objectSizes.builtinMethod, freeList: .builtinMethod)
    heap.setAux(method, Native.listSort.rawValue)
    heap.incref(list, .container)
    heap.setItems(method, [.object(list)])
    heap.track(method)
    heap.decref(name, .stack)
    var sortedItems = heap.items[list.index]
    // A stable merge sort: equal ints or strs keep their order.
    try stableSort(&sortedItems)
    heap.withItems(list, changing: .all) { $0 = sortedItems }
    heap.decref(method, .stack)
    return .object(list)
  }

  private func stableSort(_ items: inout [Value]) throws(RunError) {
    guard items.count > 1 else { return }
    let middle = items.count / 2
    var left = Array(items[..<middle])
    var right = Array(items[middle...])
    try stableSort(&left)
    try stableSort(&right)
    var i = 0
    var j = 0
    var k = 0
    while i < left.count && j < right.count {
      // right before left only when strictly smaller (stability).
      if try compare(2, right[j], left[i]) {
        items[k] = right[j]
        j += 1
      } else {
        items[k] = left[i]
        i += 1
      }
      k += 1
    }
    while i < left.count {
      items[k] = left[i]
      i += 1
      k += 1
    }
    while j < right.count {
      items[k] = right[j]
      j += 1
      k += 1
    }
  }

  /// 3.x zip_vectorcall: a tuple of the arguments' iterators and a result
  /// tuple of Nones made up front, which zip_next refills in place while
  /// only the zip holds it. 2.7's zip builds its whole list at once: not
  /// simulated.
  private func makeZip(_ args: [Value]) throws(RunError) -> Value {
    guard !is27 else { throw unsupported("zip() in Python 2 (a list built at once)") }
    var iterators: [Value] = []
    for a in args {
      do { iterators.append(try makeIterator(a)) } catch {
        for it in iterators { releaseIterator(it) }
        throw error
      }
    }
    let iteratorTuple = makeTuple(iterators, freeList: true)
    let result = makeTuple(Array(repeating: Value.none, count: args.count), freeList: true)
    let zip = heap.makeObject(.iterator, size: profile.objectSizes.iterator + 16, freeList: nil)
    heap.setLabel(zip, "zip")
    heap.setItems(zip, [.object(iteratorTuple), .object(result)])
    heap.track(zip)
    return .object(zip)
  }

  /// zip_next: one item from each iterator, into the zip's own tuple when
  /// only the zip holds it (items already taken stay there when a later
  /// iterator runs out), else into a new one.
  func zipNext(_ zip: ObjectID) throws(RunError) -> Value? {
    let items = heap.items[zip.index]
    guard items.count == 2, case .object(let iteratorTuple) = items[0], case .object(let result) = items[1] else {
      return nil
    }
    let iterators = heap.items[iteratorTuple.index]
    guard !iterators.isEmpty else { return nil }
    if heap.refcount(result) == 1 {
      heap.incref(result, .stack)
      for (i, it) in iterators.enumerated() {
        guard let item = try iteratorNext(it) else {
          heap.decref(result, .stack)
          return nil
        }
        heap.decref(heap.replaceItem(result, at: i, with: item, filling: .none), .container)
      }
      if !heap.isTracked(result) { heap.track(result) }
      return .object(result)
    }
    // PyTuple_New first: an iterator that runs out drops it again.
    let fresh = makeTuple(Array(repeating: Value.none, count: iterators.count), freeList: true)
    for (i, it) in iterators.enumerated() {
      guard let item = try iteratorNext(it) else {
        heap.decref(fresh, .stack)
        return nil
      }
      _ = heap.replaceItem(fresh, at: i, with: item, filling: .none)
    }
    return .object(fresh)
  }

  /// reversed(list): reversed_new looks up the list's `__reversed__` (a
  /// builtin method object, dropped after the call), which makes a
  /// list_reverseiterator that walks the list from its end. Other
  /// sequences (their `reversed` object goes through __len__ and
  /// __getitem__) are refused.
  private func reversedIterator(_ sequence: Value) throws(RunError) -> Value {
    guard case .object(let list) = sequence, heap.kind(list) == .list else {
      throw unsupported("reversed() of a \(typeName(sequence))")
    }
    let method = heap.makeObject(.builtinMethod, size: profile.objectSizes.builtinMethod, freeList: .builtinMethod)
    heap.setAux(method, Native.listReversed.rawValue)
    heap.incref(list, .container)
    heap.setItems(method, [sequence])
    heap.track(method)
    let iterator = heap.makeObject(.iterator, size: profile.objectSizes.iterator, freeList: nil)
    heap.incref(list, .container)
    heap.setItems(iterator, [sequence])
    heap.setAux(iterator, Int32(truncatingIfNeeded: heap.items[list.index].count - 1))
    heap.setLabel(iterator, is27 ? "listreverseiterator" : "list_reverseiterator")
    heap.track(iterator)
    heap.decref(method, .stack)
    return .object(iterator)
  }

  /// listreviter_next: the item at the index, which counts down; past the
  /// start (or the list shrunk under it) the iterator lets go of its list.
  func reverseNext(_ iterator: ObjectID) -> Value? {
    guard case .object(let list) = heap.items[iterator.index].first ?? .none else { return nil }
    let index = Int(heap.aux(iterator))
    let items = heap.items[list.index]
    guard index >= 0 && index < items.count else {
      heap.setAux(iterator, -1)
      heap.setItems(iterator, [])
      heap.decref(list, .release)
      return nil
    }
    heap.setAux(iterator, Int32(index - 1))
    heap.incref(items[index], .stack)
    return items[index]
  }

  /// enum_new: the enumerate object holds the iterable's iterator and a
  /// result 2-tuple made up front, which `next` refills in place while
  /// nothing else holds it (so `for i, x in enumerate(s)` makes one tuple).
  private func makeEnumerate(_ args: [Value]) throws(RunError) -> Value {
    guard !args.isEmpty else {
      throw pythonError(
        "TypeError",
        is27 ? "Required argument 'sequence' (pos 1) not found" : "enumerate() missing required argument 'iterable'")
    }
    guard args.count <= 2 else {
      throw pythonError("TypeError", "enumerate() takes at most 2 arguments (\(args.count) given)")
    }
    var start = 0
    if args.count == 2 {
      guard let s = intValue(args[1]) else {
        throw pythonError(
          "TypeError", "'\(typeName(args[1]))' object cannot be interpreted as an \(is27 ? "index" : "integer")")
      }
      start = s
    }
    let inner = try makeIterator(args[0])
    let enumerator = heap.makeObject(.iterator, size: profile.objectSizes.iterator + 16, freeList: nil)
    let result = makeTuple([.none, .none], freeList: true)
    heap.setLabel(enumerator, "enumerate")
    heap.setItems(enumerator, [inner, .object(result), .int(start)])
    heap.track(enumerator)
    return .object(enumerator)
  }

  /// enum_next: the next (index, item), in the enumerate's own tuple when
  /// only the enumerate holds it, else in a new one.
  func enumerateNext(_ enumerator: ObjectID) throws(RunError) -> Value? {
    let items = heap.items[enumerator.index]
    guard items.count == 3, case .object(let result) = items[1], case .int(let index) = items[2] else { return nil }
    guard let item = try iteratorNext(items[0]) else { return nil }
    let (next, pastEnd) = index.addingReportingOverflow(1)
    if pastEnd {
      heap.decref(item, .stack)
      throw overflow()
    }
    heap.withItems(enumerator, changing: SlotSpan(2)) { $0[2] = .int(next) }
    guard heap.refcount(result) == 1 else {
      return .object(makeTuple([.int(index), item], freeList: true))
    }
    heap.incref(result, .stack)
    let old = heap.withItems(result, changing: .all) { values -> [Value] in
      let old = values
      values = [.int(index), item]
      return old
    }
    for v in old { heap.decref(v, .container) }
    // The collector may have untracked the tuple (all its items atomic).
    if !heap.isTracked(result) { heap.track(result) }
    return .object(result)
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

  /// Drops an iterator a builtin made (it may still hold its sequence).
  private func releaseIterator(_ iterator: Value) {
    if case .native(let raw) = iterator { rangeIterators[raw] = nil }
    heap.decref(iterator, .stack)
  }

  /// min_max: one argument is iterated, several are the candidates (the
  /// argument tuple, iterated too); the first of equal ones wins.
  private func minOrMax(_ native: Native, _ args: [Value]) throws(RunError) -> Value {
    let name = native.pythonName
    guard !args.isEmpty else {
      throw pythonError(
        "TypeError", is27 ? "\(name) expected 1 arguments, got 0" : "\(name) expected at least 1 argument, got 0")
    }
    let iterator: Value
    if args.count > 1 {
      guard let tuple = currentArgumentTuple else { throw unsupported("\(name)() of several arguments") }
      iterator = try makeIterator(.object(tuple))
    } else {
      iterator = try makeIterator(args[0])
    }
    defer { releaseIterator(iterator) }
    var best: Value?
    while let item = try iteratorNext(iterator) {
      guard let current = best else {
        best = item
        continue
      }
      // min keeps the current unless the item is smaller; max unless larger.
      let better = try compare(native == .min ? 2 : 4, item, current)
      if better {
        heap.decref(current, .stack)
        best = item
      } else {
        heap.decref(item, .stack)
      }
    }
    guard let best else { throw pythonError("ValueError", "\(name)() arg is an empty sequence") }
    return best
  }

  /// builtin_sum: ints added as they come; a str start is refused as CPython does.
  private func sum(_ args: [Value]) throws(RunError) -> Value {
    guard (1...2).contains(args.count) else {
      throw pythonError(
        "TypeError",
        is27
          ? "sum expected at \(args.isEmpty ? "least 1" : "most 2") arguments, got \(args.count)"
          : "sum() takes at \(args.isEmpty ? "least 1 positional argument" : "most 2 arguments") (\(args.count) given)")
    }
    var total = args.count == 2 ? keep(args[1]) : .int(0)
    if case .str = plain(total) {
      heap.decref(total, .stack)
      throw pythonError("TypeError", "sum() can't sum strings [use ''.join(seq) instead]")
    }
    let iterator = try makeIterator(args[0])
    defer { releaseIterator(iterator) }
    while let item = try iteratorNext(iterator) {
      let next: Value
      do { next = try binaryOperation(0, total, item, inPlace: false) } catch {
        heap.decref(item, .stack)
        heap.decref(total, .stack)
        throw error
      }
      heap.decref(item, .stack)
      heap.decref(total, .stack)
      total = next
    }
    return total
  }

  func gcCallbacks() -> ObjectID {
    if let list = callbackList { return list }
    let list = heap.makeObject(.list, size: profile.objectSizes.list, freeList: nil)
    heap.track(list)
    callbackList = list
    return list
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
    .type, .list, .tuple, .dict, .gcGetReferrers, .gcGetReferents, .sysGetsizeof, .min, .max, .sum, .getattr,
    .setattr, .delattr, .enumerate, .sorted, .iter, .next, .reversed, .staticmethod, .classmethod, .property,
    .superType, .float, .round, .strFormat, .format, .set, .frozenset,
  ]

  /// METH_VARARGS in 3.11 too: the vectorcall packs the arguments. (Types
  /// called through _PyObject_MakeTpCall too.)
  static let argumentTuple311: Set<Native> = [
    .weakrefRef, .str, .print, .gcSetThreshold, .min, .max, .staticmethod, .classmethod, .property, .strFormat,
  ]

  /// 2.7 passes METH_VARARGS builtins their arguments in a tuple, which
  /// comes from (or goes to) the tuple free list; it only shows in counts.
  func withArgumentTuple<R>(_ native: Native, _ args: [Value], _ body: () throws(RunError) -> R) throws(RunError) -> R {
    let needsTuple = is27 ? Interpreter.argumentTuple27.contains(native) : Interpreter.argumentTuple311.contains(native)
    guard needsTuple && !args.isEmpty else { return try body() }
    let moved = argumentsMovedToTuple
    argumentsMovedToTuple = false
    let tuple = makeTuple(args, freeList: true, takeReferences: moved)
    let saved = currentArgumentTuple
    currentArgumentTuple = tuple
    defer {
      currentArgumentTuple = saved
      heap.decref(tuple, .stack)
    }
    return try holdingInC([("argument tuple of the running \(native.pythonName)()", .object(tuple))], body)
  }

  func callNative(_ native: Native, receiver: Value?, args: [Value]) throws(RunError) -> Value {
    try checkArguments(native, args)
    if let receiver { return try callContainerMethod(native, receiver, args) }
    return try withArgumentTuple(native, args) { () throws(RunError) -> Value in try callBuiltin(native, args) }
  }

  private func callBuiltin(_ native: Native, _ args: [Value]) throws(RunError) -> Value {
    switch native {
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
        throw pythonError(
          "TypeError",
          is27
            ? "hex() argument can't be converted to hex"
            : "'\(typeName(args[0]))' object cannot be interpreted as an integer")
      }
      return makeString((i < 0 ? "-0x" : "0x") + String(i.magnitude, radix: 16))
    case .str:
      if args.isEmpty { return .str("") }
      // str() of a str is that str itself.
      if case .str = plain(args[0]) { return keep(args[0]) }
      return makeString(try str(args[0], builtin: true))
    case .repr:
      return makeString(try repr(args[0], builtin: true))
    case .len:
      switch plain(args[0]) {
      case .str(let s): return .int(pythonLength(s))
      case .object(let o) where heap.kind(o) == .list || heap.kind(o) == .tuple:
        return .int(heap.items[o.index].count)
      case .object(let o) where heap.kind(o) == .dict: return .int(heap.tableCount(o))
      case .object(let o) where heap.kind(o) == .set || heap.kind(o) == .frozenset: return .int(heap.setCount(o))
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
          is27
            ? "object of type '\(typeName(args[0]))' has no len()"
            : "object of type '\(typeName(args[0]))' has no len()")
      }
    case .range:
      var bounds: [Int] = []
      for a in args {
        guard let i = intValue(a) else {
          throw pythonError(
            "TypeError",
            is27
              ? "range() integer end argument expected, got \(typeName(a))."
              : "'\(typeName(a))' object cannot be interpreted as an integer")
        }
        bounds.append(i)
      }
      let (start, stop, step) =
        bounds.count == 1 ? (0, bounds[0], 1) : (bounds[0], bounds[1], bounds.count == 3 ? bounds[2] : 1)
      guard step != 0 else {
        throw pythonError(
          "ValueError", is27 ? "range() step argument must not be zero" : "range() arg 3 must not be zero")
      }
      if is27 {
        // 2.7's range() builds a real list of ints.
        let range = IntRange(start: start, stop: stop, step: step)
        guard range.length <= UInt(Int.max) else {
          throw pythonError("OverflowError", "range() result has too many items")
        }
        let count = Int(range.length)
        try reserveList(count: count)
        return .object(try makeList((0..<count).map { .int(range.value(at: $0)) }))
      }
      let id = nextNativeID()
      ranges[id] = (start, stop, step)
      return .native(id)
    case .set, .frozenset:
      return try callSetType(frozen: native == .frozenset, args)
    case .list:
      if args.isEmpty { return .object(try makeList([])) }
      let items = try iterate(args[0])
      return .object(try makeList(items))
    case .tuple:
      if args.isEmpty { return .object(makeTuple([], freeList: true)) }
      if case .object(let o) = args[0], heap.kind(o) == .tuple {
        heap.incref(o, .stack)
        return args[0]
      }
      return .object(makeTuple(try iterate(args[0]), freeList: true))
    case .dict:
      // dict() is type->tp_alloc, a fresh block that counts as an
      // allocation; only the literal `{}` (PyDict_New) takes the free list.
      if args.isEmpty { return .object(heap.makeObject(.dict, size: profile.objectSizes.dict, freeList: nil)) }
      guard case .object(let o) = args[0], heap.kind(o) == .dict else { throw unsupported("dict() from this argument") }
      var pairs: [Value] = []
      for (k, v) in heap.tables[o.index].entries {
        heap.incref(k, .container)
        heap.incref(v, .container)
        pairs += [k, v]
      }
      return .object(try makeDict(pairs: pairs))
    case .isinstance:
      return .bool(try isInstance(args[0], args[1]))
    case .type:
      let type = typeOf(args[0])
      // Kinds whose own type the simulator has no object for (an iterator,
      // a frame) would come out as `object`: refused instead.
      if type == Native.object.value, case .object(let o) = args[0] {
        throw unsupported("type() of a \(heap.typeName(o))")
      }
      return type
    case .int:
      if args.isEmpty { return .int(0) }
      if let i = intValue(args[0]) { return .int(i) }
      if case .float(let x) = args[0] { return try truncatedInt(x) }
      if case .str(let s) = plain(args[0]), let i = Int(s.trimmingCharacters(in: " \t\n")) { return .int(i) }
      throw pythonError("ValueError", "invalid literal for int() with base 10: \(try repr(args[0]))")
    case .bool:
      return .bool(try args.first.map { (v) throws(RunError) in try truthy(v) } ?? false)
    case .callable:
      return .bool(isCallable(args[0]))
    case .float:
      return try makeFloat(args)
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
      guard let i = intValue(args[0]) else {
        throw pythonError("TypeError", "bad operand type for abs(): '\(typeName(args[0]))'")
      }
      guard i != Int.min else { throw overflow() }
      return .int(Swift.abs(i))
    case .any, .all:
      // PyObject_GetIter, then PyIter_Next until an item decides it.
      let wanted = native == .any
      let iterator = try makeIterator(args[0])
      defer { releaseIterator(iterator) }
      while let item = try iteratorNext(iterator) {
        let truth = try truthy(item)
        heap.decref(item, .stack)
        if truth == wanted { return .bool(wanted) }
      }
      return .bool(!wanted)
    case .min, .max:
      return try minOrMax(native, args)
    case .enumerate:
      return try makeEnumerate(args)
    case .sorted:
      return try sortedList(args)
    case .zip:
      return try makeZip(args)
    case .iter:
      return try makeIterator(args[0])
    case .reversed:
      return try reversedIterator(args[0])
    case .next:
      let isIterator: Bool
      switch args[0] {
      case .object(let o): isIterator = heap.kind(o) == .iterator || heap.kind(o) == .generator
      case .native(let raw): isIterator = rangeIterators[raw] != nil
      default: isIterator = false
      }
      guard isIterator else {
        throw pythonError(
          "TypeError",
          is27 ? "\(typeName(args[0])) object is not an iterator" : "'\(typeName(args[0]))' object is not an iterator")
      }
      if let item = try iteratorNext(args[0]) { return item }
      if args.count == 2 { return keep(args[1]) }
      throw pythonError("StopIteration", "")
    case .sum:
      return try sum(args)
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
          discardUncaught(e)
          return .bool(false)
        }
        throw error
      }
    case .object:
      throw unsupported("object()")
    case .gcCollect:
      var generation = 2
      if let a = args.first {
        guard let g = intValue(a) else { throw pythonError("TypeError", "an integer is required") }
        generation = g
      }
      guard (0...2).contains(generation) else { throw pythonError("ValueError", "invalid generation") }
      return .int(heap.collect(generation: generation))
    case .gcEnable:
      heap.automaticCollection = true
      return .none
    case .gcDisable:
      heap.automaticCollection = false
      return .none
    case .gcIsEnabled:
      return .bool(heap.automaticCollection)
    case .gcGetCount:
      let c = heap.counts
      return .object(makeTuple([.int(c[0]), .int(c[1]), .int(c[2])], freeList: true))
    case .gcGetThreshold:
      let t = heap.thresholds
      return .object(makeTuple([.int(t[0]), .int(t[1]), .int(t[2])], freeList: true))
    case .gcSetThreshold:
      for (i, a) in args.enumerated() {
        guard let v = intValue(a) else { throw pythonError("TypeError", "an integer is required") }
        heap.thresholds[i] = v
      }
      return .none
    case .gcSetDebug:
      guard let flags = intValue(args[0]) else { throw pythonError("TypeError", "an integer is required") }
      heap.debugFlags = flags
      return .none
    case .gcGetDebug:
      return .int(heap.debugFlags)
    case .gcGetObjects:
      syncFrameObjects()
      var all: [Value] = []
      if let a = args.first, let g = intValue(a) {
        guard (0...2).contains(g) else {
          throw pythonError(
            "ValueError", "generation parameter must be less than the number of available generations (3)")
        }
        all = heap.objects(inGeneration: g).map { .object($0) }
      } else {
        for g in 0..<3 { all += heap.objects(inGeneration: g).map { .object($0) } }
      }
      for v in all { heap.incref(v, .container) }
      return .object(try makeList(all))
    case .gcGetReferrers:
      syncFrameObjects()
      var found: [Value] = []
      for g in 0..<3 {
        // gc_referrers_for skips the call's own argument tuple.
        for candidate in heap.objects(inGeneration: g) where candidate != currentArgumentTuple {
          var refers = false
          heap.forEachReferent(candidate) { target in
            if args.contains(.object(target)) { refers = true }
          }
          if refers { found.append(.object(candidate)) }
        }
      }
      for v in found { heap.incref(v, .container) }
      return .object(try makeList(found))
    case .gcGetReferents:
      var found: [Value] = []
      for a in args {
        guard case .object(let o) = a else { continue }
        found += heap.referentValues(o)
      }
      for v in found { heap.incref(v, .container) }
      return .object(try makeList(found))
    case .gcIsTracked:
      switch args[0] {
      case .object(let o): return .bool(heap.isTracked(o))
      case .native(let raw):
        // Builtin functions and modules are tracked GC objects; static types are not.
        guard let n = Native(rawValue: raw) else { return .bool(false) }
        return .bool(!n.isType)
      default: return .bool(false)
      }
    case .gcIsFinalized:
      if case .object(let o) = args.first ?? .none { return .bool(heap.isFinalized(o)) }
      return .bool(false)
    case .gcGetStats:
      var dicts: [Value] = []
      for s in heap.stats {
        let d = try makeDict(pairs: [
          .str("collections"), .int(s.collections), .str("collected"), .int(s.collected),
          .str("uncollectable"), .int(s.uncollectable),
        ])
        dicts.append(.object(d))
      }
      return .object(try makeList(dicts))
    case .gcFreeze, .gcUnfreeze, .gcGetFreezeCount:
      if native == .gcGetFreezeCount { return .int(heap.permanentCount) }
      if native == .gcFreeze { heap.freeze() } else { heap.unfreeze() }
      return .none
    case .sysGetrefcount:
      guard case .object(let o) = args[0] else {
        if isFloat(args[0]) {
          throw unsupported("sys.getrefcount of a float (float objects are not simulated)")
        }
        throw unsupported("sys.getrefcount of a \(typeName(args[0])) (its real count depends on interning)")
      }
      return .int(heap.refcount(o))
    case .sysGetsizeof:
      // Immediate values: their sizes are the profile's.
      switch plain(args[0]) {
      case .float: if let size = profile.floatSize { return .int(size) }
      case .int(let i): if let size = profile.intSizes.size(of: i) { return .int(size) }
      case .bool(let b): if let size = profile.intSizes.size(of: b ? 1 : 0) { return .int(size) }
      case .str(let s) where args[0].objectID == nil: return .int(profile.stringSizes.size(of: s))
      default: break
      }
      guard case .object(let o) = args.first ?? .none else { throw unsupported("sys.getsizeof of this value") }
      // The object's own request (GC header included, as getsizeof counts
      // it); a container's separate item storage and a frame's slots are
      // not modelled byte for byte.
      switch heap.kind(o) {
      case .list where !heap.items[o.index].isEmpty, .dict where heap.tables[o.index].count > 0, .frame:
        throw unsupported("sys.getsizeof of a \(heap.typeName(o)) with contents")
      case .set, .frozenset:
        return .int(heap.setSizeof(o))
      default:
        return .int(heap.size(o))
      }
    case .sysGetrecursionlimit:
      return .int(recursionLimit)
    case .sysExcInfo:
      return .object(excInfo())
    case .sysExcClear:
      clearHandled27()
      return .none
    case .baseExceptionInit:
      return try callBaseExceptionInit(args)
    case .weakrefGetweakrefcount:
      // The weak references (and, not modelled, proxies) to the object.
      guard case .object(let o) = args[0] else { return .int(0) }
      return .int(heap.weakrefs(to: o).count)
    case .staticmethod, .classmethod:
      guard args.count == 1 else {
        throw pythonError(
          "TypeError",
          "\(native.pythonName) expected 1 argument\(is27 ? "s" : ""), got \(args.count)")
      }
      return .object(try makeMethodWrapper(native, args[0]))
    case .property:
      guard args.count <= 4 else {
        throw pythonError(
          "TypeError",
          is27
            ? "property() takes at most 4 arguments (\(args.count) given)"
            : "property() takes at most 4 arguments (\(args.count) given)")
      }
      return .object(makeProperty(args))
    case .sysSetrecursionlimit:
      guard let n = intValue(args[0]), n > 0 else {
        throw pythonError("ValueError", "recursion limit must be greater or equal than 1")
      }
      // No cap here: the simulator's depth limit stops a run that goes
      // deeper than it allows, with its own message.
      recursionLimit = n
      return .none
    case .timeSleep:
      heap.record(.output(.stdout, ""))
      return .none
    case .weakrefRef:
      return .object(try makeWeakref(args[0], callback: args.count == 2 ? args[1] : nil))
    case .weakrefProxy:
      return .object(try makeProxy(args[0], callback: args.count == 2 ? args[1] : nil))
    case .superType:
      return .object(try makeSuper(args))
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
    if case .object(let o) = v, heap.kind(o) == .iterator || heap.kind(o) == .generator {
      // An iterator (enumerate, a generator) is drained; its items come owned.
      var drained: [Value] = []
      while let item = try iteratorNext(v) { drained.append(item) }
      return drained
    }
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
      default: return Native.object.value
      }
    }
  }

  func makeWeakref(_ target: Value, callback: Value?) throws(RunError) -> ObjectID {
    let o = try weaklyReferenceable(target)
    let cb = callback ?? .none
    if cb == .none, let existing = heap.weakrefs(to: o).first(where: { !isProxy($0) && weakrefCallback($0) == .none }) {
      // A plain ref without callback is shared, as CPython does.
      heap.incref(existing, .stack)
      return existing
    }
    return makeWeakReference(to: o, callback: cb)
  }

  /// The referent of a new weak reference or proxy, or CPython's error
  /// for a type without a weakref list (the simulator refuses the types
  /// that have one but that it does not weakly reference).
  func weaklyReferenceable(_ target: Value) throws(RunError) -> ObjectID {
    guard case .object(let o) = target, [.instance, .function, .classObject, .generator].contains(heap.kind(o)) else {
      // The types without a weakref list raise as CPython does; the others
      // (bound methods, modules, builtin functions and types, weakrefs)
      // are weakly referenceable there but not in the simulator.
      switch target {
      case .none, .bool, .int, .str:
        break
      case .object(let o) where [.list, .dict, .tuple, .str].contains(heap.kind(o)):
        break
      default:
        throw unsupported("a weak reference to a \(typeName(target)) object")
      }
      throw pythonError("TypeError", "cannot create weak reference to '\(typeName(target))' object")
    }
    return o
  }

  /// A new weakref object (a ref, or a proxy once labelled) to `o`,
  /// holding `callback`.
  func makeWeakReference(to o: ObjectID, callback cb: Value) -> ObjectID {
    let w = heap.makeObject(.weakref, size: profile.objectSizes.weakref, freeList: nil)
    heap.incref(cb, .container)
    heap.setItems(w, [cb])
    heap.addWeakref(w, to: o)
    heap.track(w)
    return w
  }

  // MARK: Methods of builtin containers

  private func callContainerMethod(_ native: Native, _ receiver: Value, _ args: [Value]) throws(RunError) -> Value {
    if case .str(let s) = plain(receiver) { return try callStringMethod(native, s, receiver, args) }
    guard case .object(let o) = receiver else { throw unsupported("this method") }
    if heap.kind(o) == .generator { return try callGeneratorMethod(native, o, args) }
    if heap.kind(o) == .set || heap.kind(o) == .frozenset { return try callSetMethod(native, o, args) }
    switch native {
    case .listAppend:
      heap.incref(args[0], .container)
      heap.appendItem(o, args[0])
      return .none
    case .listExtend:
      let items = try iterate(args[0])
      do {
        try reserve(bytes: 8 * items.count)
      } catch {
        for v in items { heap.decref(v, .container) }
        throw error
      }
      heap.withItems(o, changing: SlotSpan(heap.items[o.index].count, andAfter: true)) {
        $0.append(contentsOf: items)
      }
      return .none
    case .listInsert:
      guard var i = intValue(args[0]) else { throw pythonError("TypeError", "an integer is required") }
      let count = heap.items[o.index].count
      if i < 0 { i = max(0, i + count) }
      i = min(i, count)
      heap.incref(args[1], .container)
      heap.withItems(o, changing: SlotSpan(i, andAfter: true)) { $0.insert(args[1], at: i) }
      return .none
    case .listPop:
      let count = heap.items[o.index].count
      guard count > 0 else { throw pythonError("IndexError", "pop from empty list") }
      var i = count - 1
      if let a = args.first {
        i = try normalizedIndex(a, count: count, what: "pop")
      }
      return heap.withItems(o, changing: SlotSpan(i, andAfter: true)) { $0.remove(at: i) }
    case .listRemove:
      guard let i = try firstIndex(in: heap.items[o.index], equalTo: args[0]) else {
        throw pythonError("ValueError", is27 ? "list.remove(x): x not in list" : "list.remove(x): x not in list")
      }
      let old = heap.withItems(o, changing: SlotSpan(i, andAfter: true)) { $0.remove(at: i) }
      heap.decref(old, .container)
      return .none
    case .listIndex:
      guard let i = try firstIndex(in: heap.items[o.index], equalTo: args[0]) else {
        throw pythonError(
          "ValueError", is27 ? "\(try repr(args[0])) is not in list" : "\(try repr(args[0])) is not in list")
      }
      return .int(i)
    case .listCount:
      var count = 0
      for v in heap.items[o.index] where try equal(v, args[0]) { count += 1 }
      return .int(count)
    case .listReverse:
      heap.withItems(o) { $0.reverse() }
      return .none
    case .dictIterkeys, .dictItervalues, .dictIteritems:
      return .object(makeDictIterator(o, DictPart(native)))
    case .dictKeys, .dictValues, .dictItems:
      // 3.x: a view of the dict.
      if !is27 { return .object(makeDictView(o, DictPart(native))) }
      let entries = heap.tables[o.index].entries
      var values: [Value] = []
      for (k, v) in entries {
        switch native {
        case .dictKeys:
          heap.incref(k, .container)
          values.append(k)
        case .dictValues:
          heap.incref(v, .container)
          values.append(v)
        default: values.append(.object(makeTuple([k, v], freeList: true, takeReferences: false)))
        }
      }
      return .object(try makeList(values))
    case .dictGet:
      let v = heap.lookup(o, key: plain(args[0])) ?? (args.count > 1 ? args[1] : .none)
      heap.incref(v, .stack)
      return v
    case .dictHasKey:
      return .bool(heap.lookup(o, key: plain(args[0])) != nil)
    case .dictPop:
      let wanted = plain(args[0])
      guard let key = heap.tables[o.index].storedKey(wanted), let v = heap.withTable(o, { $0.remove(wanted) })
      else {
        if args.count > 1 {
          heap.incref(args[1], .stack)
          return args[1]
        }
        throw try keyError(args[0])
      }
      heap.decref(key, .container)
      return v
    case .dictClear:
      let entries = heap.tables[o.index].entries
      _ = heap.withTable(o) { $0.removeAll() }
      for (k, v) in entries {
        heap.decref(k, .container)
        heap.decref(v, .container)
      }
      return .none
    case .dictSetdefault:
      if let v = heap.lookup(o, key: plain(args[0])) {
        heap.incref(v, .stack)
        return v
      }
      let v = args.count > 1 ? args[1] : .none
      heap.incref(v, .container)
      try storeInDict(o, key: args[0], value: v)
      heap.incref(v, .stack)
      return v
    case .dictUpdate:
      guard let source = args.first else { return .none }
      guard case .object(let other) = source, heap.kind(other) == .dict else {
        throw unsupported("dict.update from this argument")
      }
      for (k, v) in heap.tables[other.index].entries {
        heap.incref(v, .container)
        try storeInDict(o, key: k, value: v)
      }
      return .none
    default:
      throw unsupported("this method")
    }
  }

  /// `receiver` is the str itself: strip() and replace() give it back
  /// when nothing changes, as CPython does.
  private func callStringMethod(_ native: Native, _ s: String, _ receiver: Value, _ args: [Value]) throws(RunError)
    -> Value
  {
    func strArg(_ i: Int) throws(RunError) -> String {
      guard i < args.count, case .str(let a) = plain(args[i]) else {
        throw pythonError("TypeError", "expected a string")
      }
      return a
    }
    func sameOrNew(_ result: String) -> Value {
      result.utf8.elementsEqual(s.utf8) ? keep(receiver) : makeString(result)
    }
    switch native {
    case .strUpper: return makeString(s.uppercased())
    case .strLower: return makeString(s.lowercased())
    case .strStrip:
      // strip(None) is strip(); strip(chars) strips those characters.
      let chars = args.first.map(plain) ?? .none
      if chars == .none { return sameOrNew(s.trimmingCharacters(in: " \t\n\r\u{0B}\u{0C}")) }
      guard case .str(let set) = chars else {
        throw pythonError(
          "TypeError", is27 ? "strip arg must be None, str or unicode" : "strip arg must be None or str")
      }
      return sameOrNew(s.trimmingCharacters(in: set))
    case .strStartswith: return .bool(s.unicodeScalars.starts(with: try strArg(0).unicodeScalars))
    case .strEndswith: return .bool(s.unicodeScalars.reversed().starts(with: try strArg(0).unicodeScalars.reversed()))
    case .strReplace:
      let (target, replacement) = (try strArg(0), try strArg(1))
      // An empty target matches between every two characters and at both ends.
      let pieces = target.isEmpty ? [""] + (try codePoints(s)).map { String($0) } + [""] : s.splitAll(target)
      // The result's size is known before it is built (`s.replace('a', s)`
      // in a loop doubles it).
      try reserveString(
        length: pieces.reduce(0) { $0 + pythonLength($1) } + (pieces.count - 1) * pythonLength(replacement))
      return sameOrNew(pieces.joined(separator: replacement))
    case .strSplit:
      let parts: [String] =
        args.isEmpty
        ? s.unicodeScalars.split(whereSeparator: { " \t\n\r\u{0B}\u{0C}".unicodeScalars.contains($0) }).map {
          String(String.UnicodeScalarView($0))
        } : s.splitAll(try strArg(0))
      return .object(try makeList(parts.map { makeString($0) }))
    case .strFormat:
      return try strFormat(receiver, s, args)
    case .strJoin:
      let items = try iterate(args[0])
      defer { for i in items { heap.decref(i, .container) } }
      var pieces: [String] = []
      for i in items {
        guard case .str(let p) = plain(i) else {
          throw pythonError("TypeError", "sequence item: expected str instance, \(typeName(i)) found")
        }
        pieces.append(p)
      }
      try reserveString(
        length: pieces.reduce(0) { $0 + pythonLength($1) } + max(0, pieces.count - 1) * pythonLength(s))
      return makeString(pieces.joined(separator: s))
    default:
      throw unsupported("this string method")
    }
  }
}

/// Text operations by code point, as Python's str methods work (Swift's
/// String methods work on grapheme clusters and canonical equivalence).
extension String {
  func trimmingCharacters(in set: String) -> String {
    let set = Set(set.unicodeScalars)
    var scalars = Substring(self).unicodeScalars
    while let f = scalars.first, set.contains(f) { scalars.removeFirst() }
    while let l = scalars.last, set.contains(l) { scalars.removeLast() }
    return String(String.UnicodeScalarView(scalars))
  }

  func splitAll(_ separator: String) -> [String] {
    let scalars = Array(unicodeScalars)
    let needle = Array(separator.unicodeScalars)
    guard !needle.isEmpty else { return [self] }
    var parts: [String] = []
    var start = 0
    var i = 0
    while i + needle.count <= scalars.count {
      if scalars[i..<i + needle.count].elementsEqual(needle) {
        parts.append(String(String.UnicodeScalarView(scalars[start..<i])))
        i += needle.count
        start = i
      } else {
        i += 1
      }
    }
    parts.append(String(String.UnicodeScalarView(scalars[start...])))
    return parts
  }
}
