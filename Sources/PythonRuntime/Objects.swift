import GCEngine
import PythonFrontEnd

/// Attributes, containers, iteration and the objects `def`/`class` make.
extension Interpreter {
  // MARK: Attributes

  /// The class attribute `name` (searching bases depth-first), borrowed.
  func lookupClassAttribute(_ cls: ObjectID, _ name: String) -> Value? {
    // The `__dict__` and `__weakref__` descriptors are data descriptors
    // the simulator does not run: as if absent (and so refused).
    if name.utf8.first == UInt8(ascii: "_") && (name == "__dict__" || name == "__weakref__") { return nil }
    return cachedAtSite(.classAttribute, cls, name, cachesAbsence: true) { uncachedClassAttribute(cls, name) }
  }

  /// A lookup remembered at the running instruction (see `SiteCache`):
  /// `compute` runs on a miss (or outside any instruction); a nil result is
  /// remembered only when `cachesAbsence`.
  @inline(__always) private func cachedAtSite(
    _ kind: SiteCache.Kind, _ cls: ObjectID, _ name: String, cachesAbsence: Bool, _ compute: () -> Value?
  ) -> Value? {
    // No instruction yet: a finalizer run by the collection at a frame's
    // RESUME (3.12+), before its first instruction.
    guard let f = frames.last, f.pc > 0 else { return compute() }
    let site = f.pc - 1
    if let hit = f.loaded.cachedLookup(kind, at: site, cls: cls.raw, epoch: classEpoch, name: name) { return hit }
    let value = compute()
    if value != nil || cachesAbsence {
      f.loaded.remember(SiteCache(cls: cls.raw, epoch: classEpoch, name: name, value: value), kind, at: site)
    }
    return value
  }

  private func uncachedClassAttribute(_ cls: ObjectID, _ name: String) -> Value? {
    // Fast path, no allocation: the class itself, then a single-base chain.
    var c = cls
    while true {
      if let d = heap.dictOf(c), let v = heap.lookup(d, name: name) { return v }
      let bases = classBases(c)
      guard bases.count == 1, case .object(let base) = bases[0] else { break }
      c = base
    }
    if classBases(c).allSatisfy({ $0.objectID == nil }) { return nil }
    for c in classAndAncestors(cls) {
      if let d = heap.dictOf(c), let v = heap.lookup(d, name: name) { return v }
    }
    return nil
  }

  /// `cls` and every class it derives from, depth-first and left to right,
  /// each once: the order attribute lookup searches them in.
  func classAndAncestors(_ cls: ObjectID) -> [ObjectID] {
    var result: [ObjectID] = []
    var pending = [cls]
    while !pending.isEmpty {
      let c = pending.removeFirst()
      guard !result.contains(c), heap.isAlive(c) else { continue }
      result.append(c)
      pending.insert(contentsOf: classBases(c).compactMap(\.objectID), at: 0)
    }
    return result
  }

  // 3.11 keeps an instance's attributes as a values array indexed by keys
  // its class shares among all its instances ("split" dicts); here the
  // values are the instance's `items`, `Native.unbound` marking a hole.

  /// The index of attribute `name` in `cls`'s shared keys.
  func sharedKeyIndex(_ cls: ObjectID, _ name: String, adding: Bool) -> Int? {
    // A class's keys only grow, so a found index stays right for the class
    // (a new class at the same id moves the epoch); a missing key may be
    // added later, so absence is not remembered.
    let found = cachedAtSite(.sharedKey, cls, name, cachesAbsence: false) {
      uncachedSharedKeyIndex(cls, name, adding: adding).map { .int($0) }
    }
    guard case .int(let i) = found else { return nil }
    return i
  }

  private func uncachedSharedKeyIndex(_ cls: ObjectID, _ name: String, adding: Bool) -> Int? {
    if let keys = classKeys[cls], let i = keys.firstIndex(of: name) { return i }
    guard adding else { return nil }
    classKeys[cls, default: []].append(name)
    // A new shared key takes a usable slot (insert_into_dictkeys).
    sharedKeysUsable[cls] = (sharedKeysUsable[cls] ?? Interpreter.sharedKeysMaxSize) - 1
    settledValuesBytes = nil
    return classKeys[cls]!.count - 1
  }

  /// An instance attribute, borrowed: from its dict object if it has one,
  /// else from its values array.
  func instanceAttribute(_ o: ObjectID, _ name: String) -> Value? {
    if let d = heap.dictOf(o) { return heap.lookup(d, name: name) }
    guard let cls = heap.classOf(o), let i = sharedKeyIndex(cls, name, adding: false) else { return nil }
    let values = heap.items[o.index]
    guard i < values.count, values[i] != Native.unbound.value else { return nil }
    return values[i]
  }

  func instanceHasAttribute(_ instance: ObjectID, _ name: String) -> Bool {
    instanceAttribute(instance, name) != nil
  }

