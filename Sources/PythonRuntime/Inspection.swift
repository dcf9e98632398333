import GCEngine
import PythonFrontEnd

/// A frame as the visualizer shows it.
public struct InspectedFrame: Sendable {
  public var function: String
  public var line: Int
  /// Bound names and what they hold (unbound locals left out).
  public var variables: [(name: String, value: Value)]
  /// The evaluation stack, bottom first.
  public var stack: [Value]
  /// A module or class frame: the dict its variables are the entries of.
  public var namespace: ObjectID?
  /// What the interpreter holds for the frame besides its locals and
  /// stack, named (`frame object`).
  public var internals: [(name: String, value: Value)] = []
  /// The variables and stack slots (`stack[i]`) shown as text that hold a
  /// str object: the frame's references to those.
  public var strings: [(name: String, value: Value)] = []
}

/// A labelled reference of the object graph.
public struct InspectedReference: Sendable, Equatable {
  public var label: String
  public var target: ObjectID
  public var isWeak: Bool
}

/// Read-only views of the running program for the visualizer. Nothing here
/// allocates on the simulated heap or changes a refcount: inspecting must
/// not change what the scenario prints.
extension Interpreter {
  /// The call stack, module first.
  public func inspectFrames() -> [InspectedFrame] {
    frames.indices.map(inspectFrame)
  }

  /// How many frames the call stack has.
  public var inspectedFrameCount: Int { frames.count }

  /// The function of frame `index` as `inspectFrame` names it; empty past
  /// the innermost frame.
  public func inspectFunctionName(atFrame index: Int) -> String {
    guard index >= 0, index < frames.count else { return "" }
    let code = frames[index].code
    return code.kind == .module ? "<module>" : code.qualifiedName
  }

  /// The frame at `index` of the call stack (0: the module).
  public func inspectFrame(at index: Int) -> InspectedFrame { inspectFrame(at: index, variables: true) }

  /// The frame at `index`, its variables read only if `readVariables`.
  private func inspectFrame(at index: Int, variables readVariables: Bool) -> InspectedFrame {
    let f = frames[index]
    var variables: [(name: String, value: Value)] = []
    var strings: [(name: String, value: Value)] = []
    if readVariables && f.code.kind == .function {
      for (i, name) in f.code.localNames.enumerated() where i < f.locals.count {
        let v = f.locals[i]
        if case .native(Native.unbound.rawValue) = v { continue }
        variables.append((name, plain(v)))
        if isStrObject(v) { strings.append((name, v)) }
      }
    } else if readVariables {
      variables = namespaceVariables(f.namespace, in: 0..<heap.tablePositionCount(f.namespace)).1
    }
    let stack = f.stack.filter { $0 != Native.nullMarker.value }
    for (i, v) in stack.enumerated() where isStrObject(v) { strings.append(("stack[\(i)]", v)) }
    var frame = InspectedFrame(
      function: inspectFunctionName(atFrame: index), line: Int(f.line), variables: variables,
      stack: stack.map(plain), namespace: f.code.kind == .function ? nil : f.namespace, strings: strings)
    forEachFrameInternal(at: index) { name, value in frame.internals.append((name, value)) }
    return frame
  }

  /// The frames that may have changed since the last call, outermost
  /// first: the lowest frame the stack unwound to since (it ran) and all
  /// above it, and the module or class frames whose names changed (a deeper
  /// frame can assign a global). The others cannot have changed: a frame
  /// below the running one is paused, and its locals are its own. So a
  /// recorder of a recursion 10,000 deep re-reads one or two frames a step.
  public func takeChangedFrames() -> [Int] {
    let from = max(0, min(frameLowWater, frames.count) - 1)
    var changed: [Int] = []
    for i in 0..<from where frames[i].code.kind != .function {
      if heap.tableVersion(frames[i].namespace) != frames[i].readNamespaceVersion { changed.append(i) }
    }
    changed += from..<frames.count
    for i in changed where frames[i].code.kind != .function {
      frames[i].readNamespaceVersion = heap.tableVersion(frames[i].namespace)
    }
    frameLowWater = frames.count
    return changed
  }

  /// A frame's change since the last `takeFrameChanges`.
  public enum InspectedFrameChange {
    /// The frame as it is now.
    case whole(InspectedFrame)
    /// A module or class frame: its line and stack as they are now
    /// (`variables` empty), and an edit of the variables last inspected:
    /// `range` of them replaced by `replacement`.
    case variables(InspectedFrame, range: Range<Int>, replacement: [(name: String, value: Value)])
  }

