import GCEngine
import PythonFrontEnd

/// Every reference the interpreter holds, named as a Python programmer
/// would name it: what the inspector lists as an object's referrers, so
/// that they add up to its refcount. `rootReferences` (the invariant the
/// tests check after every line) counts exactly these, so a reference the
/// interpreter starts holding without a name here breaks that check.
extension Interpreter {
  /// The interpreter's references outside frames and objects, each with
  /// its name (built only when `body` asks for it); the startup stand-ins
  /// (thousands, never shown) only if `startupStandIns`.
  public func forEachInterpreterReference(
    startupStandIns: Bool = true, _ body: (_ name: () -> String, _ value: Value) -> Void
  ) {
    if holdsMainModule { body({ "sys.modules['__main__'] (the module's globals)" }, .object(globals)) }
    body({ "the gc module (gc.garbage)" }, .object(heap.garbageList))
    if startupStandIns { for id in heap.startupIDs { body({ "made at interpreter startup" }, .object(id)) } }
    if let list = callbackList { body({ "weakref callbacks waiting to run" }, .object(list)) }
    if let t = sharedEmptyTuple { body({ "the shared empty tuple ()" }, .object(t)) }
    for t in arenaConstants { body({ "the compiler's folded constants" }, .object(t)) }
    if let list = pendingList { body({ "sys.stdout's unflushed output" }, .object(list)) }
    if let first = pendingFirst { body({ "sys.stdout's unflushed output" }, first) }
    for id in classInternals { body({ "type internals (kept for the run)" }, .object(id)) }
    for id in constantFrozensets.values { body({ "code constants (frozenset)" }, .object(id)) }
    if let id = emptyFrozenset { body({ "the shared empty frozenset" }, .object(id)) }
    for loaded in loadedCodes {
      let code = loaded.code
      for slot in code.constantTuples.keys {
        body({ "code constants of \(code.kind == .module ? "<module>" : code.qualifiedName)" }, loaded.constants[slot])
      }
    }
    for (hold, value) in heldByC { body({ describe(hold) }, value) }
    body({ "the exception being handled (sys.exc_info())" }, handled3)
    // 2.7: the thread state's exception and `sys.exc_*` each hold one.
    for (n, v) in [handled27.type, handled27.value, handled27.traceback].enumerated() {
      let name = ["type", "value", "traceback"][n]
      body({ "the thread state's exc_\(name)" }, v)
      body({ "sys.exc_\(name)" }, v)
    }
  }

  /// Runs `body` with `holds` counted as references C code holds in its
  /// own variables, so the inspector can name them while Python code it
  /// calls runs.
  func holdingInC<T>(_ holds: [(hold: CHold, value: Value)], _ body: () throws(RunError) -> T) throws(RunError) -> T {
    heldByC += holds
    defer { heldByC.removeLast(holds.count) }
    return try body()
  }

  /// The same for one hold, or two: no array made per call (these run on
  /// every `__init__`, `__del__` and call from C).
  @inline(__always) func holdingInC<T>(
    _ hold: CHold, _ value: Value, and second: (hold: CHold, value: Value)? = nil, _ body: () throws(RunError) -> T
  ) throws(RunError) -> T {
    heldByC.append((hold, value))
    if let second { heldByC.append(second) }
    defer { heldByC.removeLast(second == nil ? 1 : 2) }
    return try body()
  }