  func getAttribute(_ object: Value, _ name: String) throws(RunError) -> Value {
    switch object {
    case .object(let o):
      switch heap.kind(o) {
      case .superObject where name != "__class__":
        return try superAttribute(o, name)
      case .weakref where isProxy(o):
        // proxy_getattr: every name is the referent's.
        return try withProxyReferent(o) { (referent) throws(RunError) in try getAttribute(referent, name) }
      case .instance:
        let dunder = name.utf8.first == UInt8(ascii: "_")
        let slots = slotLayout(ofInstance: o)
        // A class with __slots__ has no `__dict__` descriptor at all.
        if dunder && name == "__dict__" && slots != nil { throw missingAttribute(o, name, deleting: false) }
        if dunder && name == "__dict__" {
          if profile.instanceDicts == .inlineValues {
            throw unsupported("an instance's __dict__ when its values are inline (a dict sharing them)")
          }
          let d = ensureInstanceDict(o)
          heap.incref(d, .stack)
          return .object(d)
        }
        if dunder && name == "__class__", let cls = heap.classOf(o) {
          heap.incref(cls, .stack)
          return .object(cls)
        }
        // A property is a data descriptor: it comes before the instance's
        // own (looked for only once a property exists: reads are hot).
        if propertiesMade > 0, let cls = heap.classOf(o), case .object(let d)? = lookupClassAttribute(cls, name),
          heap.kind(d) == .descriptor, descriptorKind(d) == .property
        {
          return try descriptorGet(d, instance: o, owner: cls)
        }
        if let v = instanceAttribute(o, name) {
          heap.incref(v, .stack)
          return v
        }
        // An empty member: its descriptor (in the class) raises.
        if let slots, slots.names.contains(name) { throw unsetSlotError(o, name, deleting: false) }
        if let cls = heap.classOf(o), let v = lookupClassAttribute(cls, name) {
          if case .object(let fn) = v, heap.kind(fn) == .function {
            return .object(makeBoundMethod(fn, .object(o)))
          }
          if case .object(let d) = v, heap.kind(d) == .descriptor {
            return try descriptorGet(d, instance: o, owner: cls)
          }
          heap.incref(v, .stack)
          return v
        }
        try refuseUnsimulatedAttribute(object, name)
        if let result = try userGetattrHook(o, name) { return result }
        throw missingAttribute(o, name, deleting: false)
      case .classObject:
        if name == "__name__" { return .str(heap.label(o)) }
        if let slots = slotLayout(ofClass: o), slots.names.contains(name) || name == "__weakref__" {
          throw unsupported("a member descriptor of __slots__ (\(heap.label(o)).\(name))")
        }
        if let v = lookupClassAttribute(o, name) {
          if case .object(let d) = v, heap.kind(d) == .descriptor {
            return try descriptorGet(d, instance: nil, owner: o)
          }
          if is27, case .object(let fn) = v, heap.kind(fn) == .function {
            // 2.7: a function read from a class is an unbound method object.
            return .object(makeBoundMethod(fn, .none, unboundClass: o))
          }
          heap.incref(v, .stack)
          return v
        }
        try refuseUnsimulatedAttribute(object, name)
        if is27 && heap.isOldStyle(o) {
          throw pythonError("AttributeError", "class \(heap.label(o)) has no attribute '\(name)'")
        }
        throw pythonError("AttributeError", "type object '\(heap.label(o))' has no attribute '\(name)'")
      case .function:
        if name == "__name__" { return .str(heap.label(o)) }
        if name == "__closure__" || (is27 && name == "func_closure") {
          let closure = heap.items[o.index].count > 2 ? heap.items[o.index][2] : .none
          heap.incref(closure, .stack)
          return closure
        }
        if name == "__defaults__" || (is27 && name == "func_defaults") {
          // The tuple made when `def` ran (None without defaults): the one
          // a mutable default lives in, shared by every call.
          let defaults = heap.items[o.index][1]
          heap.incref(defaults, .stack)
          return defaults
        }
      case .plainObject where name == "__class__":
        return Native.object.value
      case .cell where name == "cell_contents":
        guard let contents = heap.items[o.index].first else { throw pythonError("ValueError", "Cell is empty") }
        heap.incref(contents, .stack)
        return contents
      case .exception:
        if name == "__class__" {
          let type = exceptionTypeValue(o)
          heap.incref(type, .stack)
          return type
        }
        let slot: Int? =
          switch name {
          case "args": 0
          case "__traceback__" where !is27: Interpreter.tracebackSlot
          case "__cause__" where !is27: Interpreter.causeSlot
          case "__context__" where !is27: Interpreter.contextSlot
          default: nil
          }
        if let slot {
          let v = heap.items[o.index][slot]
          heap.incref(v, .stack)
          return v
        }
        if name == "__suppress_context__" && !is27 { return .bool(raisedRecords[o]?.suppressContext ?? false) }
        // A user subclass: its instance dict, then its class's attributes.
        if let d = heap.dictOf(o), let v = heap.lookup(d, name: name) {
          heap.incref(v, .stack)
          return v
        }
        if let cls = heap.classOf(o), let v = lookupClassAttribute(cls, name) {
          if case .object(let fn) = v, heap.kind(fn) == .function {
            return .object(makeBoundMethod(fn, .object(o)))
          }
          heap.incref(v, .stack)
          return v
        }
        if !name.hasPrefix("_") && !exceptionHasUnsimulatedAttribute(o, name) {
          throw pythonError("AttributeError", "'\(heap.typeName(o))' object has no attribute '\(name)'")
        }
      case .traceback:
        let items = heap.items[o.index]
        switch name {
        case "tb_next", "tb_frame":
          let v = items[name == "tb_next" ? 0 : 1]
          heap.incref(v, .stack)
          return v
        case "tb_lineno": return .int(Int(heap.aux(o)))
        default: break
        }
      default:
        if containerMethod(object, name) != nil {
          throw .limit(
            .unsupported(
              "taking a builtin method ('\(name)') without calling it is not supported by the simulator",
              line: currentLocation.line, column: currentLocation.column))
        }
      }
    case .native(let raw):
      if let native = Native(rawValue: raw), native.isModule {
        return try moduleAttribute(native, name)
      }
      if name == "__name__", let native = Native(rawValue: raw), raw > 0 {
        return .str(native.isType ? nativeTypeNames(native).name : native.pythonName)
      }
      if name == "__init__", Native(rawValue: raw)?.isExceptionClass == true { return Native.baseExceptionInit.value }
    default:
      break
    }
    try refuseUnsimulatedAttribute(object, name)
    throw pythonError("AttributeError", "'\(typeName(object))' object has no attribute '\(name)'")
  }

  /// The AttributeError for an instance without `name` (2.7's `del` of a
  /// new-style instance's missing attribute says just the name).
  func missingAttribute(_ o: ObjectID, _ name: String, deleting: Bool) -> RunError {
    let cname = heap.classOf(o).map { heap.label($0) } ?? "object"
    if is27 && heap.isOldStyle(o) {
      return pythonError("AttributeError", "\(cname) instance has no attribute '\(name)'")
    }
    return pythonError("AttributeError", is27 && deleting ? name : "'\(cname)' object has no attribute '\(name)'")
  }

  /// The AttributeError for setting or deleting `name` on an object with
  /// no dict (3.13 says so).
  func noDictAttributeError(_ object: Value, _ name: String) -> RunError {
    let suffix = profile.genericSetattrNamesMissingDict ? " and no __dict__ for setting new attributes" : ""
    return pythonError("AttributeError", "'\(typeName(object))' object has no attribute '\(name)'" + suffix)
  }

