import GCEngine
import PythonFrontEnd

/// Set algebra as setobject.c does it (union, intersection, difference,
/// symmetric difference, their in-place forms and methods, subset tests,
/// isdisjoint): which set is walked, which one is probed, what is made
/// new, decide the result's slot order and the counts.
extension Interpreter {
  /// The result's type: a frozenset's operations make frozensets.
  private func newSetLike(_ s: ObjectID) -> ObjectID { heap.makeSet(frozen: heap.kind(s) == .frozenset) }

  /// set_copy: a new set of the same type, merged table to table.
  func copySet(_ s: ObjectID) -> ObjectID {
    let result = newSetLike(s)
    heap.setMerge(result, from: s, equal: setKeyEquality)
    return result
  }

  /// Runs `body` on each item of a non-set iterable, drawn through its
  /// iterator (each item dropped after), until it returns false.
  private func forEachItem(of iterable: Value, _ body: (Value) throws(RunError) -> Bool) throws(RunError) {
    let iterator = try makeIterator(iterable)
    defer { heap.decref(iterator, .stack) }
    while let item = try iteratorNext(iterator) {
      defer { heap.decref(item, .stack) }
      if try !body(item) { return }
    }
  }

  /// A new set made from a non-set iterable (make_new_set), for the
  /// operations that need one.
  private func temporarySet(_ iterable: Value, frozen: Bool = false) throws(RunError) -> ObjectID {
    let s = heap.makeSet(frozen: frozen)
    do throws(RunError) { try updateSet(s, from: iterable) } catch {
      heap.decref(s, .stack)
      throw error
    }
    return s
  }

  /// set_intersection: the smaller set walked, the larger probed.
  func setIntersection(_ s: ObjectID, _ other: Value) throws(RunError) -> ObjectID {
    if case .object(s) = other { return copySet(s) }
    let result = newSetLike(s)
    do throws(RunError) {
      if var walked = isSetObject(other) {
        var probed = s
        if heap.setCount(walked) > heap.setCount(probed) { swap(&walked, &probed) }
        for (key, hash) in heap.setEntries(walked)
        where heap.setContains(probed, key, hash: hash, equal: setKeyEquality) {
          heap.setAdd(result, key, hash: hash, equal: setKeyEquality)
        }
      } else {
        // 3.x stops drawing once the result is as big as this set.
        try forEachItem(of: other) { (item) throws(RunError) in
          let hash = try setElementHash(item).value
          guard heap.setContains(s, item, hash: hash, equal: setKeyEquality) else { return true }
          heap.setAdd(result, item, hash: hash, equal: setKeyEquality)
          return is27 || heap.setCount(result) < heap.setCount(s)
        }
      }
    } catch {
      heap.decref(result, .stack)
      throw error
    }
    return result
  }

  /// set_difference_update_internal.
  func setDifferenceUpdate(_ s: ObjectID, _ other: Value) throws(RunError) {
    if case .object(s) = other {
      heap.setClear(s)
      return
    }
    if let o = isSetObject(other) {
      for (key, hash) in heap.setEntries(o) { heap.setDiscard(s, key, hash: hash, equal: setKeyEquality) }
    } else {
      try forEachItem(of: other) { (item) throws(RunError) in
        let hash = try setElementHash(item).value
        heap.setDiscard(s, item, hash: hash, equal: setKeyEquality)
        return true
      }
    }
    heap.setDropDummiesIfMany(s)
  }

