import GCEngine
import PythonFrontEnd

/// Arithmetic, comparison and truth on the subset's values.
extension Interpreter {
  func truthy(_ v: Value) throws(RunError) -> Bool {
    if case .object(let p) = v, isProxy(p) {
      // proxy_bool: the referent's truth.
      return try withProxyReferent(p) { (referent) throws(RunError) in try truthy(referent) }
    }
    switch plain(v) {
    case .none: return false
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .float(let x): return x != 0
    case .str(let s): return !s.isEmpty
    case .native: return true
    case .object(let o):
      switch heap.kind(o) {
      case .list, .tuple: return !heap.items[o.index].isEmpty
      case .dict: return heap.tableCount(o) > 0
      case .dictView: return dictOfView(o).map { heap.tableCount($0) > 0 } ?? false
      case .set, .frozenset: return heap.setCount(o) > 0
      case .instance: return try userTruth(o) ?? true
      default: return true
      }
    }
  }

  /// 3.x's TypeError where an int was wanted and another object came
  /// (PyNumber_Index).
  func notAnInteger(_ v: Value) -> RunError {
    pythonError("TypeError", "'\(typeName(v))' object cannot be interpreted as an integer")
  }

  func overflow() -> RunError {
    .limit(
      .unsupported(
        "integers beyond 64 bits are not supported by the simulator", line: currentLocation.line,
        column: currentLocation.column))
  }

  /// Operator index as the compiler numbers them: + - * // %.
  func binaryOperation(_ op: Int, _ left: Value, _ right: Value, inPlace: Bool) throws(RunError) -> Value {
    if let result = try setOperation(op, left, right, inPlace: inPlace) { return result }
    if let a = intValue(left), let b = intValue(right) {
      switch op {
      case 0:
        let (r, o) = a.addingReportingOverflow(b)
        if o { throw overflow() }
        return .int(r)
      case 1:
        let (r, o) = a.subtractingReportingOverflow(b)
        if o { throw overflow() }
        return .int(r)
      case 2:
        let (r, o) = a.multipliedReportingOverflow(by: b)
        if o { throw overflow() }
        return .int(r)
      case 3, 4:
        guard b != 0 else {
          // 3.x names the operation of `%` alone (long_mod).
          throw pythonError(
            "ZeroDivisionError", op == 4 && !is27 ? "integer modulo by zero" : "integer division or modulo by zero")
        }
        // Int.min // -1 is 2**63, past 64 bits; its remainder is 0.
        if a == Int.min && b == -1 {
          if op == 3 { throw overflow() }
          return .int(0)
        }
        var q = a / b
        var r = a % b
        if r != 0 && ((r < 0) != (b < 0)) {
          q -= 1
          r += b
        }
        return .int(op == 3 ? q : r)
      case 5...10:
        return try bitwiseOrPower(op, a, b, bothBool: isBool(left) && isBool(right))
      case 11:
        // 2.7's classic division of two ints floors; 3.x's true division
        // makes a float (exact for ints a double holds).
        if is27 { return try binaryOperation(3, left, right, inPlace: inPlace) }
        guard b != 0 else { throw pythonError("ZeroDivisionError", "division by zero") }
        let exact = 1 << 53
        guard a.magnitude <= exact, b.magnitude <= exact else {
          throw unsupported("true division of ints beyond 2**53 (CPython rounds those exactly)")
        }
        return .float(Double(a) / Double(b))
      default: break
      }
    }
    if let result = try floatOperation(op, left, right) { return result }
    if op == 9, !is27, case .object(let a) = left, case .object(let b) = right, heap.kind(a) == .dict,
      heap.kind(b) == .dict
    {
      throw unsupported("the dict union operator '|'")
    }
    switch (op, plain(left), plain(right)) {
    case (0, .str(let a), .str(let b)):
      // Concatenating an empty str gives the other operand itself.
      if b.isEmpty { return keep(left) }
      if a.isEmpty { return keep(right) }
      try reserveString(length: pythonLength(a) + pythonLength(b))
      return makeString(a + b)
    case (2, .str(let a), _) where intValue(right) != nil:
      return try repeatString(left, a, times: intValue(right)!)
    case (2, _, .str(let b)) where intValue(left) != nil:
      return try repeatString(right, b, times: intValue(left)!)
    case (4, .str(let format), _): return try formatString(format, right)
    case (0, .object(let a), .object(let b))
    where heap.kind(a) == heap.kind(b) && [.list, .tuple].contains(heap.kind(a)):
      if inPlace && heap.kind(a) == .list {
        let extra = heap.items[b.index]
        try reserve(bytes: 8 * extra.count)
        for v in extra { heap.incref(v, .container) }
        heap.withItems(a, changing: SlotSpan(heap.items[a.index].count, andAfter: true)) {
          $0.append(contentsOf: extra)
        }
        heap.incref(a, .stack)
        return left
      }
      try reserveList(count: heap.items[a.index].count + heap.items[b.index].count)
      let items = heap.items[a.index] + heap.items[b.index]
      for v in items { heap.incref(v, .container) }
      return heap.kind(a) == .list ? .object(try makeList(items)) : .object(makeTuple(items, freeList: true))
    case (2, .object(let a), _) where [.list, .tuple].contains(heap.kind(a)) && intValue(right) != nil:
      return try repeatSequence(a, times: intValue(right)!)
    case (2, _, .object(let b)) where [.list, .tuple].contains(heap.kind(b)) && intValue(left) != nil:
      return try repeatSequence(b, times: intValue(left)!)
    default:
      if let result = try userBinaryOperation(op, left, right, inPlace: inPlace) { return result }
      if isDictView(left) || isDictView(right) { throw unsupported("set operations on dict views") }
      if let error = sequenceOperandError(op, left, right, inPlace: inPlace) { throw error }
      let symbols = ["+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^", "/"]
      // `**` names pow() too, in place or not.
      let symbol = op == 5 ? "** or pow()" : symbols[op] + (inPlace ? "=" : "")
      throw pythonError(
        "TypeError",
        "unsupported operand type(s) for \(symbol): '\(typeName(left))' and '\(typeName(right))'")
    }
  }