  func setAttribute(_ object: Value, _ name: String, _ value: Value) throws(RunError) {
    guard case .object(let o) = object else {
      heap.decref(value, .stack)
      throw noDictAttributeError(object, name)
    }
    switch heap.kind(o) {
    case .weakref where isProxy(o):
      let referent: Value
      do {
        referent = try proxyReferent(o)
      } catch {
        heap.decref(value, .stack)
        throw error
      }
      defer { heap.decref(referent, .stack) }
      try setAttribute(referent, name, value)
    case .instance:
      if propertiesMade > 0, !heap.isOldStyle(o), let cls = heap.classOf(o),
        case .object(let d)? = lookupClassAttribute(cls, name),
        heap.kind(d) == .descriptor, descriptorKind(d) == .property
      {
        // property.__set__: the setter, or no setting at all.
        let setter = heap.items[d.index][1]
        guard setter != .none else {
          heap.decref(value, .stack)
          throw pythonError(
            "AttributeError",
            is27 ? "can't set attribute" : "property '\(name)' of '\(heap.label(cls))' object has no setter")
        }
        defer { heap.decref(value, .stack) }
        heap.decref(try callValue(setter, args: [.object(o), value]), .stack)
        return
      }
      if name.utf8.first == UInt8(ascii: "_") && (name == "__dict__" || name == "__class__") {
        heap.decref(value, .stack)
        throw .limit(
          .unsupported(
            "assigning \(name) is not supported by the simulator", line: currentLocation.line,
            column: currentLocation.column))
      }
      if let slots = slotLayout(ofInstance: o) {
        // member_set into the instance's own slot; no dict to fall back on.
        guard let i = slots.names.firstIndex(of: name) else {
          heap.decref(value, .stack)
          try refuseUnsimulatedAttribute(object, name)
          throw noDictAttributeError(object, name)
        }
        let old = heap.replaceItem(o, at: i, with: value, filling: Native.unbound.value)
        heap.decref(old, .unbind)
        return
      }
      if is27 && heap.dictOf(o) == nil {
        // 2.7 new-style instances make their dict at the first store.
        heap.setDict(o, makeDictObject())
      }
      if let d = heap.dictOf(o) {
        try storeInDict(d, key: .str(name), value: value)
      } else if let cls = heap.classOf(o), let i = sharedKeyIndex(cls, name, adding: true) {
        let old = heap.replaceItem(o, at: i, with: value, filling: Native.unbound.value)
        heap.decref(old, .unbind)
      }
    case .classObject:
      if Compiler.isUnsimulatedSpecialName(name) {
        heap.decref(value, .stack)
        throw unsupported("the special method \(name)")
      }
      guard let d = heap.dictOf(o) else { return }
      classEpoch &+= 1
      try storeInDict(d, key: .str(name), value: value)
      if name == "__del__" { heap.setHasFinalizer(o, true) }
    case .exception where !name.hasPrefix("_") && name != "args" && !exceptionHasUnsimulatedAttribute(o, name):
      // Its dict is made at the first store (PyObject_GenericSetAttr).
      if heap.dictOf(o) == nil { heap.setDict(o, makeDictObject()) }
      try storeInDict(heap.dictOf(o)!, key: .str(name), value: value)
    default:
      heap.decref(value, .stack)
      try refuseUnsimulatedAttribute(object, name)
      throw noDictAttributeError(object, name)
    }
  }

  func deleteAttribute(_ object: Value, _ name: String) throws(RunError) {
    if case .object(let p) = object, isProxy(p) {
      return try withProxyReferent(p) { (referent) throws(RunError) in try deleteAttribute(referent, name) }
    }
    if case .object(let o) = object, heap.kind(o) == .instance || heap.kind(o) == .classObject {
      if heap.kind(o) == .instance, heap.dictOf(o) == nil {
        if instanceAttribute(o, name) != nil, let cls = heap.classOf(o),
          let i = sharedKeyIndex(cls, name, adding: false)
        {
          let old = heap.withItems(o, changing: SlotSpan(i)) { values -> Value in
            let old = values[i]
            values[i] = Native.unbound.value
            return old
          }
          heap.decref(old, .unbind)
          return
        }
      } else if let table = heap.dictOf(o), let old = heap.withTable(table, { $0.remove(.str(name)) }) {
        if heap.kind(o) == .classObject { classEpoch &+= 1 }
        heap.decref(old, .unbind)
        return
      }
      if heap.kind(o) == .instance {
        if let slots = slotLayout(ofInstance: o), slots.names.contains(name) {
          throw unsetSlotError(o, name, deleting: true)
        }
        throw missingAttribute(o, name, deleting: true)
      }
      throw pythonError("AttributeError", "'\(typeName(object))' object has no attribute '\(name)'")
    }
    throw noDictAttributeError(object, name)
  }

  /// 3.11 makes an instance's dict object only when `__dict__` is touched;
  /// 2.7 new-style instances when it is first needed.
  func ensureInstanceDict(_ o: ObjectID) -> ObjectID {
    if let d = heap.dictOf(o) { return d }
    let d = makeDictObject()
    let keys = heap.classOf(o).flatMap { classKeys[$0] } ?? []
    let values = heap.items[o.index]
    heap.setItems(o, [])
    var entries: [(key: Value, value: Value)] = []
    for (i, v) in values.enumerated() where v != Native.unbound.value { entries.append((.str(keys[i]), v)) }
    heap.withTable(d) { table in for (k, v) in entries { table.set(k, v) } }
    for (k, v) in entries { heap.dictDidStore(d, key: k, value: v) }
    heap.setDict(o, d)
    return d
  }

  func containerMethod(_ object: Value, _ name: String) -> Native? {
    switch plain(object) {
    case .object(let o):
      switch heap.kind(o) {
      case .list: return Native.listMethods[name]
      case .set: return Native.setMethods[name]
      case .frozenset: return Native.frozensetMethods[name]
      case .generator: return generatorMethod(name)
      case .dict:
        if name == "has_key" && !is27 { return nil }
        if is27, let native = Native.dictIteratorMethods[name] { return native }
        return Native.dictMethods[name]
      default: return nil
      }
    case .str: return Native.strMethods[name]
    default: return nil
    }
  }

  // MARK: Making objects

  var emptyTuple: ObjectID {
    if let t = sharedEmptyTuple { return t }
    // Its creation reference is the interpreter's own: it is never freed.
    // CPython made it at startup: no count moves when it first shows.
    let t = heap.makePreexistingObject(.tuple, size: profile.objectSizes.tupleBase)
    // 3.12's `()` is a static immortal object (`_Py_SINGLETON(tuple_empty)`).
    if profile.immortalRefcount != nil { heap.makeImmortal(t) }
    sharedEmptyTuple = t
    return t
  }

  func makeDictObject() -> ObjectID {
    heap.makeObject(.dict, size: profile.objectSizes.dict, freeList: .dict)
  }

  /// A list holding `values` (owned references move in).
  func makeList(_ values: [Value]) throws(RunError) -> ObjectID {
    let l = heap.makeObject(.list, size: profile.objectSizes.list, freeList: .list)
    heap.setItems(l, values)
    heap.track(l)
    return l
  }

  /// A tuple of `values`; with `takeReferences` they are owned and move in.
  func makeTuple(_ values: [Value], freeList: Bool, takeReferences: Bool = true, preexisting: Bool = false)
    -> ObjectID
  {
    if values.isEmpty {
      heap.incref(emptyTuple, .stack)
      return emptyTuple
    }
    let sizes = profile.objectSizes
    let n = values.count
    let size = sizes.tupleBase + sizes.tuplePerItem * n
    let t =
      preexisting
      ? heap.makePreexistingObject(.tuple, size: size)
      : heap.makeObject(.tuple, size: size, freeList: freeList && n < 20 ? .tuple(n) : nil)
    if !takeReferences { for v in values { heap.incref(v, .container) } }
    heap.setItems(t, values)
    heap.track(t)
    return t
  }