  /// set_difference: a copy then discards for an iterable (and, in 3.x,
  /// when this set is over four times the other's size); else a new set
  /// of this one's keys the other lacks.
  func setDifference(_ s: ObjectID, _ other: Value) throws(RunError) -> ObjectID {
    let otherSize: Int?
    if let o = isSetObject(other) {
      otherSize = heap.setCount(o)
    } else if case .object(let d) = other, heap.kind(d) == .dict {
      throw unsupported("set difference with a dict")
    } else {
      otherSize = nil
    }
    if otherSize == nil || (!is27 && heap.setCount(s) >> 2 > otherSize!) {
      let result = copySet(s)
      do throws(RunError) { try setDifferenceUpdate(result, other) } catch {
        heap.decref(result, .stack)
        throw error
      }
      return result
    }
    guard let o = isSetObject(other) else { return copySet(s) }
    let result = newSetLike(s)
    for (key, hash) in heap.setEntries(s) where !heap.setContains(o, key, hash: hash, equal: setKeyEquality) {
      heap.setAdd(result, key, hash: hash, equal: setKeyEquality)
    }
    return result
  }

  /// set_symmetric_difference_update: the other set's keys (a new set
  /// of an iterable's) each discarded, or added when absent.
  func setSymmetricDifferenceUpdate(_ s: ObjectID, _ other: Value) throws(RunError) {
    if case .object(s) = other {
      heap.setClear(s)
      return
    }
    if case .object(let d) = other, heap.kind(d) == .dict {
      throw unsupported("set symmetric difference with a dict")
    }
    let otherSet: ObjectID
    if let o = isSetObject(other) {
      heap.incref(o, .stack)
      otherSet = o
    } else {
      otherSet = try temporarySet(other, frozen: heap.kind(s) == .frozenset)
    }
    defer { heap.decref(otherSet, .stack) }
    for (key, hash) in heap.setEntries(otherSet)
    where !heap.setDiscard(s, key, hash: hash, equal: setKeyEquality) {
      heap.setAdd(s, key, hash: hash, equal: setKeyEquality)
    }
  }

  /// set_symmetric_difference: a new set of the other's keys, updated
  /// with this one's.
  func setSymmetricDifference(_ s: ObjectID, _ other: Value) throws(RunError) -> ObjectID {
    let result = newSetLike(s)
    do throws(RunError) {
      try updateSet(result, from: other)
      try setSymmetricDifferenceUpdate(result, .object(s))
    } catch {
      heap.decref(result, .stack)
      throw error
    }
    return result
  }

  /// set_issubset (an iterable first becomes a temporary set).
  func setIsSubset(_ s: ObjectID, _ other: Value) throws(RunError) -> Bool {
    guard let o = isSetObject(other) else {
      let temporary = try temporarySet(other)
      defer { heap.decref(temporary, .stack) }
      return try setIsSubset(s, .object(temporary))
    }
    if heap.setCount(s) > heap.setCount(o) { return false }
    for (key, hash) in heap.setEntries(s) where !heap.setContains(o, key, hash: hash, equal: setKeyEquality) {
      return false
    }
    return true
  }

  func setIsSuperset(_ s: ObjectID, _ other: Value) throws(RunError) -> Bool {
    guard let o = isSetObject(other) else {
      let temporary = try temporarySet(other)
      defer { heap.decref(temporary, .stack) }
      return try setIsSubset(temporary, .object(s))
    }
    return try setIsSubset(o, .object(s))
  }

  /// set_isdisjoint: the smaller set walked, or the iterable drawn.
  func setIsDisjoint(_ s: ObjectID, _ other: Value) throws(RunError) -> Bool {
    if case .object(s) = other { return heap.setCount(s) == 0 }
    if var walked = isSetObject(other) {
      var probed = s
      if heap.setCount(walked) > heap.setCount(probed) { swap(&walked, &probed) }
      for (key, hash) in heap.setEntries(walked) where heap.setContains(probed, key, hash: hash, equal: setKeyEquality)
      {
        return false
      }
      return true
    }
    var disjoint = true
    try forEachItem(of: other) { (item) throws(RunError) in
      disjoint = try !setHas(s, item)
      return disjoint
    }
    return disjoint
  }

