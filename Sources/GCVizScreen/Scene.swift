import GCEngine
import GCVizTimeline

/// Everything one render needs, computed once: the inputs, the glyph set,
/// and one pass over the heap (the drawn objects by serial, counts).
struct Scene {
  let state: RunState
  let context: ScreenContext
  let options: ScreenOptions
  let glyphs: Glyphs
  /// All drawn objects, by serial.
  let drawn: [ObjectID]
  /// The `gc.garbage` list, when the state has it (hidden: the graph
  /// draws it as a root).
  let garbageList: ObjectID?
  /// What gc.garbage holds, as the list's edges; the objects marked as in
  /// it, by serial (the order the collector appends them in), when the
  /// list itself is not recorded (it is made before the scenario starts).
  let garbage: [Reference]
  /// Tracked objects per generation 0, 1, 2, permanent (hidden included).
  let generationSizes: [Int]
  let hiddenCount: Int
  /// The collection marks some drawn object carries (for the legend).
  let marks: Set<CollectionMark>
  /// The trial-deletion colours other than black some drawn object has
  /// (purple also for a buffered object), for the legend.
  let trialColors: Set<TrialColor>
  /// Objects waiting in the toy JVM's root buffer (hidden ones included).
  let bufferedCount: Int
  /// Per object: its type's number if drawn, else hidden or absent (filled
  /// in the same pass), so an edge's target is checked without hashing.
  let types: TypeTable
  /// Per drawn object what folding reads of it (see `DrawnFacts`).
  let facts: DrawnFacts

  init(state: RunState, context: ScreenContext, options: ScreenOptions) {
    self.state = state
    self.context = context
    self.options = options
    glyphs = options.ascii ? .ascii : .unicode
    var all: [(Int, ObjectID)] = []
    all.reserveCapacity(state.objects.count)
    var sizes = [0, 0, 0, 0]
    var hidden = 0
    var marks = Set<CollectionMark>()
    var trialColors = Set<TrialColor>()
    var buffered = 0
    // Neighbours in a big heap mostly share a type: no name hashed for them.
    var lastType = ""
    var lastNumber: Int32 = -1
    var typeNumbers: [String: Int32] = [:]
    var types = TypeTable(covering: state.objects.keys)
    var facts = DrawnFacts(covering: state.objects.keys)
    var garbageList: ObjectID?
    var inGarbage: [(Int, ObjectID)] = []
    for object in state.objects.values {
      if object.inGarbage { inGarbage.append((object.serial, object.id)) }
      if object.isBuffered { buffered += 1 }
      if let g = object.generation, !object.inGarbage { sizes[min(max(g, 0), 3)] += 1 }
      if object.kind == .list, object.isHidden, object.typeName == "gc.garbage" {
        // The gc module's list: the graph draws it as a root, not hidden.
        garbageList = object.id
        types[object.id] = TypeTable.hidden
        continue
      }
      if object.isHidden && !options.showHidden {
        hidden += 1
        types[object.id] = TypeTable.hidden
        continue
      }
      all.append((object.serial, object.id))
      if let mark = object.mark { marks.insert(mark) }
      if object.trialColor != .black { trialColors.insert(object.trialColor) }
      if lastNumber < 0 || object.typeName != lastType {
        lastType = object.typeName
        lastNumber = typeNumbers[lastType] ?? Int32(typeNumbers.count)
        typeNumbers[lastType] = lastNumber
      }
      types[object.id] = lastNumber
      facts[object.id] = DrawnFacts.Facts(
        kind: object.kind, generation: object.generation, mark: object.mark, references: object.references)
    }
    drawn = Scene.bySerial(all)
    self.garbageList = garbageList
    garbage =
      garbageList.flatMap { state.objects[$0]?.references }
      ?? Scene.bySerial(inGarbage).enumerated().map { Reference(label: "[\($0.offset)]", target: $0.element) }
    generationSizes = sizes
    hiddenCount = hidden
    self.marks = marks
    self.trialColors = trialColors
    bufferedCount = buffered
    self.types = types
    self.facts = facts
  }

  /// The ids of (serial, id) pairs in serial order. Serials are unique and
  /// the live ones mostly close together, so each id goes straight to its
  /// serial's slot (ordering 10,000 objects this way costs a tenth of a
  /// sort); serials spread far apart, or a serial twice, are sorted.
  static func bySerial(_ pairs: [(Int, ObjectID)]) -> [ObjectID] {
    var low = Int.max
    var high = Int.min
    for (serial, _) in pairs {
      low = min(low, serial)
      high = max(high, serial)
    }
    guard low <= high, high - low < 4 * pairs.count else { return pairs.sorted { $0.0 < $1.0 }.map(\.1) }
    let empty = Int32.min
    var slots = [Int32](repeating: empty, count: high - low + 1)
    for (serial, id) in pairs {
      guard slots[serial - low] == empty, id.raw != empty else { return pairs.sorted { $0.0 < $1.0 }.map(\.1) }
      slots[serial - low] = id.raw
    }
    var ids: [ObjectID] = []
    ids.reserveCapacity(pairs.count)
    for raw in slots where raw != empty { ids.append(ObjectID(raw)) }
    return ids
  }

  func object(_ id: ObjectID) -> ObjectState? { state.objects[id] }

  /// The line the source panel marks: the toy JVM's innermost method
  /// frame's (a call returns mid-line, with no new line step), else the
  /// line about to run.
  var currentLine: Int {
    guard context.isJVM else { return state.line }
    return state.frames.last { $0.instruction != nil }?.line ?? state.line
  }

  /// Whether `id` is drawn at all (alive, and not a hidden object left hidden).
  func isDrawn(_ id: ObjectID) -> Bool {
    guard let object = state.objects[id] else { return false }
    return options.showHidden || !object.isHidden
  }

  /// An object's references as drawn: with hidden objects not shown, an
  /// edge into one (a 2.7 instance's `__dict__`) is replaced by that
  /// object's own edges, so `c1.t = c2` still shows as `#41 ─t─▶ #42`.
  func drawnReferences(of object: ObjectState) -> [Reference] {
    drawnReferences(of: object.id, object.references)
  }

  /// The same, for the drawn object `id` whose own references are `references`.
  func drawnReferences(of id: ObjectID, _ references: [Reference]) -> [Reference] {
    // Most objects refer to no hidden one: their own list as it is.
    if options.showHidden || !references.contains(where: { types[$0.target] == TypeTable.hidden }) {
      return references
    }
    guard let object = state.objects[id] else { return references }
    return VisibleEdges.references(of: object, in: state.objects)
  }

  /// Whether every object left is a leak: the toy JVM's run has finished,
  /// main has returned and the classes are gone, so what pure reference
  /// counting still holds only holds itself (the run's leak report).
  var showsLeaks: Bool {
    guard context.isJVM, case .finished? = state.ending else { return false }
    return true
  }

  /// Whether frames show their stacks: the toy JVM's slots hold counts as
  /// locals do; Python's on request (`e`).
  var showsStack: Bool { context.isJVM || options.showStack }

  /// What a frame holds as the graph draws it: its variables, and its
  /// stack when shown.
  func rootValues(_ frame: FrameView) -> [SlotValue] {
    frame.variables.map(\.value) + (showsStack ? frame.stack : [])
  }

  /// The profile's collector debug flags by name.
  var debugFlagsText: String { Format.debugFlags(state.counters.debugFlags, leakMask: context.debugLeakMask) }
}