  /// A dict from alternating owned keys and values.
  func makeDict(pairs: [Value]) throws(RunError) -> ObjectID {
    let d = makeDictObject()
    // 2.7 sizes a dict literal's table for all its pairs up front.
    if is27 { heap.withTable(d) { $0.presize(pairs.count / 2) } }
    var i = 0
    while i < pairs.count {
      // A str object key is kept by its text (DictStorage hashes values).
      let key = plain(pairs[i])
      if key != pairs[i] { heap.decref(pairs[i], .stack) }
      let value = pairs[i + 1]
      if isUnhashable(key) {
        // The dict goes (with what it took), then the pairs not stored.
        let error = pythonError("TypeError", "unhashable type: '\(typeName(key))'")
        heap.decref(d, .stack)
        heap.decref(key, .stack)
        for v in pairs[(i + 1)...] { heap.decref(v, .stack) }
        throw error
      }
      let old = heap.withTable(d) { $0.set(key, value) }
      heap.dictDidStore(d, key: key, value: value)
      if let old {
        heap.decref(key, .container)
        heap.decref(old, .unbind)
      }
      i += 2
    }
    return d
  }

  func makeFunction(_ code: CodeObject, defaults: [Value]) -> ObjectID {
    let fn = heap.makeObject(.function, size: profile.objectSizes.function, freeList: nil)
    var defaultsValue = Value.none
    if !defaults.isEmpty { defaultsValue = .object(makeTuple(defaults, freeList: true)) }
    return setUpFunction(fn, code, defaultsValue)
  }

  /// A function whose defaults are a ready tuple (owned reference moves in).
  func makeFunction(_ code: CodeObject, defaultsTuple: Value) -> ObjectID {
    let fn = heap.makeObject(.function, size: profile.objectSizes.function, freeList: nil)
    return setUpFunction(fn, code, defaultsTuple)
  }

  private func setUpFunction(_ fn: ObjectID, _ code: CodeObject, _ defaultsValue: Value) -> ObjectID {
    heap.setAux(fn, code.index)
    heap.setLabel(fn, code.name)
    heap.incref(globals, .container)
    heap.setItems(fn, [.object(globals), defaultsValue])
    heap.track(fn)
    return fn
  }

  /// Keeps an object the interpreter made for itself (a class's helper,
  /// what print and repr keep) for the rest of the run.
  func keepForever(_ id: ObjectID) {
    classInternals.append(id)
    heap.setInternal(id)
  }

  /// Runs a class body in a fresh namespace, then makes the class object.
  /// 2.7: without a new-style base the class is old-style (`classobj`).
  func makeClass(_ code: CodeObject, bases: [Value], parenthesized: Bool) throws(RunError) -> ObjectID {
    var oldStyle = is27
    var baseObjects: [Value] = []
    var inheritsFinalizer = false
    var exceptionBase: Native?
    for b in bases {
      switch b {
      case .native(Native.object.rawValue):
        oldStyle = false
      case .native(let raw) where Native(rawValue: raw)?.isExceptionClass == true:
        oldStyle = false
        exceptionBase = Native(rawValue: raw)
      case .object(let c) where heap.kind(c) == .classObject:
        if !heap.isOldStyle(c) { oldStyle = false }
        if heap.classHasFinalizer(c) { inheritsFinalizer = true }
        if let native = exceptionBaseOf[c] { exceptionBase = native }
        baseObjects.append(b)
      default:
        // `class B(list)`, `class E(Exception)`: a real base the simulator
        // has no object model for (a non-class base is not one CPython takes
        // either, but its error differs by case; refused too).
        let refusal: RunError
        if case .native(let raw) = b, let native = Native(rawValue: raw), native.isType {
          refusal = unsupported("subclassing '\(native.pythonName)'")
        } else {
          refusal = unsupported("a base that is a \(typeName(b)) object")
        }
        for v in bases { heap.decref(v, .stack) }
        throw refusal
      }
    }
    if exceptionBase != nil && bases.count > 1 {
      for v in bases { heap.decref(v, .stack) }
      throw unsupported("an exception class with more than one base")
    }
    let namespace = makeDictObject()
    try storeInDict(namespace, key: .str("__module__"), value: .str("__main__"))
    let frame = acquireFrame(code: code, namespace: namespace)
    // (3.x's `__class__` cell is a class body's one variable.)
    while frame.locals.count < code.localNames.count { frame.locals.append(Native.unbound.value) }
    enter(frame, slotCount: 4)
    // The bases and the namespace are held in this function's variables.
    nativeDepth += 1
    defer { nativeDepth -= 1 }
    do {
      heap.decref(try execute(frame), .stack)
    } catch {
      tearDown(frame)
      heap.decref(namespace, .stack)
      throw error
    }
    tearDown(frame)
    let slots: SlotLayout?
    do {
      slots = try slotLayout(namespace, bases: baseObjects, oldStyle: oldStyle, exception: exceptionBase != nil)
    } catch {
      heap.decref(namespace, .stack)
      throw error
    }
    // build_class / type() get (name, bases, namespace) as an argument tuple.
    let classArguments = makeTuple([.str(code.name), .none, .object(namespace)], freeList: true, takeReferences: false)
    defer { heap.decref(classArguments, .stack) }
    let size = oldStyle ? profile.objectSizes.oldStyleClass : profile.objectSizes.typeObject
    let cls = heap.makeObject(.classObject, size: size, freeList: nil)
    // What was cached or kept for a class that had this id before is stale.
    classEpoch &+= 1
    classKeys[cls] = slots?.names
    slotLayouts[cls] = slots
    sharedKeysUsable[cls] = nil
    let helpersBefore = classInternals.count
    var typeParts: [ObjectID] = []
    defer {
      classHelpers[cls] = typeParts + classInternals[helpersBefore...].filter { !typeParts.contains($0) }
      // The class's edges now include them (the screen reads them again).
      heap.record(.referencesChanged(cls))
    }
    settledValuesBytes = nil
    if oldStyle { heap.setOldStyle(cls) }
    heap.setLabel(cls, code.name)
    heap.setDict(cls, namespace)
    let hasDel = heap.lookup(namespace, name: "__del__") != nil
    heap.setHasFinalizer(cls, hasDel || inheritsFinalizer)
    exceptionBaseOf[cls] = exceptionBase
    if heap.lookup(namespace, name: "__getattr__") != nil {
      if oldStyle { throw unsupported(Interpreter.classicGetattrRefusal) }
      if exceptionBase != nil { throw unsupported("__getattr__ in an exception class") }
    }
    if oldStyle && !baseObjects.isEmpty {
      // 2.7 BUILD_TUPLE makes the bases tuple the classobj keeps (cl_bases),
      // which holds the bases and dies with the class.
      let basesTuple = heap.makeObject(
        .tuple, size: profile.objectSizes.tupleBase + 8 * baseObjects.count,
        freeList: baseObjects.count < 20 ? .tuple(baseObjects.count) : nil)
      heap.setItems(basesTuple, baseObjects)
      heap.track(basesTuple)
      heap.setInternal(basesTuple)
      heap.setItems(cls, [.object(basesTuple)])
      typeParts = [basesTuple]
    }
    if !oldStyle {
      typeParts = buildTypeParts(
        cls, bases: bases, baseObjects: baseObjects, exceptionBase: exceptionBase, slots: slots)
      // 3.x type_ready_set_hash: a class defining __eq__ without __hash__
      // gets `__hash__ = None`, so its instances are unhashable.
      if !is27 && heap.lookup(namespace, name: "__eq__") != nil && heap.lookup(namespace, name: "__hash__") == nil {
        _ = heap.withTable(namespace) { $0.set(.str("__hash__"), .none) }
      }
      setClassCell(cls, namespace)
      callSetNames(cls, namespace)
    }
    heap.track(cls)
    return cls
  }

