import GCEngine
import PythonFrontEnd

/// `==`, `!=`, `<`, `<=`, `>`, `>=` where a user instance takes part, as
/// each version's PyObject_RichCompare tries the two sides. A user method
/// must give a bool; one giving NotImplemented (which makes 2.7 call the
/// methods again in its fallbacks) or another object is refused.
extension Interpreter {
  /// The comparison methods by operator, as the compiler numbers them:
  /// == != < <= > >=.
  static let comparisonNames = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]
  /// `a < b` tried from `b`'s side is `b > a` (_Py_SwappedOp).
  static let swappedComparison = [0, 1, 4, 5, 2, 3]

  private enum Outcome {
    case result(Bool)
    case notImplemented
  }

  /// The class of a user instance, nil for anything else.
  func userInstanceClass(_ v: Value) -> ObjectID? {
    guard case .object(let o) = v, heap.kind(o) == .instance else { return nil }
    return heap.classOf(o)
  }

  /// Whether the class or a user base defines one of the six methods: its
  /// type then has slot_tp_richcompare; otherwise object's (3.x) or none
  /// (2.7).
  func definesComparisons(_ cls: ObjectID) -> Bool {
    Interpreter.comparisonNames.contains { lookupClassAttribute(cls, $0) != nil }
  }

  /// Whether `v` and `w` compare through user methods here: one is a user
  /// instance, and neither a weak proxy (proxy_richcompare compares the
  /// referent instead).
  func comparesThroughUserMethods(_ v: Value, _ w: Value) -> Bool {
    guard userInstanceClass(v) != nil || userInstanceClass(w) != nil else { return false }
    if case .object(let o) = v, isProxy(o) { return false }
    if case .object(let o) = w, isProxy(o) { return false }
    return true
  }

  /// The comparison `op` of `v` and `w`, one of them a user instance.
  func userRichCompare(_ op: Int, _ v: Value, _ w: Value) throws(RunError) -> Bool {
    if case .result(let r) = try (is27 ? tryMethods27(op, v, w) : trySides3(op, v, w)) { return r }
    // Neither side answered: identity for == and !=.
    switch op {
    case 0: return isSame(v, w)
    case 1: return !isSame(v, w)
    default:
      let symbols = ["<", "<=", ">", ">="]
      // 2.7 orders them by type name, then address: not simulated.
      if is27 { throw unsupported("ordering with '\(symbols[op - 2])' a \(typeName(v)) and a \(typeName(w))") }
      throw pythonError(
        "TypeError",
        "'\(symbols[op - 2])' not supported between instances of '\(typeName(v))' and '\(typeName(w))'")
    }
  }

  /// 3.x do_richcompare: `w`'s reflected method first when its type is a
  /// proper subclass of `v`'s, then `v`'s, then `w`'s. A builtin type's
  /// richcompare gives NotImplemented for a user instance.
  private func trySides3(_ op: Int, _ v: Value, _ w: Value) throws(RunError) -> Outcome {
    let swapped = Interpreter.swappedComparison[op]
    let vClass = userInstanceClass(v)
    let wClass = userInstanceClass(w)
    var checkedReverse = false
    if let vClass, let wClass, vClass != wClass, classAndAncestors(wClass).contains(vClass) {
      checkedReverse = true
      if case .result(let r) = try slotCompare3(w, v, swapped) { return .result(r) }
    }
    if vClass != nil, case .result(let r) = try slotCompare3(v, w, op) { return .result(r) }
    if !checkedReverse, wClass != nil, case .result(let r) = try slotCompare3(w, v, swapped) { return .result(r) }
    return .notImplemented
  }

  /// A user instance's tp_richcompare: slot_tp_richcompare when its class
  /// defines a comparison (the method by name; object's own wrapper when the
  /// class lacks that one), object_richcompare otherwise.
  private func slotCompare3(_ this: Value, _ other: Value, _ op: Int) throws(RunError) -> Outcome {
    guard let cls = userInstanceClass(this), definesComparisons(cls) else {
      return objectRichCompare(this, other, op)
    }
    if let function = try userSpecialMethod(this, Interpreter.comparisonNames[op]) {
      return try comparisonResult(function, this, other, op)
    }
    // object.__ne__ (or __lt__, ...) called as a slot wrapper:
    // _PyObject_MakeTpCall packs (self, other), wrapperdescr_call slices
    // off self; then object_richcompare, whose != asks the type's == (this
    // slot again) and inverts it.
    let packed = makeTuple([this, other], freeList: true, takeReferences: false)
    let sliced = makeTuple([other], freeList: true, takeReferences: false)
    defer {
      heap.decref(sliced, .stack)
      heap.decref(packed, .stack)
    }
    if op == 1,
      case .result(let equal) = try holdingInC(
        .slotWrapperArguments(op), .object(packed), and: (.slotWrapperRest, .object(sliced)),
        { () throws(RunError) in try slotCompare3(this, other, 0) })
    {
      return .result(!equal)
    }
    return op == 0 && isSame(this, other) ? .result(true) : .notImplemented
  }

  /// object_richcompare: == is identity (else NotImplemented), != the
  /// inverse of ==, orderings NotImplemented.
  private func objectRichCompare(_ this: Value, _ other: Value, _ op: Int) -> Outcome {
    switch op {
    case 0: return isSame(this, other) ? .result(true) : .notImplemented
    case 1: return isSame(this, other) ? .result(false) : .notImplemented
    default: return .notImplemented
    }
  }

  /// 2.7: the user methods PyObject_RichCompare reaches, in its order; the
  /// first one found answers (half_richcompare: a bound method, the other
  /// operand packed in a tuple). Without one, the 3-way default decides.
  private func tryMethods27(_ op: Int, _ v: Value, _ w: Value) throws(RunError) -> Outcome {
    let swapped = Interpreter.swappedComparison[op]
    let vClass = userInstanceClass(v)
    let wClass = userInstanceClass(w)
    // try_rich_compare asks a proper subclass's side first; the same-type
    // fast path and the rest ask `v`'s slot, which tries `v`'s method
    // then `w`'s.
    let subclassFirst =
      vClass != nil && wClass != nil && vClass != wClass && !isClassicInstance(v.objectID!)
      && classAndAncestors(wClass!).contains(vClass!)
    let order: [(Value, Value, Int)] = subclassFirst ? [(w, v, swapped), (v, w, op)] : [(v, w, op), (w, v, swapped)]
    for (this, other, o) in order {
      guard let cls = userInstanceClass(this) else { continue }
      // A classic instance looks the method up itself (instance_richcompare);
      // a new-style one only with slot_tp_richcompare in its type.
      guard isClassicInstance(this.objectID!) || definesComparisons(cls),
        let function = try userSpecialMethod(this, Interpreter.comparisonNames[o])
      else { continue }
      return try comparisonResult(function, this, other, o)
    }
    return .notImplemented
  }

  private func comparisonResult(_ function: ObjectID, _ this: Value, _ other: Value, _ op: Int) throws(RunError)
    -> Outcome
  {
    let result = try callSpecialMethod(function, on: this.objectID!, [other])
    defer { heap.decref(result, .stack) }
    guard case .bool(let b) = result else {
      throw unsupported("a \(Interpreter.comparisonNames[op]) returning a \(typeName(result))")
    }
    return .result(b)
  }
}