  /// A str, list or tuple's own error once the number slots gave up
  /// (PySequence_Concat's, sequence_repeat's): the sequence names what it
  /// takes.
  private func sequenceOperandError(_ op: Int, _ left: Value, _ right: Value, inPlace: Bool) -> RunError? {
    func sequenceName(_ v: Value) -> String? {
      switch plain(v) {
      case .str: return "str"
      case .object(let o) where heap.kind(o) == .list: return "list"
      case .object(let o) where heap.kind(o) == .tuple: return "tuple"
      default: return nil
      }
    }
    switch op {
    case 0:
      // `list += x` extends instead (list_inplace_concat).
      guard let name = sequenceName(left), !(inPlace && name == "list") else { return nil }
      if is27 && name == "str" {
        return pythonError("TypeError", "cannot concatenate 'str' and '\(typeName(right))' objects")
      }
      return pythonError("TypeError", "can only concatenate \(name) (not \"\(typeName(right))\") to \(name)")
    case 2:
      if sequenceName(left) != nil && intValue(right) == nil {
        return pythonError("TypeError", "can't multiply sequence by non-int of type '\(typeName(right))'")
      }
      if sequenceName(right) != nil && intValue(left) == nil {
        return pythonError("TypeError", "can't multiply sequence by non-int of type '\(typeName(left))'")
      }
      return nil
    default: return nil
    }
  }

  private func isBool(_ v: Value) -> Bool {
    if case .bool = v { return true }
    return false
  }

  /// `**`, `<<`, `>>`, `&`, `|`, `^` on ints (bools stay bools under the
  /// bitwise operators, as `bool.__and__` keeps them).
  private func bitwiseOrPower(_ op: Int, _ a: Int, _ b: Int, bothBool: Bool) throws(RunError) -> Value {
    switch op {
    case 5:
      // A negative exponent makes a float.
      guard b >= 0 else { return .float(try floatPower(Double(a), Double(b))) }
      var result = 1
      var base = a
      var exponent = b
      while exponent > 0 {
        if exponent & 1 == 1 {
          let (r, o) = result.multipliedReportingOverflow(by: base)
          if o { throw overflow() }
          result = r
        }
        exponent >>= 1
        if exponent > 0 {
          let (sq, o) = base.multipliedReportingOverflow(by: base)
          if o { throw overflow() }
          base = sq
        }
      }
      return .int(result)
    case 6, 7:
      guard b >= 0 else { throw pythonError("ValueError", "negative shift count") }
      if op == 7 { return .int(b >= Int.bitWidth ? (a < 0 ? -1 : 0) : a >> b) }
      if a == 0 { return .int(0) }
      guard b < Int.bitWidth - 1, (a << b) >> b == a else { throw overflow() }
      return .int(a << b)
    default:
      let r = op == 8 ? a & b : op == 9 ? a | b : a ^ b
      return bothBool ? .bool(r != 0) : .int(r)
    }
  }

  /// `seq * n`: a new list; a tuple once repeated is itself, else new.
  private func repeatSequence(_ sequence: ObjectID, times n: Int) throws(RunError) -> Value {
    if heap.kind(sequence) == .tuple && n == 1 { return keep(.object(sequence)) }
    let items = try repeatItems(heap.items[sequence.index], times: n)
    if heap.kind(sequence) == .list { return .object(try makeList(items)) }
    return .object(makeTuple(items, freeList: true))
  }