  /// type_new_set_classcell: the `__class__` cell the body returned (and
  /// left as `__classcell__`) now holds the class; the name goes.
  private func setClassCell(_ cls: ObjectID, _ namespace: ObjectID) {
    guard case .object(let cell)? = heap.lookup(namespace, name: "__classcell__"), heap.kind(cell) == .cell else {
      return
    }
    heap.incref(cls, .container)
    heap.withItems(cell) { $0 = [.object(cls)] }
    if let old = heap.withTable(namespace, { $0.remove(.str("__classcell__")) }) { heap.decref(old, .unbind) }
  }

  /// A new-style class's own objects, as type_new makes them: the mro
  /// tuple (the class and its ancestors), the bases tuple, and for a class
  /// that introduces `__dict__` and `__weakref__` their two descriptors in
  /// its dict, each pointing back at the class. They make the class a
  /// cycle, so it is freed by a collection, never by `del` alone. The
  /// blocks are the measured ones (Profile.newStyleClassExtra): the tuples
  /// from the free list first serve as mro and bases; blocks beyond the
  /// parts (the weakref in `object`'s subclass list, caches) are kept for
  /// ever. A direct subclass of a builtin exception class gets only the
  /// `__weakref__` descriptor (BaseException has a `__dict__` already):
  /// one block fewer (measured).
  private func buildTypeParts(
    _ cls: ObjectID, bases: [Value], baseObjects: [Value], exceptionBase: Native?, slots: SlotLayout?
  ) -> [ObjectID] {
    let introducing = baseObjects.isEmpty
    var descriptors = !introducing ? [] : exceptionBase != nil ? ["__weakref__"] : ["__dict__", "__weakref__"]
    var blocks: [ObjectID] = []
    let tuples = introducing ? profile.newStyleClassTuples.introducing : profile.newStyleClassTuples.subclass
    var extra = introducing ? profile.newStyleClassExtra.introducing : profile.newStyleClassExtra.subclass
    if introducing && exceptionBase != nil { extra -= 1 }
    if let slots {
      // A member descriptor per name (members before getsets), then
      // `__weakref__`'s getset if asked for; no `__dict__`.
      descriptors = slots.names + (slots.weakrefable ? ["__weakref__"] : [])
      extra = profile.newStyleClassExtra.slotted + descriptors.count
    }
    let slotNames = slots.flatMap(makeSlotNameTuple)
    for _ in 0..<extra {
      blocks.append(heap.makeObject(.tuple, size: profile.objectSizes.tupleBase + 8, freeList: nil))
    }
    for _ in 0..<tuples {
      blocks.append(heap.makeObject(.tuple, size: profile.objectSizes.tupleBase + 16, freeList: .tuple(2)))
    }
    var parts = Array(blocks[extra...]) + Array(blocks[..<extra])
    while parts.count < 2 + descriptors.count {
      let block = heap.makeObject(.tuple, size: profile.objectSizes.tupleBase + 8, freeList: nil)
      blocks.append(block)
      parts.append(block)
    }
    for block in blocks {
      heap.track(block)
      heap.setInternal(block)
    }
    // __mro__: the class, its ancestors depth-first, then object.
    var ancestors: [ObjectID] = []
    for base in baseObjects.compactMap(\.objectID) {
      for a in classAndAncestors(base) where !ancestors.contains(a) { ancestors.append(a) }
    }
    let mro = parts.removeFirst()
    heap.incref(cls, .container)
    for a in ancestors { heap.incref(a, .container) }
    var builtinAncestors: [Value] = []
    var native = exceptionBase
    while let n = native {
      builtinAncestors.append(n.value)
      native = n.exceptionBase(in: program.dialect)
    }
    heap.setItems(
      mro, [.object(cls)] + ancestors.map(Value.object) + builtinAncestors + [Native.object.value])
    // __bases__ holds the references the class statement passed.
    let basesTuple = parts.removeFirst()
    heap.setItems(basesTuple, bases.isEmpty ? [Native.object.value] : bases)
    // tp_mro, tp_bases, and tp_base (the first base) when it is a class.
    var items: [Value] = [.object(mro), .object(basesTuple)]
    if let first = baseObjects.first {
      heap.incref(first, .container)
      items.append(first)
    }
    // The heap type's ht_slots, dropped with the class.
    if let slotNames { items.append(.object(slotNames)) }
    if introducing, let base = exceptionBase, let registry = subclassRegistry(of: base) {
      // The class holds it here; it goes with the base's last subclass.
      items.append(.object(registry))
    }
    heap.setItems(cls, items)
    if let namespace = heap.dictOf(cls) {
      for name in descriptors {
        let descriptor = parts.removeFirst()
        heap.incref(cls, .container)
        heap.setItems(descriptor, [.object(cls)])
        _ = try? storeInDict(namespace, key: .str(name), value: .object(descriptor))
      }
    }
    for block in parts { keepForever(block) }
    guard let slotNames else { return blocks }
    heap.setInternal(slotNames)
    return blocks + [slotNames]
  }

