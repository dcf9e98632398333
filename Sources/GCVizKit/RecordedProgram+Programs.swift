import GCEngine
import GCVizRecording
import GCVizTimeline
import JavaFrontEnd
import JavaRuntime
import PythonFrontEnd
import PythonRuntime

extension Interpreter: RecordedProgram {
  public func recordedFrameChanges(_ slot: (Value) -> SlotValue, namespaceSpan: (ObjectID) -> SlotSpan?)
    -> FrameEdit
  {
    func view(_ frame: InspectedFrame) -> FrameView {
      var view = FrameView(
        function: frame.function, line: frame.line,
        variables: frame.variables.map { Variable(name: $0.name, value: slot($0.value)) },
        stack: frame.stack.map(slot))
      if let namespace = frame.namespace, case .object(let id) = slot(.object(namespace)) { view.namespace = id }
      func objects(_ slots: [(name: String, value: Value)]) -> [Variable] {
        slots.compactMap { name, value in
          guard case .object(let id) = slot(value) else { return nil }
          return Variable(name: name, value: .object(id))
        }
      }
      view.internals = objects(frame.internals)
      view.strings = objects(frame.strings)
      return view
    }
    let changed = takeFrameChanges(namespaceSpan: namespaceSpan).map { index, change in
      switch change {
      case .whole(let frame):
        return FrameEdit.Change(index: index, frame: view(frame))
      case .variables(let frame, let range, let replacement):
        let variables = replacement.map { Variable(name: $0.name, value: slot($0.value)) }
        return FrameEdit.Change(
          index: index, frame: view(frame), variablesEdit: RangeEdit(range: range, replacement: variables))
      }
    }
    return FrameEdit(count: inspectedFrameCount, changed: changed)
  }

  public var framesBeforeCalls: Int { 0 }
  public func recordedFunctionName(atFrame index: Int) -> String { inspectFunctionName(atFrame: index) }
  public func recordedTypeName(_ id: ObjectID) -> String { inspectTypeName(id) }
  public func recordedName(_ id: ObjectID) -> String { inspectName(id) }

  public func recordedReferences(_ id: ObjectID) -> [Reference] {
    // A dict's references carry their table positions (edited by slot).
    if heap.kind(id) == .dict { return recordedReferences(id, slots: 0..<heap.tablePositionCount(id)) }
    guard heap.kind(id) == .list else {
      return inspectReferences(id).map { Reference(label: $0.label, target: $0.target, isWeak: $0.isWeak) }
    }
    return heap.items[id.index].enumerated().compactMap { n, item in
      guard case .object(let o) = item else { return nil }
      return Reference(label: "[\(n)]", target: o, index: Int32(truncatingIfNeeded: n))
    }
  }

  /// A list's references are its object items as `[n]`, each with its
  /// index: those whose item and index are as before are taken from
  /// `previous`, so an append costs a comparison per item, not a label.
  public func recordedReferences(_ id: ObjectID, previous: [Reference]) -> [Reference] {
    guard heap.kind(id) == .list, !previous.isEmpty else { return recordedReferences(id) }
    var result: [Reference] = []
    result.reserveCapacity(previous.count + 1)
    var k = 0
    for (n, item) in heap.items[id.index].enumerated() {
      guard case .object(let o) = item else { continue }
      // Previous references to items before n are gone (or moved).
      while k < previous.count, previous[k].index < n { k += 1 }
      if k < previous.count, previous[k].index == n, previous[k].target == o {
        result.append(previous[k])
        k += 1
      } else {
        result.append(Reference(label: "[\(n)]", target: o, index: Int32(truncatingIfNeeded: n)))
      }
    }
    return result
  }

  public func recordedSlotCount(_ id: ObjectID) -> Int? { inspectSlotCount(id) }

  public func recordedHeldReferences(_ id: ObjectID) -> [Reference]? {
    inspectHeldReferences(id)?.map { Reference(label: $0.label, target: $0.target, isWeak: $0.isWeak) }
  }

  /// Only those that are recorded objects: the rest no inspector shows.
  public func recordedInterpreterReferences(_ slot: (Value) -> SlotValue) -> [Variable] {
    var references: [Variable] = []
    forEachInterpreterReference(startupStandIns: false) { name, value in
      guard case .object = value, case .object(let id) = slot(value) else { return }
      references.append(Variable(name: name(), value: .object(id)))
    }
    return references
  }

  public func recordedReferences(_ id: ObjectID, slots: Range<Int>) -> [Reference] {
    inspectReferences(id, slots: slots).map {
      Reference(label: $0.reference.label, target: $0.reference.target, index: Int32(truncatingIfNeeded: $0.slot))
    }
  }

  public func recordedFieldCount(_ id: ObjectID, changedFrom lower: Int, limit: Int, shown: Int) -> Int? {
    inspectFieldCount(id, changedFrom: lower, limit: limit, shown: shown)
  }

  public func recordedFields(_ id: ObjectID, limit: Int, _ slot: (Value) -> SlotValue) -> (
    fields: [Variable], count: Int
  ) {
    let (fields, count) = inspectFields(id, limit: limit)
    return (fields.map { Variable(name: $0.label, value: slot($0.value)) }, count)
  }