  /// The frames that may have changed since the last call (see
  /// `takeChangedFrames`), each whole, or for a module or class frame
  /// already inspected, as an edit of its variables: `namespaceSpan`
  /// gives the table positions of its namespace changed since (nil:
  /// none), so a module that gains one name a step costs one name.
  public func takeFrameChanges(namespaceSpan: (ObjectID) -> SlotSpan?) -> [(index: Int, change: InspectedFrameChange)] {
    // Frames at or above the low-water mark were pushed since: what was
    // inspected at their index is another frame's.
    let fresh = min(frameLowWater, frames.count)
    if inspectedNamespacePositions.keys.contains(where: { $0 >= fresh }) {
      inspectedNamespacePositions = inspectedNamespacePositions.filter { $0.key < fresh }
    }
    return takeChangedFrames().map { index in
      let f = frames[index]
      guard f.code.kind != .function else { return (index, .whole(inspectFrame(at: index))) }
      let span = namespaceSpan(f.namespace)
      guard inspectedNamespacePositions[index] != nil, span != .all else {
        return (index, .whole(inspectNamespaceFrame(at: index)))
      }
      var header = inspectFrame(at: index, variables: false)
      header.variables = []
      guard let span else { return (index, .variables(header, range: 0..<0, replacement: [])) }
      let (range, replacement) = editNamespacePositions(at: index, span: span)
      return (index, .variables(header, range: range, replacement: replacement))
    }
  }

  /// A module or class frame read whole, its variables' positions kept.
  private func inspectNamespaceFrame(at index: Int) -> InspectedFrame {
    var frame = inspectFrame(at: index, variables: false)
    let namespace = frames[index].namespace
    let (positions, variables) = namespaceVariables(namespace, in: 0..<heap.tablePositionCount(namespace))
    frame.variables = variables
    inspectedNamespacePositions[index] = positions
    return frame
  }

  /// The kept positions of frame `index` edited for `span`: which of its
  /// variables are replaced, and by what.
  private func editNamespacePositions(at index: Int, span: SlotSpan) -> (
    Range<Int>, [(name: String, value: Value)]
  ) {
    let namespace = frames[index].namespace
    let slots = span.range(count: heap.tablePositionCount(namespace))
    let (newPositions, variables) = namespaceVariables(namespace, in: slots)
    // Edited in place in the dictionary: a copy would cost the whole module.
    var range = 0..<0
    inspectedNamespacePositions[index, default: []].withUnsafeMutableBufferPointer { positions in
      let lower = positions.partitionIndex { Int($0) >= span.lower }
      let upper = span.andAfter ? positions.count : positions.partitionIndex { Int($0) > span.upper }
      range = lower..<max(lower, upper)
    }
    inspectedNamespacePositions[index, default: []].replaceSubrange(range, with: newPositions)
    return (range, variables)
  }

  /// The variables a namespace shows at `positions` (its bookkeeping
  /// `__dunder__` names left out), and where each is.
  private func namespaceVariables(_ namespace: ObjectID, in positions: Range<Int>) -> (
    [Int32], [(name: String, value: Value)]
  ) {
    var found: [Int32] = []
    var variables: [(name: String, value: Value)] = []
    heap.forEachTableEntry(namespace, in: positions) { position, key, value in
      guard case .str(let name) = key, !(name.hasPrefix("__") && name.hasSuffix("__")) else { return }
      found.append(Int32(clamping: position))
      variables.append((name, plain(value)))
    }
    return (found, variables)
  }

  /// How many slots a change of `id`'s references is told in (a list's
  /// items, a dict's table positions), or nil when any change is read
  /// whole.
  public func inspectSlotCount(_ id: ObjectID) -> Int? {
    switch heap.kind(id) {
    case .list: return heap.items[id.index].count
    case .dict: return heap.tablePositionCount(id)
    default: return nil
    }
  }

  /// The references of a list's or dict's `slots` (as `inspectReferences`
  /// labels them), each with its slot.
  public func inspectReferences(_ id: ObjectID, slots: Range<Int>) -> [(reference: InspectedReference, slot: Int)] {
    var result: [(reference: InspectedReference, slot: Int)] = []
    switch heap.kind(id) {
    case .list:
      let items = heap.items[id.index]
      for n in slots.clamped(to: 0..<items.count) {
        if case .object(let o) = items[n] {
          result.append((InspectedReference(label: "[\(n)]", target: o, isWeak: false), n))
        }
      }
    case .dict:
      heap.forEachTableEntry(id, in: slots) { position, key, value in
        if case .object(let k) = key {
          result.append((InspectedReference(label: "key", target: k, isWeak: false), position))
        }
        if case .object(let o) = value {
          result.append(
            (InspectedReference(label: keyLabel(key, attribute: false), target: o, isWeak: false), position))
        }
      }
    default:
      break
    }
    return result
  }