  /// type_new's set_names (3.6+): each namespace value with `__set_name__`
  /// (here, a property) is called through a bound builtin method, made and
  /// freed at once.
  private func callSetNames(_ cls: ObjectID, _ namespace: ObjectID) {
    guard !is27 else { return }
    for (_, value) in heap.tables[namespace.index].entries {
      guard case .object(let d) = value, heap.kind(d) == .descriptor, descriptorKind(d) == .property else { continue }
      callBoundBuiltinMethod(on: value, with: .object(cls)) {}
    }
  }

  /// 3.11's `tp_subclasses` dict of a builtin exception class that had no
  /// subclasses at startup: the one a live subclass holds, or a new one
  /// (untracked: the base type, not the collector, owns it). An owned
  /// reference; nil where the profile has no such cost.
  private func subclassRegistry(of base: Native) -> ObjectID? {
    guard let subclassed = profile.exceptionClassesSubclassedAtStartup,
      !subclassed.contains(base.exceptionClassName ?? "")
    else { return nil }
    for (c, native) in exceptionBaseOf where native == base && heap.isAlive(c) && heap.kind(c) == .classObject {
      for case .object(let d) in heap.items[c.index].dropFirst(2) where heap.kind(d) == .dict {
        heap.incref(d, .container)
        return d
      }
    }
    let registry = makeDictObject()
    heap.setInternal(registry)
    return registry
  }

  /// A class's bases, as the class statement gave them, from its bases
  /// tuple: an old-style class's only item (cl_bases; none without bases),
  /// a new-style one's second (tp_bases, after tp_mro).
  func classBases(_ cls: ObjectID) -> [Value] {
    let items = heap.items[cls.index]
    let slot = heap.isOldStyle(cls) ? 0 : 1
    guard items.count > slot, case .object(let bases) = items[slot] else { return [] }
    return heap.items[bases.index]
  }

  func importModule(_ name: String) throws(RunError) -> Value {
    let module: Value
    switch name {
    case "gc": module = Native.moduleGC.value
    case "sys": module = Native.moduleSys.value
    case "time": module = Native.moduleTime.value
    case "weakref": module = Native.moduleWeakref.value
    default: throw pythonError("ImportError", "No module named \(name)")
    }
    // IMPORT_NAME packs __import__'s arguments, and drops them after.
    if let n = profile.importArgumentTuple { heap.passInterpreterBlock(.tuple(n)) }
    initializeModule(name)
    return module
  }

  /// A module's first import: its init's allocations and the modules it
  /// imports.
  private func initializeModule(_ name: String) {
    guard let cost = profile.moduleImports[name], importedModules.insert(name).inserted else { return }
    let size = profile.objectSizes.builtinMethod
    for _ in 0..<cost.allocations { _ = heap.takeInterpreterBlock(nil, size: size) }
    for kind in cost.kept { _ = heap.takeInterpreterBlock(kind) }
    cost.temporary.forEach(heap.passInterpreterBlock)
    for m in cost.imports { initializeModule(m) }
  }

  // MARK: Containers

  func sequenceItems(_ v: Value) throws(RunError) -> [Value] {
    if case .object(let o) = v, heap.kind(o) == .list || heap.kind(o) == .tuple { return heap.items[o.index] }
    if case .native(let raw) = v, let r = ranges[raw] {
      let range = IntRange(start: r.0, stop: r.1, step: r.2)
      guard range.length <= UInt(Int.max) else { throw pythonError("MemoryError", "") }
      try reserveList(count: Int(range.length))
      return (0..<Int(range.length)).map { .int(range.value(at: $0)) }
    }
    throw pythonError(
      "TypeError", is27 ? "'\(typeName(v))' object is not iterable" : "cannot unpack non-iterable \(typeName(v)) object"
    )
  }

  /// unpack_iterable for what is not a list, tuple or range: exactly
  /// `count` items drawn from its iterator (owned), one more tried; nil
  /// for the sequences UNPACK_SEQUENCE reads directly.
  func unpackIterable(_ v: Value, count: Int) throws(RunError) -> [Value]? {
    switch plain(v) {
    case .object(let o) where heap.kind(o) == .list || heap.kind(o) == .tuple: return nil
    case .native(let raw) where ranges[raw] != nil: return nil
    case .object(let o) where [.dict, .iterator, .generator].contains(heap.kind(o)): break
    case .object(let o) where heap.kind(o) == .instance && userSpecialMethodExists(o, "__iter__"): break
    case .str: break
    default: return nil
    }
    // The value and its iterator are held in C while items are drawn.
    nativeDepth += 1
    defer { nativeDepth -= 1 }
    let iterator = try makeIterator(v)
    defer { heap.decref(iterator, .stack) }
    var items: [Value] = []
    // What was drawn goes when drawing fails (an error, too few, too many).
    func draw() throws(RunError) -> Value? {
      do {
        return try iteratorNext(iterator)
      } catch {
        for item in items { heap.decref(item, .stack) }
        throw error
      }
    }
    func fail(_ message: String) -> RunError {
      for item in items { heap.decref(item, .stack) }
      return pythonError("ValueError", message)
    }
    while items.count < count {
      guard let next = try draw() else {
        throw fail(
          is27
            ? "need more than \(items.count) value\(items.count == 1 ? "" : "s") to unpack"
            : "not enough values to unpack (expected \(count), got \(items.count))")
      }
      items.append(next)
    }
    if let extra = try draw() {
      heap.decref(extra, .stack)
      throw fail(is27 ? "too many values to unpack" : "too many values to unpack (expected \(count))")
    }
    return items
  }

  func normalizedIndex(_ index: Value, count: Int, what: String) throws(RunError) -> Int {
    // A bool is an int index (False is 0), bounds-checked like any other.
    guard var i = intValue(index) else {
      throw pythonError(
        "TypeError",
        is27
          ? "\(what) indices must be integers, not \(typeName(index))"
          : "\(what) indices must be integers or slices, not \(typeName(index))")
    }
    if i < 0 { i += count }
    guard i >= 0 && i < count else {
      throw pythonError("IndexError", "\(what) index out of range")
    }
    return i
  }

  func getItem(_ container: Value, _ index: Value) throws(RunError) -> Value {
    switch plain(container) {
    case .object(let o):
      switch heap.kind(o) {
      case .list, .tuple:
        let what = heap.kind(o) == .list ? "list" : "tuple"
        let items = heap.items[o.index]
        let v = items[try normalizedIndex(index, count: items.count, what: what)]
        heap.incref(v, .stack)
        return v
      case .dict:
        try requireHashable(index)
        guard let v = heap.lookup(o, key: plain(index)) else { throw try keyError(index) }
        heap.incref(v, .stack)
        return v
      case .instance:
        if let v = try userGetItem(o, index) { return v }
        // 2.7: a class's instances have sequence slots, so an index
        // is asked of sq_item (PySequence_GetItem), anything else of the
        // mapping.
        if is27 && intValue(index) != nil {
          throw pythonError("TypeError", "'\(typeName(container))' object does not support indexing")
        }
      default: break
      }
    case .str(let s):
      let chars = try codePoints(s)
      return .str(String(chars[try normalizedIndex(index, count: chars.count, what: "string")]))
    default: break
    }
    throw pythonError(
      "TypeError",
      is27
        ? "'\(typeName(container))' object has no attribute '__getitem__'"
        : "'\(typeName(container))' object is not subscriptable")
  }