  public func recordedIsHidden(_ id: ObjectID) -> Bool { inspectIsHidden(id) }
  public func recordedText(_ value: Value) -> String { inspectText(value) }
  public func stopAtNextStep() { maxSteps = 1 }
}

extension JavaMachine: RecordedProgram {
  /// Every instruction that does not start a line step is a stop of `s`
  /// (a new line is the `.line` event's stop instead).
  public func observeInstructionStops(_ stop: @escaping () -> Void) {
    onInstruction = { machine in
      if !machine.isFinished && !machine.nextInstructionStartsStep { stop() }
    }
  }

  /// The static fields first (a frame of their own when the program has
  /// any: they hold counts as locals do), then each method's frame with
  /// its locals and its operand stack, and where it is in its code.
  public func recordedFrameChanges(_ slot: (Value) -> SlotValue, namespaceSpan: (ObjectID) -> SlotSpan?)
    -> FrameEdit
  {
    var changed: [FrameEdit.Change] = []
    let (staticsChanged, methodFrames) = takeChangedFrames()
    let base = framesBeforeCalls
    if staticsChanged && base > 0 {
      changed.append(
        FrameEdit.Change(
          index: 0,
          frame: FrameView(
            function: "statics", line: 0,
            variables: staticFields.map { Variable(name: $0.name, value: slot($0.value)) })))
    }
    for index in methodFrames {
      changed.append(FrameEdit.Change(index: base + index, frame: view(of: frames[index], slot)))
    }
    return FrameEdit(count: base + frames.count, changed: changed)
  }

  /// A method's frame: its locals in scope, its operand stack, where it is.
  private func view(of frame: JavaFrame, _ slot: (Value) -> SlotValue) -> FrameView {
    var variables: [Variable] = []
    let offset = frame.instruction.offset
    for (index, value) in frame.locals.enumerated() {
      let name = localName(frame, slot: index, offset: offset)
      // A variable in scope shows, null or not. Out of scope (or before
      // its first store) a slot shows only if it still holds an object:
      // the count includes it although no name does (javac leaves a
      // block's locals in their slots).
      var holdsObject = false
      if case .object = value { holdsObject = true }
      guard name != nil || holdsObject else { continue }
      variables.append(Variable(name: name.map { "\(index) \($0)" } ?? "\(index)", value: slot(value)))
    }
    return FrameView(
      function: Self.frameName(frame.methodName), line: frame.line, variables: variables,
      stack: frame.stack.map(slot),
      instruction: InstructionPointer(method: frame.methodIndex, index: frame.pc))
  }

  /// How the frames panel names a method's frame: `main()`, a constructor
  /// as its class `Node()`, a static initializer `Node static {}`. The
  /// bytecode panel's title has the full name.
  static func frameName(_ qualifiedName: String) -> String {
    let parts = qualifiedName.split(separator: ".", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { return qualifiedName }
    let owner = JavaProgram.sourceName(parts[0])
    switch parts[1] {
    case "<init>": return owner + "()"
    case "<clinit>": return owner + " static {}"
    default: return parts[1] + "()"
    }
  }

  /// A local's name where the frame is, if the slot is a variable in scope.
  private func localName(_ frame: JavaFrame, slot: Int, offset: Int) -> String? {
    // javac -g's LocalVariableTable: a variable is in scope from just after
    // the store that gives it its first value.
    frame.javaMethod.localName(slot: slot, atOffset: offset)
  }

  public var framesBeforeCalls: Int { staticFields.isEmpty ? 0 : 1 }

  public func recordedFunctionName(atFrame index: Int) -> String {
    let base = framesBeforeCalls
    if index < base { return "statics" }
    return index - base < frames.count ? Self.frameName(frames[index - base].methodName) : ""
  }
  public func recordedTypeName(_ id: ObjectID) -> String { type(of: id)?.name ?? heap.typeName(id) }
  public func recordedName(_ id: ObjectID) -> String { "" }

  public func recordedReferences(_ id: ObjectID) -> [Reference] {
    references(of: id).map { Reference(label: $0.slot, target: $0.target) }
  }

  public func recordedFields(_ id: ObjectID, limit: Int, _ slot: (Value) -> SlotValue) -> (
    fields: [Variable], count: Int
  ) {
    let (fields, count) = fields(of: id, limit: limit)
    return (fields.map { Variable(name: $0.label, value: slot($0.value)) }, count)
  }

  public func recordedIsHidden(_ id: ObjectID) -> Bool { false }

  public func recordedText(_ value: Value) -> String {
    switch value {
    case .none: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let n): return String(n)
    // The Java subset has no floating-point types.
    case .float(let x): return String(x)
    case .str(let s): return quotedForDisplay(s, quote: "\"")
    case .object(let o): return "#\(o.raw)"
    case .native: return value == JavaMachine.argumentsValue ? "String[0]" : "System.out"
    }
  }

  public func stopAtNextStep() { maxSteps = max(1, steps) }
}