  /// How many fields `id` has now, if the first `limit` (those a box
  /// shows, `shown` of them last time) cannot have changed: its changes
  /// were all at slot `lower` or after. Nil: read the fields again.
  public func inspectFieldCount(_ id: ObjectID, changedFrom lower: Int, limit: Int, shown: Int) -> Int? {
    guard shown == limit else { return nil }
    switch heap.kind(id) {
    case .list: return lower >= limit ? heap.items[id.index].count : nil
    case .dict: return heap.tablePosition(id, afterLiveEntries: limit) <= lower ? heap.tableCount(id) : nil
    default: return nil
    }
  }

  /// The name a box shows: an instance's class, a function's or class's
  /// own name is shown beside it (see `inspectName`).
  public func inspectTypeName(_ id: ObjectID) -> String {
    if heap.kind(id) == .instance, let cls = heap.classOf(id) { return heap.label(cls) }
    if id == heap.garbageList { return "gc.garbage" }
    return heap.typeName(id)
  }

  /// A function's, class's or module's name; empty for other objects.
  public func inspectName(_ id: ObjectID) -> String {
    switch heap.kind(id) {
    case .function, .classObject, .module: return heap.label(id)
    default: return ""
    }
  }

  /// What `id` references, with the labels a student reads: attribute
  /// names, `[i]` indices, dict keys. Class pointers of instances are left
  /// out (every instance has one; they would only clutter the graph).
  public func inspectReferences(_ id: ObjectID) -> [InspectedReference] {
    var result: [InspectedReference] = []
    // The label only for an object: a dict of ten thousand ints has no
    // references, and quoting its keys was most of recording a store.
    func add(_ label: @autoclosure () -> String, _ v: Value, weak: Bool = false) {
      if case .object(let o) = v { result.append(InspectedReference(label: label(), target: o, isWeak: weak)) }
    }
    let i = id.index
    switch heap.kind(id) {
    case .generator:
      for (label, v) in zip(generatorSlotLabels(id), heap.items[i]) { add(label, v) }
    case .superObject:
      for (label, v) in zip(["__self__", "__thisclass__", "__self_class__"], heap.items[i]) { add(label, v) }
    case .dictView:
      if let d = heap.items[i].first { add("mapping", d) }
    case .set, .frozenset:
      for k in heap.setKeys(id) { add("element", k) }
    case .instance:
      if let d = heap.dictOf(id) {
        add("__dict__", .object(d))
        for (k, v) in heap.tables[d.index].entries { add(keyLabel(k, attribute: true), v) }
      } else if let cls = heap.classOf(id), let keys = classKeys[cls] {
        for (n, v) in heap.items[i].enumerated() where n < keys.count { add(keys[n], v) }
      }
    case .dict:
      for (k, v) in heap.tables[i].entries {
        if case .object = k { add("key", k) }
        add(keyLabel(k, attribute: false), v)
      }
    case .list, .tuple:
      for (n, v) in heap.items[i].enumerated() { add("[\(n)]", v) }
    case .boundMethod:
      let items = heap.items[i]
      if items.count > 0 { add("__func__", items[0]) }
      if items.count > 1 { add("__self__", items[1]) }
    case .builtinMethod:
      if let receiver = heap.items[i].first { add("__self__", receiver) }
    case .weakref:
      if let target = heap.weakrefTarget(id) { add("ref", .object(target), weak: true) }
      if let callback = heap.items[i].first { add("callback", callback) }
    case .classObject, .function, .module:
      if let d = heap.dictOf(id) { add("__dict__", .object(d)) }
      // What the type keeps for itself (mro and bases tuples, descriptors):
      // hidden, so its box folds them (`+7 internal`).
      for helper in classHelpers[id] ?? [] where heap.kind(id) == .classObject {
        add(EdgeLabel.helper, .object(helper))
      }
    case .frame where heap.ownsSlots(id):
      let names = outlivingFrameNames[id] ?? []
      for (n, v) in heap.items[i].enumerated() { add(n < names.count ? names[n] : "", v) }
    case .frame, .iterator, .str, .plainObject:
      for v in heap.items[i] { add("", v) }
    case .exception:
      if let d = heap.dictOf(id) { add("__dict__", .object(d)) }
      let names = is27 ? ["args", "message"] : ["args", "__traceback__", "__cause__", "__context__"]
      for (n, v) in heap.items[i].enumerated() where n < names.count { add(names[n], v) }
    case .traceback:
      let items = heap.items[i]
      if items.count > 0 { add("tb_next", items[0]) }
      if items.count > 1 { add("tb_frame", items[1]) }
    case .cell:
      if let contents = heap.items[i].first { add("cell_contents", contents) }
    case .descriptor:
      if let d = heap.dictOf(id) { add("__dict__", .object(d)) }
      let names = descriptorKind(id) == .property ? ["fget", "fset", "fdel", "__doc__"] : ["__func__"]
      for (n, v) in heap.items[i].enumerated() where n < names.count { add(names[n], v) }
    }
    return result
  }