  /// Lists, dicts and weak proxies have no hash (the keys the simulator
  /// can meet that are refused as dict keys).
  func isUnhashable(_ v: Value) -> Bool {
    guard case .object(let o) = v else { return false }
    return [.list, .dict, .dictView, .set].contains(heap.kind(o)) || isProxy(o) || hashIsNone(o)
  }

  /// 3.x: an instance of a class that defines `__eq__` without `__hash__`
  /// (its type's `__hash__` is None, type_ready_set_hash).
  func hashIsNone(_ o: ObjectID) -> Bool {
    guard !is27, heap.kind(o) == .instance, let cls = heap.classOf(o) else { return false }
    return lookupClassAttribute(cls, "__hash__") == Value.none
  }

  /// The TypeError a dict lookup raises for a key without a hash.
  func requireHashable(_ key: Value) throws(RunError) {
    if isUnhashable(key) { throw pythonError("TypeError", "unhashable type: '\(typeName(key))'") }
  }

  func storeSubscript(_ container: Value, _ index: Value, _ value: Value) throws(RunError) {
    if case .object(let o) = container {
      switch heap.kind(o) {
      case .list:
        let count = heap.items[o.index].count
        let i: Int
        do {
          i = try normalizedIndex(index, count: count, what: "list assignment")
        } catch {
          heap.decref(value, .stack)
          throw error
        }
        let old = heap.withItems(o, changing: SlotSpan(i)) { items -> Value in
          let old = items[i]
          items[i] = value
          return old
        }
        heap.decref(old, .container)
        return
      case .dict:
        if isUnhashable(index) {
          heap.decref(value, .stack)
          throw pythonError("TypeError", "unhashable type: '\(typeName(index))'")
        }
        try storeInDict(o, key: index, value: value)
        return
      case .instance:
        // STORE_SUBSCR drops the value once the call returns.
        defer { heap.decref(value, .stack) }
        if try userSetItem(o, index, value) { return }
        throw pythonError("TypeError", "'\(typeName(container))' object does not support item assignment")
      default: break
      }
    }
    heap.decref(value, .stack)
    throw pythonError(
      "TypeError",
      "'\(typeName(container))' object does not support item assignment")
  }

  func deleteSubscript(_ container: Value, _ index: Value) throws(RunError) {
    if case .object(let o) = container {
      switch heap.kind(o) {
      case .list:
        let i = try normalizedIndex(index, count: heap.items[o.index].count, what: "list assignment")
        let old = heap.withItems(o, changing: SlotSpan(i, andAfter: true)) { $0.remove(at: i) }
        heap.decref(old, .container)
        return
      case .dict:
        try requireHashable(index)
        let wanted = plain(index)
        guard let key = heap.tables[o.index].storedKey(wanted), let old = heap.withTable(o, { $0.remove(wanted) })
        else { throw try keyError(index) }
        heap.decref(key, .container)
        heap.decref(old, .container)
        return
      case .instance:
        if try userSetItem(o, index, nil) { return }
      default: break
      }
    }
    throw pythonError(
      "TypeError",
      "'\(typeName(container))' object doesn't support item deletion")
  }

  func sliceBounds(_ lower: Value, _ upper: Value, count: Int) throws(RunError) -> Range<Int> {
    func bound(_ v: Value, _ fallback: Int) throws(RunError) -> Int {
      switch v {
      case .none: return fallback
      case .int, .bool:
        var i = intValue(v)!
        if i < 0 { i += count }
        return min(max(i, 0), count)
      default: throw pythonError("TypeError", "slice indices must be integers or None or have an __index__ method")
      }
    }
    let lo = try bound(lower, 0)
    let hi = try bound(upper, count)
    return lo..<max(lo, hi)
  }

  func slice(_ container: Value, _ lower: Value, _ upper: Value) throws(RunError) -> Value {
    switch plain(container) {
    case .object(let o) where heap.kind(o) == .list || heap.kind(o) == .tuple:
      let items = heap.items[o.index]
      let range = try sliceBounds(lower, upper, count: items.count)
      // tupleslice / tuple_subscript: a whole tuple sliced is that tuple.
      if heap.kind(o) == .tuple && range.count == items.count { return keep(container) }
      let part = Array(items[range])
      for v in part { heap.incref(v, .container) }
      if heap.kind(o) == .list { return .object(try makeList(part)) }
      return .object(makeTuple(part, freeList: true))
    case .str(let s):
      let chars = try codePoints(s)
      let range = try sliceBounds(lower, upper, count: chars.count)
      // The whole str sliced is that str itself.
      if range.count == chars.count { return keep(container) }
      var text = String.UnicodeScalarView()
      text.append(contentsOf: chars[range])
      return makeString(String(text))
    default:
      throw pythonError("TypeError", "'\(typeName(container))' object is not subscriptable")
    }
  }

  /// `a[i:j] = v` (list_ass_slice; 2.7's STORE_SLICE ends there too),
  /// consuming `value`. PySequence_Fast takes a list or tuple as it is and
  /// makes a list of anything else (the list itself included: it is
  /// copied first); the new items go in, then the replaced ones are
  /// dropped last to first, then that sequence.
  func storeSlice(_ container: Value, _ lower: Value, _ upper: Value, _ value: Value) throws(RunError) {
    defer { heap.decref(value, .stack) }
    guard case .object(let o) = container, heap.kind(o) == .list else {
      if case .object(let o) = container, heap.isOldStyle(o) {
        throw unsupported("slice assignment to an old-style instance")
      }
      if case .object(let o) = container, heap.kind(o) == .dict {
        // A dict is asked to store under the slice object, which has no hash.
        throw pythonError("TypeError", is27 ? "unhashable type" : "unhashable type: 'slice'")
      }
      throw pythonError("TypeError", "'\(typeName(container))' object does not support item assignment")
    }
    let range = try sliceBounds(lower, upper, count: heap.items[o.index].count)
    let sequence: Value
    switch value {
    case .object(let v) where v != o && (heap.kind(v) == .list || heap.kind(v) == .tuple):
      sequence = keep(value)
    default:
      sequence = .object(try makeList(try iterate(value, notIterable: profile.sliceAssignNotIterableMessage)))
    }
    defer { heap.decref(sequence, .stack) }
    let incoming = heap.items[sequence.objectID!.index]
    try reserve(bytes: 8 * max(0, incoming.count - range.count))
    for v in incoming { heap.incref(v, .container) }
    let replaced = heap.withItems(o, changing: SlotSpan(range.lowerBound, andAfter: true)) { items -> [Value] in
      let part = Array(items[range])
      items.replaceSubrange(range, with: incoming)
      return part
    }
    for v in replaced.reversed() { heap.decref(v, .container) }
  }