  /// The first index of an item equal to `item` (list.index, `in`).
  /// The first item equal to `item` (PyObject_RichCompareBool of the
  /// item and `item`, as list.index, count and remove ask it); `contains`:
  /// as `in` asks it, in the profile's order.
  func firstIndex(in items: [Value], equalTo item: Value, contains: Bool = false, ofList: Bool = true)
    throws(RunError) -> Int?
  {
    for (i, v) in items.enumerated()
    where try searchEqual(v, item, itemFirst: !contains || profile.containsAsksItemFirst, holdsItem: ofList) {
      return i
    }
    return nil
  }

  /// RichCompareBool of a list or tuple's `item` and `value`, as its
  /// searches and `==` ask it: `equal` unless a user instance compares;
  /// then the same object is equal, else the user methods, asked from the
  /// item's side or the value's, the item held meanwhile where the
  /// profile's list searches hold it.
  func searchEqual(_ item: Value, _ value: Value, itemFirst: Bool = true, holdsItem: Bool, level: Int = 1)
    throws(RunError) -> Bool
  {
    guard comparesThroughUserMethods(item, value) else { return try equal(item, value, level: level) }
    if isSame(item, value) { return true }
    let holds = holdsItem && profile.listSearchHoldsItems
    if holds { heap.incref(item, .stack) }
    defer { if holds { heap.decref(item, .stack) } }
    guard holds else { return try itemFirst ? userRichCompare(0, item, value) : userRichCompare(0, value, item) }
    return try holdingInC(.listItemCompared, item) { () throws(RunError) in
      try itemFirst ? userRichCompare(0, item, value) : userRichCompare(0, value, item)
    }
  }