  /// An object's slots in its own order, immediates included (attributes,
  /// items, dict entries; a class's namespace without its bookkeeping
  /// names), at most `limit`, and how many it has in all.
  public func inspectFields(_ id: ObjectID, limit: Int) -> (fields: [(label: String, value: Value)], count: Int) {
    var fields: [(label: String, value: Value)] = []
    var count = 0
    // Labels only for the fields shown: the rest are counted.
    func add(_ label: @autoclosure () -> String, _ v: Value) {
      count += 1
      if fields.count < limit { fields.append((label(), v)) }
    }
    func addEntries(of dict: ObjectID, attribute: Bool, skipping skipped: Set<String> = []) {
      for (k, v) in heap.tables[dict.index].entries {
        if case .str(let name) = k, skipped.contains(name) { continue }
        add(keyLabel(k, attribute: attribute), v)
      }
    }
    let i = id.index
    switch heap.kind(id) {
    case .instance:
      if let d = heap.dictOf(id) {
        addEntries(of: d, attribute: true)
      } else if let cls = heap.classOf(id), let keys = classKeys[cls] {
        for (n, v) in heap.items[i].enumerated() where n < keys.count { add(keys[n], v) }
      }
    case .dict: addEntries(of: id, attribute: false)
    case .list, .tuple:
      // A big container's count alone: its first items are enough.
      for v in heap.items[i].prefix(limit) { add("[\(fields.count)]", v) }
      count = heap.items[i].count
    case .classObject, .module:
      if let d = heap.dictOf(id) { addEntries(of: d, attribute: true, skipping: Self.bookkeepingNames) }
    case .boundMethod:
      let items = heap.items[i]
      if items.count > 0 { add("__func__", items[0]) }
      if items.count > 1 { add("__self__", items[1]) }
    case .weakref:
      if let target = heap.weakrefTarget(id) { add("ref", .object(target)) }
      if let callback = heap.items[i].first { add("callback", callback) }
    case .generator:
      for (label, v) in zip(generatorSlotLabels(id), heap.items[i]) { add(label, v) }
    default: break
    }
    return (fields, count)
  }

  /// Names every class namespace has, which say nothing about the scenario.
  static let bookkeepingNames: Set<String> = ["__module__", "__doc__", "__qualname__", "__dict__", "__weakref__"]

  /// Dicts that are some object's `__dict__` (or a class's namespace, or
  /// the globals), frame objects and strs (a slot shows a str as its text),
  /// and the interpreter's own machinery (a class's helper tuples, what
  /// `print` and `repr` keep): drawn only when asked for.
  public func inspectIsHidden(_ id: ObjectID) -> Bool {
    if heap.isInternal(id) || id == pendingList { return true }
    switch heap.kind(id) {
    case .frame: return !heap.ownsSlots(id)
    case .str: return true
    case .dict: return id == globals || heap.owner(ofDict: id) != nil
    case .list: return id == heap.garbageList
    default: return false
    }
  }

  /// An immediate value as a frame slot shows it (never allocates).
  public func inspectText(_ v: Value) -> String {
    switch v {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let n): return String(n)
    case .float(let x): return FloatText.repr(x)
    case .str(let s): return quotedForDisplay(s, quote: "'")
    case .object(let o): return "#\(o.raw)"
    case .native(let raw):
      guard let native = Native(rawValue: raw) else { return "<builtin>" }
      if native.isModule { return "<module '\(native.pythonName)'>" }
      return "<built-in \(native.pythonName)>"
    }
  }

  private func isStrObject(_ v: Value) -> Bool {
    if case .object(let o) = v { return heap.kind(o) == .str }
    return false
  }

  private func keyLabel(_ key: Value, attribute: Bool) -> String {
    if attribute, case .str(let s) = key { return s }
    return inspectText(key)
  }
}
