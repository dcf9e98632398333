import GCEngine
import GCVizTimeline

/// The groups the object graph is drawn in, left to right.
enum ObjectGroup: Int, CaseIterable, Sendable {
  case gen0, gen1, gen2, garbage, permanent, untracked

  /// The toy JVM has no generations: everything is in the one heap group.
  func title(jvm: Bool) -> String { jvm && self == .untracked ? "heap" : title }

  var title: String {
    switch self {
    case .gen0: return "gen0"
    case .gen1: return "gen1"
    case .gen2: return "gen2"
    case .garbage: return "gc.garbage"
    case .permanent: return "permanent"
    case .untracked: return "untracked"
    }
  }

  static func of(_ object: ObjectState) -> ObjectGroup {
    if object.inGarbage { return .garbage }
    switch object.generation {
    case nil: return .untracked
    case 0: return .gen0
    case 1: return .gen1
    case 2: return .gen2
    default: return .permanent
    }
  }
}

/// How many objects of one type a group holds, for folded lines
/// (`ClassA ×1,204 gen2`).
struct TypeCount {
  var type: String
  var count: Int
  var firstSerial: Int
  /// The mark all of them carry (nil: none, or mixed).
  var mark: CollectionMark?
  var mixed: Bool
  var garbage: Bool
}

/// Everything one render needs, computed once: the inputs, the glyph set,
/// and one pass over the heap (groups sorted by serial, counts).
struct Scene {
  let state: RunState
  let context: ScreenContext
  let options: ScreenOptions
  let glyphs: Glyphs
  /// Drawn objects per group (hidden ones left out unless shown), by serial.
  let groups: [[ObjectID]]
  /// Tracked objects per generation 0, 1, 2, permanent (hidden included).
  let generationSizes: [Int]
  let hiddenCount: Int
  /// Per group, its objects counted by type in order of first serial:
  /// computed in the one pass over the heap so folding 10,000 objects
  /// costs no second pass.
  let typeCounts: [[TypeCount]]
  /// The collection marks some drawn object carries (for the legend).
  let marks: Set<CollectionMark>
  /// The trial-deletion colours other than black some drawn object has
  /// (purple also for a buffered object), for the legend.
  let trialColors: Set<TrialColor>
  /// Objects waiting in the toy JVM's root buffer (hidden ones included).
  let bufferedCount: Int
  /// The untracked objects worth a line of their own when their group does
  /// not fit, by serial: those with references, collector state, held by a
  /// frame or inspected. The rest (a hundred `[dict #14 rc=1]`) are only
  /// counted.
  let untrackedOfNote: [ObjectID]
  /// Per object: its type's number if drawn, else hidden or absent (filled
  /// in the same pass), so an edge's target is checked without hashing.
  let types: TypeTable

  init(state: RunState, context: ScreenContext, options: ScreenOptions) {
    self.state = state
    self.context = context
    self.options = options
    glyphs = options.ascii ? .ascii : .unicode
    var keyed = Array(repeating: [(Int, ObjectID)](), count: ObjectGroup.allCases.count)
    var sizes = [0, 0, 0, 0]
    var hidden = 0
    var marks = Set<CollectionMark>()
    var trialColors = Set<TrialColor>()
    var buffered = 0
    var counts = Array(repeating: [TypeCount](), count: ObjectGroup.allCases.count)
    var countIndex = Array(repeating: [String: Int](), count: ObjectGroup.allCases.count)
    // Per group, the number of each counted type, and the last type counted
    // (neighbours in a big heap mostly share it: no name hashed for them).
    var countNumbers = Array(repeating: [Int32](), count: ObjectGroup.allCases.count)
    var lastCount = Array(repeating: -1, count: ObjectGroup.allCases.count)
    var typeNumbers: [String: Int32] = [:]
    var types = TypeTable(covering: state.objects.keys)
    var ofNote: [(Int, ObjectID)] = []
    var held = Set<ObjectID>()
    for frame in state.frames {
      for case .object(let id) in frame.variables.map(\.value) + frame.stack { held.insert(id) }
    }
    for object in state.objects.values {
      if object.isBuffered { buffered += 1 }
      if let g = object.generation, !object.inGarbage { sizes[min(max(g, 0), 3)] += 1 }
      if object.isHidden && !options.showHidden {
        hidden += 1
        types[object.id] = TypeTable.hidden
        continue
      }
      let group = ObjectGroup.of(object).rawValue
      keyed[group].append((object.serial, object.id))
      if group == ObjectGroup.untracked.rawValue,
        !object.references.isEmpty || object.mark != nil || object.gcRefs != nil || held.contains(object.id)
          || options.inspecting == object.id
      {
        ofNote.append((object.serial, object.id))
      }
      if let mark = object.mark { marks.insert(mark) }
      if object.trialColor != .black { trialColors.insert(object.trialColor) }
      var i = lastCount[group]
      if i < 0 || counts[group][i].type != object.typeName { i = countIndex[group][object.typeName] ?? -1 }
      if i >= 0 {
        counts[group][i].count += 1
        counts[group][i].firstSerial = min(counts[group][i].firstSerial, object.serial)
        if counts[group][i].mark != object.mark { counts[group][i].mixed = true }
      } else {
        i = counts[group].count
        countIndex[group][object.typeName] = i
        counts[group].append(
          TypeCount(
            type: object.typeName, count: 1, firstSerial: object.serial, mark: object.mark, mixed: false,
            garbage: object.inGarbage))
        let number = typeNumbers[object.typeName] ?? Int32(typeNumbers.count)
        typeNumbers[object.typeName] = number
        countNumbers[group].append(number)
      }
      lastCount[group] = i
      types[object.id] = countNumbers[group][i]
    }
    groups = keyed.map(Scene.bySerial)
    generationSizes = sizes
    hiddenCount = hidden
    self.marks = marks
    self.trialColors = trialColors
    bufferedCount = buffered
    untrackedOfNote = Scene.bySerial(ofNote)
    typeCounts = counts.map { list in list.sorted { $0.firstSerial < $1.firstSerial } }
    self.types = types
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
    // Most objects refer to no hidden one: their own list as it is.
    if options.showHidden || !object.references.contains(where: { types[$0.target] == TypeTable.hidden }) {
      return object.references
    }
    return VisibleEdges.references(of: object, in: state.objects)
  }

  /// The profile's collector debug flags by name.
  var debugFlagsText: String { Format.debugFlags(state.counters.debugFlags, leakMask: context.debugLeakMask) }
}