  /// A hold's name, made only when the inspector asks for it.
  func describe(_ hold: CHold) -> String {
    switch hold {
    case .builtinArguments(let native): return "argument tuple of the running \(native.pythonName)()"
    case .boundMethodForC(let function): return "bound method \(heap.label(function)) made to call it from C"
    case .packedArguments: return "the arguments packed for that call"
    case .callArguments: return "argument tuple of that call"
    case .underConstruction(let cls): return "\(heap.label(cls))() under construction"
    case .constructorArguments(let cls): return "argument tuple of \(heap.label(cls))()"
    case .newInstanceDict(let cls): return "__dict__ of a new \(heap.label(cls)) instance"
    case .delCaller: return "the caller of its __del__"
    case .callbackCaller: return "the caller of its callback"
    case .callbackBeingCalled: return "the weakref callback being called"
    case .callbackArguments: return "argument tuple of the weakref callback"
    case .slotWrapperArguments(let op): return "arguments of object.\(Interpreter.comparisonNames[op]) called as a slot"
    case .slotWrapperRest: return "its arguments after self"
    case .listItemCompared: return "the list item being compared"
    case .otherListItemCompared: return "the other list's item being compared"
    case .printWriteMethod: return "print's sys.stdout.write, bound while it writes"
    case .stdoutManagedBuffer: return "sys.stdout's BufferedWriter, making a memoryview of its buffer"
    }
  }

  /// What frame `index` holds besides its locals and its stack, named.
  func forEachFrameInternal(at index: Int, _ body: (_ name: String, _ value: Value) -> Void) {
    let f = frames[index]
    // (2.7: a generator's frame object is its generator's reference.)
    if let fo = f.frameObject, !(is27 && f.code.isGenerator) { body("frame object", .object(fo)) }
    if f.code.kind == .classBody { body("class body's namespace", .object(f.namespace)) }
    if let saved = f.savedException {
      body("saved exc_type", saved.type)
      body("saved exc_value", saved.value)
      body("saved exc_traceback", saved.traceback)
    }
  }

  /// The references `id` holds (see `Heap.forEachHeldReference`),
  /// labelled as `inspectReferences` labels them, when they are not what
  /// it gives: an instance's class (`__class__`) and a 2.7 instance's
  /// `__dict__` alone (its attributes are the dict's), a function's
  /// globals and defaults, no references at all for a 2.7 frame object that
  /// mirrors a running frame. Nil: the same references.
  public func inspectHeldReferences(_ id: ObjectID) -> [InspectedReference]? {
    switch heap.kind(id) {
    case .list, .tuple, .dict, .set, .frozenset, .str: return nil
    default: break
    }
    let drawn = inspectReferences(id)
    var unmatched = drawn.filter { !$0.isWeak }
    let classID = heap.kind(id) == .instance || heap.kind(id) == .exception ? heap.classOf(id) : nil
    var classLinkSeen = false
    var held: [InspectedReference] = []
    heap.forEachHeldReference(id) { target in
      if target == classID && !classLinkSeen {
        classLinkSeen = true
        held.append(InspectedReference(label: "__class__", target: target, isWeak: false))
      } else if let k = unmatched.firstIndex(where: { $0.target == target }) {
        held.append(unmatched.remove(at: k))
      } else {
        held.append(InspectedReference(label: heldLabel(id, target), target: target, isWeak: false))
      }
    }
    return held == drawn ? nil : held
  }

  /// The name of a held reference `inspectReferences` does not show.
  private func heldLabel(_ id: ObjectID, _ target: ObjectID) -> String {
    let items = heap.items[id.index]
    switch heap.kind(id) {
    case .function:
      if items.first == .object(target) { return "__globals__" }
      if items.count > 1 && items[1] == .object(target) { return "__defaults__" }
    case .classObject:
      return EdgeLabel.helper
    default:
      break
    }
    if heap.dictOf(id) == target { return "__dict__" }
    return "(internal)"
  }
}

/// What C code holds in its own variables while Python code runs inside
/// it, by kind: its name is only made when the inspector asks.
enum CHold {
  case builtinArguments(Native)
  case boundMethodForC(ObjectID)
  case packedArguments, callArguments
  case underConstruction(ObjectID), constructorArguments(ObjectID), newInstanceDict(ObjectID)
  case delCaller
  case callbackCaller, callbackBeingCalled, callbackArguments
  case slotWrapperArguments(Int), slotWrapperRest
  case listItemCompared, otherListItemCompared
  case printWriteMethod
  case stdoutManagedBuffer
}
