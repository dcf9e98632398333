import GCEngine
import PythonFrontEnd

/// Methods of builtin containers and strs (`list.append`, `dict.get`,
/// `str.join`, ...), called with their receiver beside the arguments.
/// Arguments are borrowed; the result is an owned reference.
extension Interpreter {
  func callContainerMethod(_ native: Native, _ receiver: Value, _ args: [Value]) throws(RunError) -> Value {
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
        throw pythonError("ValueError", "list.remove(x): x not in list")
      }
      let old = heap.withItems(o, changing: SlotSpan(i, andAfter: true)) { $0.remove(at: i) }
      heap.decref(old, .container)
      return .none
    case .listIndex:
      guard let i = try firstIndex(in: heap.items[o.index], equalTo: args[0]) else {
        throw pythonError(
          "ValueError", "\(try repr(args[0])) is not in list")
      }
      return .int(i)
    case .listCount:
      var count = 0
      for v in heap.items[o.index] where try searchEqual(v, args[0], holdsItem: true) { count += 1 }
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
      try requireHashable(args[0])
      let v = heap.lookup(o, key: plain(args[0])) ?? (args.count > 1 ? args[1] : .none)
      heap.incref(v, .stack)
      return v
    case .dictHasKey:
      return .bool(heap.lookup(o, key: plain(args[0])) != nil)
    case .dictPop:
      try requireHashable(args[0])
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
      try requireHashable(args[0])
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