  func isSame(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.object(let x), .object(let y)): return x == y
    case (.none, .none): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y && (-5...256).contains(x)
    // Two floats are the same object only when one was passed on, which
    // immediates cannot tell (see `compare`, which refuses `is` of floats).
    case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
    case (.str(let x), .str(let y)): return x.utf8.elementsEqual(y.utf8)
    case (.native(let x), .native(let y)): return x == y
    default: return false
    }
  }

  /// `a == b`. Each nested comparison takes a recursion level, as
  /// PyObject_RichCompare does: past the recursion limit (the frames on
  /// the stack included) it is the version's recursion error.
  func equal(_ a: Value, _ b: Value, level: Int = 1) throws(RunError) -> Bool {
    if level > profile.cRecursionLimit ?? (recursionLimit - frames.count) {
      throw pythonError(
        is27 ? "RuntimeError" : "RecursionError",
        is27 ? "maximum recursion depth exceeded in cmp" : "maximum recursion depth exceeded in comparison")
    }
    if frames.count + level > frameBound { throw .limit(.reached(.depth(frameBound))) }
    if let x = intValue(a), let y = intValue(b) { return x == y }
    if case .float(let x) = a, case .float(let y) = b, x.isNaN && y.isNaN {
      throw unsupported("comparing two NaN floats in a container or with 'in' (CPython tries identity first)")
    }
    if let same = floatEqual(a, b) { return same }
    if isProxy(a) || isProxy(b), !isSame(a, b) { return try proxyEquality(a, b, level: level) }
    if isDictView(a) || isDictView(b) { throw unsupported("comparing dict views") }
    // PyObject_RichCompareBool: the same object is equal without a call;
    // which side's method a container's search asks first differs between
    // versions and is not simulated.
    if comparesThroughUserMethods(a, b) && !isSame(a, b) {
      for side in [a, b] {
        if let cls = userInstanceClass(side), definesComparisons(cls) {
          throw unsupported("comparing instances with their own comparison methods inside a container or 'in'")
        }
      }
    }
    switch (plain(a), plain(b)) {
    case (.str(let x), .str(let y)): return x.unicodeScalars.elementsEqual(y.unicodeScalars)
    case (.none, .none): return true
    case (.object(let x), .object(let y)):
      if x == y { return true }
      if isSetObject(a) != nil && isSetObject(b) != nil { return try setsEqual(x, y) }
      let kx = heap.kind(x)
      guard kx == heap.kind(y) else { return false }
      switch kx {
      case .list, .tuple:
        let l = heap.items[x.index]
        let r = heap.items[y.index]
        guard l.count == r.count else { return false }
        for (p, q) in zip(l, r) {
          let same: Bool
          if kx == .list && profile.listSearchHoldsItems && comparesThroughUserMethods(p, q) {
            // list_richcompare holds the other list's item too (3.x).
            heap.incref(q, .stack)
            defer { heap.decref(q, .stack) }
            same = try holdingInC(.otherListItemCompared, q) { () throws(RunError) in
              try searchEqual(p, q, holdsItem: true, level: level + 1)
            }
          } else {
            same = try searchEqual(p, q, holdsItem: kx == .list, level: level + 1)
          }
          if !same { return false }
        }
        return true
      case .dict:
        let l = heap.tables[x.index]
        let r = heap.tables[y.index]
        guard l.count == r.count else { return false }
        for e in l.entries {
          guard let other = r.get(e.key), try equal(other, e.value, level: level + 1) else { return false }
        }
        return true
      default: return false
      }
    case (.native(let x), .native(let y)): return x == y
    default: return false
    }
  }

  func contains(_ container: Value, _ item: Value) throws(RunError) -> Bool {
    switch plain(container) {
    case .object(let o):
      switch heap.kind(o) {
      case .list, .tuple:
        return try firstIndex(in: heap.items[o.index], equalTo: item, contains: true, ofList: heap.kind(o) == .list)
          != nil
      case .dict:
        try requireHashable(item)
        return heap.lookup(o, key: plain(item)) != nil
      case .dictView: return try dictViewContains(o, item)
      case .set, .frozenset: return try setHas(o, item)
      case .instance:
        if let found = try userContains(o, item) { return found }
      case .iterator, .generator:
        // _PySequence_IterSearch: items drawn until one is equal; the
        // iterator stays where it stopped. (CONTAINS_OP holds both
        // operands in C meanwhile.)
        nativeDepth += 1
        defer { nativeDepth -= 1 }
        while let next = try iteratorNext(container) {
          let found = Result { () throws(RunError) in try equal(next, item) }
          heap.decref(next, .stack)
          if try found.get() { return true }
        }
        return false
      default: break
      }
    case .str(let s):
      guard case .str(let needle) = plain(item) else {
        throw pythonError(
          "TypeError",
          "'in <string>' requires string as left operand, not \(typeName(item))")
      }
      return needle.isEmpty || s.unicodeScalars.firstRange(of: needle.unicodeScalars) != nil
    case .native(let raw) where ranges[raw] != nil:
      let r = ranges[raw]!
      guard let i = intValue(item) else { return false }
      return IntRange(start: r.0, stop: r.1, step: r.2).contains(i)
    default: break
    }
    throw pythonError(
      "TypeError",
      "argument of type '\(typeName(container))' is not iterable")
  }

  /// Operator index as the compiler numbers them: == != < <= > >= is, is not, in, not in.
  func compare(_ op: Int, _ left: Value, _ right: Value) throws(RunError) -> Bool {
    // The operator itself compares NaNs by value; everything else that
    // compares (containers, `in`) asks PyObject_RichCompareBool, which
    // tries identity first (see `equal`).
    if op <= 1, case .float(let x) = left, case .float(let y) = right, x.isNaN || y.isNaN { return op == 1 }
    // A user instance's methods are asked by the operator itself (no
    // identity shortcut); orderings ask them below, off the ints' path
    // (sets, numbers and strs never take an instance).
    if op <= 1 && comparesThroughUserMethods(left, right) { return try userRichCompare(op, left, right) }
    switch op {
    case 0: return try equal(left, right)
    case 1: return try !equal(left, right)
    case 6, 7:
      if isFloat(left) && isFloat(right) {
        throw unsupported("'is' between two floats (float objects are not simulated)")
      }
      return op == 6 ? isSame(left, right) : !isSame(left, right)
    case 8: return try contains(right, left)
    case 9: return try !contains(right, left)
    default: break
    }
    if let subset = try setOrdering(op, left, right) { return subset }
    let ordering: Int
    // Ints first: the common case (a loop's `i < n`) takes one test.
    if let a = intValue(left), let b = intValue(right) {
      ordering = a < b ? -1 : (a == b ? 0 : 1)
    } else if let o = floatOrdering(left, right) {
      // A NaN: every ordering is False.
      if o == 2 { return false }
      ordering = o
    } else if case .str(let a) = plain(left), case .str(let b) = plain(right) {
      // By code point, as Python orders strs (Swift's String order and
      // equality follow canonical equivalence instead).
      ordering =
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
        ? -1 : (a.unicodeScalars.elementsEqual(b.unicodeScalars) ? 0 : 1)
    } else if comparesThroughUserMethods(left, right) {
      return try userRichCompare(op, left, right)
    } else {
      let symbols = ["<", "<=", ">", ">="]
      // 2.7 orders anything (by type name, then address): not simulated.
      if is27 { throw unsupported("ordering with '\(symbols[op - 2])' a \(typeName(left)) and a \(typeName(right))") }
      throw pythonError(
        "TypeError",
        "'\(symbols[op - 2])' not supported between instances of '\(typeName(left))' and '\(typeName(right))'")
    }
    switch op {
    case 2: return ordering < 0
    case 3: return ordering <= 0
    case 4: return ordering > 0
    default: return ordering >= 0
    }
  }
}