  func deleteSlice(_ container: Value, _ lower: Value, _ upper: Value) throws(RunError) {
    guard case .object(let o) = container, heap.kind(o) == .list else {
      throw pythonError("TypeError", "'\(typeName(container))' object does not support slice deletion")
    }
    let range = try sliceBounds(lower, upper, count: heap.items[o.index].count)
    let removed = heap.withItems(o) { items -> [Value] in
      let part = Array(items[range])
      items.removeSubrange(range)
      return part
    }
    // list_ass_slice drops the removed items last to first.
    for v in removed.reversed() { heap.decref(v, .container) }
  }

  // MARK: Iteration

  func makeIterator(_ iterable: Value) throws(RunError) -> Value {
    switch plain(iterable) {
    case .object(let o) where heap.kind(o) == .iterator || heap.kind(o) == .generator:
      // An iterator is its own iterator.
      heap.incref(o, .stack)
      return iterable
    case .object(let o) where heap.kind(o) == .dict:
      return .object(makeDictIterator(o, .keys))
    case .object(let v) where heap.kind(v) == .dictView:
      guard case .object(let d) = heap.items[v.index][0] else { return .none }
      return .object(makeDictIterator(d, dictViewPart(v)))
    case .object(let s) where heap.kind(s) == .set || heap.kind(s) == .frozenset:
      return try makeSetIterator(s)
    case .object(let o) where [.list, .tuple].contains(heap.kind(o)):
      let it = heap.makeObject(.iterator, size: profile.objectSizes.iterator, freeList: nil)
      heap.incref(o, .container)
      heap.setItems(it, [iterable])
      heap.setAux(it, 0)
      // Its type's name (a list's is the default).
      if heap.kind(o) == .tuple { heap.setLabel(it, is27 ? "tupleiterator" : "tuple_iterator") }
      heap.track(it)
      return .object(it)
    case .native(let raw) where ranges[raw] != nil:
      let r = ranges[raw]!
      let id = nextNativeID()
      rangeIterators[id] = (r.0, r.1, r.2)
      return .native(id)
    case .str(let s):
      let chars = try codePoints(s).map { Value.str(String($0)) }
      let it = heap.makeObject(.iterator, size: profile.objectSizes.iterator, freeList: nil)
      let t = makeTuple(chars, freeList: false)
      heap.setItems(it, [.object(t)])
      heap.setAux(it, 0)
      heap.setLabel(it, is27 ? "iterator" : s.utf8.allSatisfy { $0 < 0x80 } ? "str_ascii_iterator" : "str_iterator")
      heap.track(it)
      return .object(it)
    case .object(let o) where heap.kind(o) == .instance:
      if let iterator = try userIterator(o) { return iterator }
      // PyObject_GetIter falls back on `__getitem__` (a sequence
      // iterator); the simulator does not walk one.
      if userSpecialMethodExists(o, "__getitem__") {
        throw unsupported("iterating an instance of a class with __getitem__")
      }
      if isClassicInstance(o) { throw pythonError("TypeError", "iteration over non-sequence") }
      throw pythonError("TypeError", "'\(typeName(iterable))' object is not iterable")
    default:
      throw pythonError("TypeError", "'\(typeName(iterable))' object is not iterable")
    }
  }

  /// What an iterator walks (its first item).
  private func iterable(of it: ObjectID) -> Value { heap.items[it.index].first ?? .none }

  func iteratorNext(_ iterator: Value) throws(RunError) -> Value? {
    switch iterator {
    case .object(let gen) where heap.kind(gen) == .generator:
      return try resumeGenerator(gen)
    case .object(let o) where heap.kind(o) == .instance:
      return try userIteratorNext(o)
    case .object(let it) where heap.label(it) == "enumerate":
      return try enumerateNext(it)
    case .object(let it) where heap.label(it) == "zip":
      return try zipNext(it)
    case .object(let it) where heap.label(it).hasPrefix("list") && heap.label(it).hasSuffix("reverseiterator"):
      return reverseNext(it)
    case .object(let it):
      guard case .object(let seq) = heap.items[it.index].first ?? .none else { return nil }
      let index = Int(heap.aux(it))
      if heap.kind(seq) == .dict { return try dictIteratorNext(it, seq, index: index) }
      if heap.kind(seq) == .set || heap.kind(seq) == .frozenset { return try setIteratorNext(it, seq) }
      let items = heap.items[seq.index]
      guard index < items.count else {
        // An exhausted iterator lets go of its sequence.
        heap.setItems(it, [])
        heap.decref(seq, .release)
        return nil
      }
      heap.setAux(it, Int32(index + 1))
      heap.incref(items[index], .stack)
      return items[index]
    case .native(let raw):
      guard var r = rangeIterators[raw] else { return nil }
      if (r.step > 0 && r.next >= r.stop) || (r.step < 0 && r.next <= r.stop) {
        rangeIterators[raw] = nil
        return nil
      }
      let v = r.next
      // Past Int's end is past the stop too: the next call ends.
      let (next, overflow) = r.next.addingReportingOverflow(r.step)
      r.next = overflow ? r.stop : next
      rangeIterators[raw] = r
      return .int(v)
    default:
      return nil
    }
  }

  /// 2.7 `instancemethod_call` (Objects/classobject.c) for an unbound
  /// method: the first argument must be an instance of `im_class`, checked
  /// with `PyObject_IsInstance` (which may allocate, see askInstanceCheck27).
  func checkUnboundSelf27(_ method: ObjectID, _ args: [Value]) throws(RunError) {
    let items = heap.items[method.index]
    guard items.count > 2, case .object(let fn) = items[0] else { return }
    if let first = args.first, try isInstance(first, items[2]) { return }
    let got = args.first.map { "\(typeName($0)) instance" } ?? "nothing"
    let cls = items[2].objectID.map { heap.label($0) } ?? "?"
    throw pythonError(
      "TypeError",
      "unbound method \(heap.label(fn))() must be called with \(cls) instance as first argument (got \(got) instead)")
  }

  func nextNativeID() -> Int32 {
    nativeCounter += 1
    return 10_000 + nativeCounter
  }
}
