import GCEngine
import PythonFrontEnd

/// Which part of a dict a view or iterator walks.
enum DictPart {
  case keys, values, items

  init(_ native: Native) {
    switch native {
    case .dictValues, .dictItervalues: self = .values
    case .dictItems, .dictIteritems: self = .items
    default: self = .keys
    }
  }
}

/// 3.x dict views (`d.keys()`, `values()`, `items()`: objects that read the
/// dict live) and the dict iterators both versions have (Objects/
/// dictobject.c): an item iterator keeps a result tuple it refills while
/// only it holds it, as zip and enumerate do.
extension Interpreter {
  func makeDictView(_ dict: ObjectID, _ part: DictPart) -> ObjectID {
    let view = heap.makeObject(.dictView, size: profile.objectSizes.dictView, freeList: nil)
    heap.incref(dict, .container)
    heap.setItems(view, [.object(dict)])
    heap.setLabel(view, part == .keys ? "dict_keys" : part == .values ? "dict_values" : "dict_items")
    heap.track(view)
    return view
  }

  func dictViewPart(_ view: ObjectID) -> DictPart {
    switch heap.label(view) {
    case "dict_values": return .values
    case "dict_items": return .items
    default: return .keys
    }
  }

  func isDictView(_ v: Value) -> Bool {
    if case .object(let o) = v { return heap.kind(o) == .dictView }
    return false
  }

  /// The dict a view reads.
  func dictOfView(_ view: ObjectID) -> ObjectID? { heap.items[view.index].first?.objectID }

  /// dictiter_new: [dict, size when made (di_used)] and, for items, the
  /// result tuple (PyTuple_Pack of two Nones, made after the iterator).
  func makeDictIterator(_ dict: ObjectID, _ part: DictPart) -> ObjectID {
    let it = heap.makeObject(.iterator, size: profile.objectSizes.dictIterator, freeList: nil)
    heap.incref(dict, .container)
    var items: [Value] = [.object(dict), .int(heap.tableCount(dict))]
    if part == .items { items.append(.object(makeTuple([.none, .none], freeList: true))) }
    heap.setItems(it, items)
    heap.setAux(it, 0)
    let name = part == .keys ? "key" : part == .values ? "value" : "item"
    heap.setLabel(it, is27 ? "dictionary-\(name)iterator" : "dict_\(name)iterator")
    heap.track(it)
    return it
  }

  private func dictIteratorPart(_ it: ObjectID) -> DictPart {
    let label = heap.label(it)
    return label.hasSuffix("valueiterator") ? .values : label.hasSuffix("itemiterator") ? .items : .keys
  }

  /// The next key, value or (key, value) of a dict iterator at `index`.
  func dictIteratorNext(_ it: ObjectID, _ dict: ObjectID, index: Int) throws(RunError) -> Value? {
    let part = dictIteratorPart(it)
    let held = heap.items[it.index]
    let result = part == .items ? held[2] : .none
    if case .int(let used) = held[1], used != heap.tableCount(dict) {
      // dictiter_iternextkey: the size changed; the iterator is spent.
      heap.withItems(it) { $0[1] = .int(-1) }
      throw pythonError("RuntimeError", "dictionary changed size during iteration")
    }
    guard let (key, value, next) = heap.tables[dict.index].nextEntry(from: index) else {
      // Exhausted: the iterator lets go of its dict (not of its result).
      heap.withItems(it) { $0 = part == .items ? [.none, .int(-1), result] : [] }
      heap.decref(dict, .release)
      return nil
    }
    heap.setAux(it, Int32(truncatingIfNeeded: next))
    switch part {
    case .keys:
      heap.incref(key, .stack)
      return key
    case .values:
      heap.incref(value, .stack)
      return value
    case .items:
      guard case .object(let tuple) = result, heap.refcount(tuple) == 1 else {
        return .object(makeTuple([key, value], freeList: true, takeReferences: false))
      }
      heap.incref(key, .container)
      heap.incref(value, .container)
      heap.incref(tuple, .stack)
      let old = heap.withItems(tuple, changing: .all) { values -> [Value] in
        defer { values = [key, value] }
        return values
      }
      for v in old { heap.decref(v, .container) }
      // bpo-42536: the collector may have untracked the recycled tuple.
      if !is27 && !heap.isTracked(tuple) { heap.track(tuple) }
      return result
    }
  }

  /// `len(view)`, `x in view`.
  func dictViewContains(_ view: ObjectID, _ item: Value) throws(RunError) -> Bool {
    guard let d = dictOfView(view) else { return false }
    switch dictViewPart(view) {
    case .keys:
      if isUnhashable(item) { throw pythonError("TypeError", "unhashable type: '\(typeName(item))'") }
      return heap.lookup(d, key: plain(item)) != nil
    case .values:
      var found = false
      for (_, v) in heap.tables[d.index].entries where try equal(v, item) {
        found = true
        break
      }
      return found
    case .items:
      guard case .object(let t) = item, heap.kind(t) == .tuple, heap.items[t.index].count == 2 else { return false }
      let pair = heap.items[t.index]
      guard let v = heap.lookup(d, key: plain(pair[0])) else { return false }
      return try equal(v, pair[1])
    }
  }

  /// `dict_keys(['a', 'b'])`, `dict_items([('a', 1)])`.
  func dictViewRepr(_ view: ObjectID, _ state: inout ReprState) throws(RunError) -> String {
    guard let d = dictOfView(view) else { return "\(heap.label(view))([])" }
    var pieces: [String] = []
    for (k, v) in heap.tables[d.index].entries {
      var text = ""
      switch dictViewPart(view) {
      case .keys: try writeRepr(k, into: &text, &state)
      case .values: try writeRepr(v, into: &text, &state)
      case .items:
        var key = ""
        var value = ""
        try writeRepr(k, into: &key, &state)
        try writeRepr(v, into: &value, &state)
        text = "(\(key), \(value))"
      }
      pieces.append(text)
    }
    return "\(heap.label(view))([\(pieces.joined(separator: ", "))])"
  }
}
