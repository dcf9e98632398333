import GCEngine
import PythonFrontEnd

/// The builtins that walk an iterable: `any`/`all`, `min`/`max`, `sum`,
/// `sorted`, and the iterators `iter`, `enumerate`, `zip`, `reversed` with
/// `next`. Arguments are borrowed; the result is owned.
extension Interpreter {
  func callIterationBuiltin(_ native: Native, _ args: [Value]) throws(RunError) -> Value {
    switch native {
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
      guard isIterator(args[0]) else {
        throw pythonError(
          "TypeError",
          is27 ? "\(typeName(args[0])) object is not an iterator" : "'\(typeName(args[0]))' object is not an iterator")
      }
      if case .object(let o) = args[0], heap.kind(o) == .instance {
        // builtin_next: the iterator's own StopIteration passes on, unless
        // there is a default.
        if args.count == 1 { return try userIteratorNextRaising(o) }
        return try userIteratorNext(o) ?? keep(args[1])
      }
      if let item = try iteratorNext(args[0]) { return item }
      if args.count == 2 { return keep(args[1]) }
      throw pythonError("StopIteration", "")
    case .sum:
      return try sum(args)
    default:
      throw unsupported("calling \(native.pythonName)")
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
      // 3.13.0 returns at once once the index is below 0 (past the first
      // item), keeping the list; a list shrunk under it is still let go.
      if profile.exhaustedReverseIteratorKeepsList && index < 0 { return nil }
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
    // 3.13's vectorcall min_max reads several arguments from the argument
    // array itself: no tuple, no iterator.
    let fromArray = args.count > 1 && vectorcallNatives.contains(native)
    let iterator: Value
    if fromArray {
      iterator = .none
    } else if args.count > 1 {
      guard let tuple = currentArgumentTuple else { throw unsupported("\(name)() of several arguments") }
      iterator = try makeIterator(.object(tuple))
    } else {
      iterator = try makeIterator(args[0])
    }
    defer { if !fromArray { releaseIterator(iterator) } }
    var best: Value?
    var position = 0
    func next() throws(RunError) -> Value? {
      guard fromArray else { return try iteratorNext(iterator) }
      guard position < args.count else { return nil }
      position += 1
      heap.incref(args[position - 1], .stack)
      return args[position - 1]
    }
    while let item = try next() {
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
    guard let best else { throw pythonError("ValueError", "\(name)() \(profile.emptyMinMaxMessage)") }
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
    // 3.12 builtin_sum: once the total is a float, float items are added
    // with Neumaier's compensation (applied at the end) and ints plainly;
    // any other item leaves that path and the compensation is dropped.
    var compensating = profile.sumCompensatesFloats
    var compensation = 0.0
    while let item = try iteratorNext(iterator) {
      if compensating, case .float(let s) = total {
        switch item {
        case .float(let x):
          let t = s + x
          compensation += abs(s) >= abs(x) ? (s - t) + x : (x - t) + s
          total = .float(t)
          continue
        case .int(let i):
          total = .float(s + Double(i))
          continue
        case .bool(let b):
          total = .float(s + (b ? 1 : 0))
          continue
        default:
          compensating = false
        }
      } else if compensating, floatOperand(item) == nil {
        compensating = false
      }
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
    if compensating, case .float(let s) = total, compensation != 0, compensation.isFinite {
      total = .float(s + compensation)
    }
    return total
  }
}