  /// `| & - ^` and their in-place forms on two sets; nil when an operand
  /// is not a set (the operator's TypeError follows).
  func setOperation(_ op: Int, _ left: Value, _ right: Value, inPlace: Bool) throws(RunError) -> Value? {
    guard let a = isSetObject(left), isSetObject(right) != nil, [1, 8, 9, 10].contains(op) else { return nil }
    if inPlace && heap.kind(a) == .set {
      switch op {
      case 9: try updateSet(a, from: right)
      case 8:
        let result = try setIntersection(a, right)
        heap.setSwapBodies(a, result)
        heap.decref(result, .stack)
      case 1: try setDifferenceUpdate(a, right)
      default: try setSymmetricDifferenceUpdate(a, right)
      }
      heap.incref(a, .stack)
      return left
    }
    switch op {
    case 9:
      let result = copySet(a)
      if case .object(a) = right { return .object(result) }
      try updateSet(result, from: right)
      return .object(result)
    case 8: return .object(try setIntersection(a, right))
    case 1: return .object(try setDifference(a, right))
    default: return .object(try setSymmetricDifference(a, right))
    }
  }

  /// `< <= > >=` between sets (subset tests); nil when one is not a set.
  func setOrdering(_ op: Int, _ left: Value, _ right: Value) throws(RunError) -> Bool? {
    // With a non-set, set_richcompare declines (2.7 then orders by type
    // name, which the simulator refuses; 3.x raises the TypeError).
    guard let a = isSetObject(left), let b = isSetObject(right) else { return nil }
    switch op {
    case 2: return heap.setCount(a) < heap.setCount(b) ? try setIsSubset(a, right) : false
    case 3: return try setIsSubset(a, right)
    case 4: return heap.setCount(a) > heap.setCount(b) ? try setIsSuperset(a, right) : false
    default: return try setIsSuperset(a, right)
    }
  }

  /// The set algebra methods (set_union, set_update, ...): the VARARGS
  /// ones take each argument in turn.
  func callSetAlgebraMethod(_ native: Native, _ s: ObjectID, _ args: [Value]) throws(RunError) -> Value {
    switch native {
    case .setCopy:
      if heap.kind(s) == .frozenset {
        heap.incref(s, .stack)
        return .object(s)
      }
      return .object(copySet(s))
    case .setUnion:
      let result = copySet(s)
      do throws(RunError) {
        for other in args {
          if case .object(s) = other { continue }
          try updateSet(result, from: other)
        }
      } catch {
        heap.decref(result, .stack)
        throw error
      }
      return .object(result)
    case .setUpdate:
      for other in args { try updateSet(s, from: other) }
      return .none
    case .setIntersection, .setIntersectionUpdate:
      heap.incref(s, .stack)
      var result = s
      for other in args {
        let next: ObjectID
        do throws(RunError) { next = try setIntersection(result, other) } catch {
          heap.decref(result, .stack)
          throw error
        }
        heap.decref(result, .stack)
        result = next
      }
      if args.isEmpty {
        heap.decref(result, .stack)
        result = copySet(s)
      }
      if native == .setIntersection { return .object(result) }
      heap.setSwapBodies(s, result)
      heap.decref(result, .stack)
      return .none
    case .setDifference:
      guard let first = args.first else { return .object(copySet(s)) }
      let result = try setDifference(s, first)
      do throws(RunError) {
        for other in args.dropFirst() { try setDifferenceUpdate(result, other) }
      } catch {
        heap.decref(result, .stack)
        throw error
      }
      return .object(result)
    case .setDifferenceUpdate:
      for other in args { try setDifferenceUpdate(s, other) }
      return .none
    case .setSymmetricDifference: return .object(try setSymmetricDifference(s, args[0]))
    case .setSymmetricDifferenceUpdate:
      try setSymmetricDifferenceUpdate(s, args[0])
      return .none
    case .setIssubset: return .bool(try setIsSubset(s, args[0]))
    case .setIssuperset: return .bool(try setIsSuperset(s, args[0]))
    case .setIsdisjoint: return .bool(try setIsDisjoint(s, args[0]))
    default: throw unsupported("set.\(native.pythonName)()")
    }
  }
}
