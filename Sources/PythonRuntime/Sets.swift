import GCEngine
import PythonFrontEnd

/// set and frozenset (Objects/setobject.c): building, the methods the
/// simulator runs, iteration in table-slot order, repr. The table itself
/// is the heap's (Heap+Sets.swift); hashes are SetHashes.swift's.
extension Interpreter {
  func isSetObject(_ v: Value) -> ObjectID? {
    guard case .object(let o) = v, heap.kind(o) == .set || heap.kind(o) == .frozenset else { return nil }
    return o
  }

  /// Python `==` between two keys whose hashes are equal (built-in
  /// elements only: a user `__eq__` is refused before it gets here).
  var setKeyEquality: Heap.KeyEquality {
    { [unowned self] a, b in (try? self.equal(a, b)) ?? false }
  }

  /// PySet_Add: the element's hash first (its TypeError if unhashable).
  func addToSet(_ s: ObjectID, _ element: Value) throws(RunError) {
    let hash = try setElementHash(element)
    if hash.byAddress { try checkFinalizationOrder(s, adding: element) }
    heap.setAdd(s, element, hash: hash.value, equal: setKeyEquality)
  }

  /// A dying set releases its keys in slot order: among keys hashed by
  /// address, an object with `__del__` would show that order.
  private func checkFinalizationOrder(_ s: ObjectID, adding element: Value) throws(RunError) {
    func finalizes(_ v: Value) -> Bool { v.objectID.map { heap.instanceHasFinalizer($0) } ?? false }
    for k in heap.setKeys(s) where k != element && (finalizes(k) || finalizes(element)) {
      if try setElementHash(k).byAddress {
        throw unsupported(
          "a set holding objects with __del__ among other objects hashed by address (the order they are "
            + "released in depends on real addresses)")
      }
    }
  }

  /// set_contains, set.discard, set.remove: a set key is looked up as
  /// the frozenset of its keys (a temporary one, made and dropped).
  func setKeyHash(_ element: Value) throws(RunError) -> SetElementHash {
    guard let key = isSetObject(element), heap.kind(key) == .set else { return try setElementHash(element) }
    // The failed hash's TypeError is matched first (2.7: through
    // type.__subclasscheck__).
    askSubclassCheck27(Native.typeError.value, Native.typeError.value)
    let temporary = heap.makeSet(frozen: true)
    heap.setMerge(temporary, from: key, equal: setKeyEquality)
    defer { heap.decref(temporary, .stack) }
    return try setElementHash(.object(temporary))
  }

  func setHas(_ s: ObjectID, _ element: Value) throws(RunError) -> Bool {
    let hash = try setKeyHash(element)
    return heap.setContains(s, element, hash: hash.value, equal: setKeyEquality)
  }

  /// set(x) / frozenset(x) (make_new_set + set_update_internal): a set
  /// or frozenset is merged table to table, anything else drawn through
  /// its iterator. frozenset of a frozenset is that frozenset, and 2.7's
  /// empty frozenset() is one shared object.
  func callSetType(frozen: Bool, _ args: [Value]) throws(RunError) -> Value {
    if frozen, let source = args.first, isSetObject(source).map({ heap.kind($0) == .frozenset }) == true {
      heap.incref(source, .stack)
      return source
    }
    if frozen && args.isEmpty && is27 { return emptyFrozenset27() }
    let s = heap.makeSet(frozen: frozen)
    guard let source = args.first else { return .object(s) }
    do throws(RunError) {
      try updateSet(s, from: source)
    } catch {
      heap.decref(s, .stack)
      throw error
    }
    if frozen && is27 && heap.setCount(s) == 0 {
      // An empty result gives way to the shared empty frozenset.
      heap.decref(s, .stack)
      return emptyFrozenset27()
    }
    return .object(s)
  }

  /// 2.7's `emptyfrozenset`: made before the script starts, never freed.
  private func emptyFrozenset27() -> Value {
    let shared: ObjectID
    if let made = emptyFrozenset {
      shared = made
    } else {
      shared = heap.makeSet(frozen: true, preexisting: true)
      heap.setInternal(shared)
      emptyFrozenset = shared
    }
    heap.incref(shared, .stack)
    return .object(shared)
  }

  /// set_update_internal.
  func updateSet(_ s: ObjectID, from source: Value) throws(RunError) {
    if let other = isSetObject(source) {
      heap.setMerge(s, from: other, equal: setKeyEquality)
      return
    }
    if case .object(let d) = source, heap.kind(d) == .dict {
      // The dict branch: room for all its keys first, then each added.
      heap.setReserve(s, incoming: heap.tableCount(d))
      for (key, _) in heap.tables[d.index].entries { try addToSet(s, key) }
      return
    }
    let iterator = try makeIterator(source)
    defer { heap.decref(iterator, .stack) }
    while let item = try iteratorNext(iterator) {
      defer { heap.decref(item, .stack) }
      try addToSet(s, item)
    }
  }

  /// BUILD_SET: a new set, the elements added first to last (each
  /// dropped from the stack as it goes; an unhashable one stops the adding
  /// but the rest are still dropped, then the set).
  func buildSet(_ values: [Value]) throws(RunError) -> ObjectID {
    let s = heap.makeSet(frozen: false)
    var failure: RunError?
    for v in values {
      if failure == nil {
        do throws(RunError) { try addToSet(s, v) } catch { failure = error }
      }
      heap.decref(v, .stack)
    }
    if let failure {
      heap.decref(s, .stack)
      throw failure
    }
    return s
  }

  /// 3.x `{c1, c2, c3, ...}` of three or more constants: BUILD_SET 0, then
  /// SET_UPDATE with the frozenset constant the compiler made of them
  /// (kept by the code object, so made once and never counted).
  func buildSetFromConstants(_ slot: Int, in code: CodeObject) throws(RunError) -> ObjectID {
    let key = ConstantKey(code: ObjectIdentifier(code), slot: slot)
    let constant: ObjectID
    if let made = constantFrozensets[key] {
      constant = made
    } else {
      constant = heap.makeSet(frozen: true, preexisting: true)
      for v in code.constantTuples[slot] ?? [] { try addToSet(constant, v) }
      constantFrozensets[key] = constant
    }
    let s = heap.makeSet(frozen: false)
    heap.setMerge(s, from: constant, equal: setKeyEquality)
    return s
  }

  struct ConstantKey: Hashable {
    var code: ObjectIdentifier
    var slot: Int
  }

  /// Iteration, repr, pop and list() follow the table's slot order: with
  /// an element hashed by its address among others, that order is not the
  /// real one, so it is refused.
  func checkSetOrder(_ s: ObjectID, _ what: String) throws(RunError) {
    let keys = heap.setKeys(s)
    guard keys.count > 1 else { return }
    for k in keys where try setElementHash(k).byAddress {
      throw unsupported(
        "\(what) of a set holding objects hashed by address (their order depends on real addresses)")
    }
  }

  /// A set iterator (setiterobject): [set, size it started with]; its
  /// position in the aux.
  func makeSetIterator(_ s: ObjectID) throws(RunError) -> Value {
    try checkSetOrder(s, "iterating")
    let it = heap.makeObject(.iterator, size: profile.sets?.iteratorSize ?? 0, freeList: nil)
    heap.incref(s, .container)
    heap.setItems(it, [.object(s), .int(heap.setCount(s))])
    heap.setAux(it, 0)
    heap.setLabel(it, is27 ? "setiterator" : "set_iterator")
    heap.track(it)
    return .object(it)
  }

  /// setiter_iternext.
  func setIteratorNext(_ it: ObjectID, _ s: ObjectID) throws(RunError) -> Value? {
    let held = heap.items[it.index]
    if case .int(let used) = held[1], used != heap.setCount(s) {
      heap.withItems(it) { $0[1] = .int(-1) }
      throw pythonError("RuntimeError", "Set changed size during iteration")
    }
    guard let (key, next) = heap.setNextKey(s, from: Int(heap.aux(it))) else {
      heap.withItems(it) { $0 = [] }
      heap.decref(s, .release)
      return nil
    }
    heap.setAux(it, Int32(truncatingIfNeeded: next))
    heap.incref(key, .stack)
    return key
  }

  /// set_richcompare's ==: a set equals a frozenset with the same keys.
  func setsEqual(_ x: ObjectID, _ y: ObjectID) throws(RunError) -> Bool {
    guard heap.setCount(x) == heap.setCount(y) else { return false }
    for k in heap.setKeys(x) where try !setHas(y, k) { return false }
    return true
  }

  /// set_repr: `{1, 2}` / `frozenset({1})` in 3.x, `set([1, 2])` in 2.7;
  /// empty: `set()`, `frozenset()` (2.7: `set([])`).
  func setRepr(_ s: ObjectID, _ state: inout ReprState) throws(RunError) -> String {
    try checkSetOrder(s, "the repr")
    let name = heap.kind(s) == .frozenset ? "frozenset" : "set"
    // set_repr lists the keys first (PySequence_List: a new list, filled
    // through a set iterator); 2.7's print statement uses set_tp_print,
    // which writes them directly.
    var keysList: ObjectID?
    if heap.setCount(s) > 0 && !(is27 && state.printing) {
      let list = try makeList([])
      keysList = list
      for k in try iterate(.object(s)) { heap.appendItem(list, k) }
    }
    defer { if let keysList { heap.decref(keysList, .stack) } }
    var pieces: [String] = []
    for k in heap.setKeys(s) {
      var text = ""
      try writeRepr(k, into: &text, &state)
      pieces.append(text)
    }
    let joined = pieces.joined(separator: ", ")
    if is27 { return "\(name)([\(joined)])" }
    if pieces.isEmpty { return "\(name)()" }
    return name == "set" ? "{\(joined)}" : "frozenset({\(joined)})"
  }

  /// The methods of set the simulator runs.
  func callSetMethod(_ native: Native, _ s: ObjectID, _ args: [Value]) throws(RunError) -> Value {
    switch native {
    case .setAdd:
      try addToSet(s, args[0])
      return .none
    case .setDiscard, .setRemove:
      let hash = try setKeyHash(args[0])
      if !heap.setDiscard(s, args[0], hash: hash.value, equal: setKeyEquality) && native == .setRemove {
        throw try keyError(args[0])
      }
      return .none
    case .setPop:
      try checkSetOrder(s, "pop()")
      guard let key = heap.setPop(s) else { throw try keyError(.str("pop from an empty set")) }
      return key
    case .setClear:
      heap.setClear(s)
      return .none
    case _ where Native.setVarargsMethods.contains(native) && !args.isEmpty:
      // METH_VARARGS: the arguments travel in a tuple (free list).
      let tuple = makeTuple(args, freeList: true, takeReferences: false)
      defer { heap.decref(tuple, .stack) }
      return try callSetAlgebraMethod(native, s, args)
    default:
      return try callSetAlgebraMethod(native, s, args)
    }
  }
}
