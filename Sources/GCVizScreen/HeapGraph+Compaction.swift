import GCEngine
import GCVizTimeline

/// Ways the graph saves room (see `GraphStyle`): objects drawn as rows of
/// the box that holds them, and repeated parts of the heap folded.
extension HeapGraphBuilder {
  /// The boxed objects to draw as rows of another box instead: a function
  /// only a class holds (a method), and with `codeInFrames` a class or
  /// function only the outermost frame's names hold.
  func inlined(_ boxed: [ObjectID]) -> [ObjectID] {
    guard style.methodsInClasses || style.codeInFrames, !scene.options.showHidden else { return [] }
    var referrers: [ObjectID: [ObjectID]] = [:]
    let isBoxed = Set(boxed)
    // A call's bound method holds its function and instance for a moment:
    // not a holder that should take a method out of its class.
    for id in boxed where !Self.isTransient(scene.object(id)!.kind) {
      for r in scene.drawnReferences(of: scene.object(id)!) where isBoxed.contains(r.target) && r.target != id {
        referrers[r.target, default: []].append(id)
      }
    }
    var heldByOuter = Set<ObjectID>()
    var heldByOthers = Set<ObjectID>()
    for (i, frame) in scene.state.frames.enumerated() {
      for case .object(let id) in scene.rootValues(frame) {
        if i == 0 { heldByOuter.insert(id) } else { heldByOthers.insert(id) }
      }
    }
    heldByOthers.formUnion(scene.garbage.map(\.target))
    var out: [ObjectID] = []
    for id in boxed {
      let object = scene.object(id)!
      guard object.kind == .function || object.kind == .classObject, !heldByOthers.contains(id) else { continue }
      let holders = referrers[id] ?? []
      if style.methodsInClasses, object.kind == .function, !heldByOuter.contains(id), holders.count == 1,
        scene.object(holders[0])?.kind == .classObject
      {
        out.append(id)
      } else if style.codeInFrames, holders.isEmpty, heldByOuter.contains(id) {
        out.append(id)
      }
    }
    return out
  }

}

/// Which drawn objects are repeats: parts of the heap no frame holds
/// (weakly connected) that look like an earlier one (the same types, marks
/// and number of edges). Each object gets the rank of its part among those
/// of its shape, by serial: 0 for the first, 1 for the second... (-1: held
/// by a frame). Computed once a frame; `GraphStyle.repeatsDrawn` = k keeps
/// the parts ranked below k, the same ones at every step.
struct RepeatRanks {
  private(set) var ranks: TypeTable
  /// The highest rank: keeping that many or more folds nothing.
  private(set) var most: Int32 = 0

  init(_ scene: Scene, drawn: [ObjectID]) {
    ranks = TypeTable(like: scene.types, filledWith: -1)
    var index = TypeTable(like: scene.types, filledWith: -1)
    for (i, id) in drawn.enumerated() { index[id] = Int32(i) }
    var sets = UnionFind(count: drawn.count)
    var edges = Array(repeating: 0, count: drawn.count)
    for (i, id) in drawn.enumerated() {
      for r in scene.drawnReferences(of: scene.object(id)!) {
        let j = Int(index[r.target])
        guard j >= 0 else { continue }
        edges[i] += 1
        sets.union(i, j)
      }
    }
    var held = Array(repeating: false, count: drawn.count)
    for frame in scene.state.frames {
      for case .object(let target) in scene.rootValues(frame) where index[target] >= 0 {
        held[sets.find(Int(index[target]))] = true
      }
    }
    // A part's shape: its objects' types and marks, as sorted numbers, and
    // its edges; parts by their first object (serial order).
    var parts: [Int: [Int]] = [:]
    var order: [Int] = []
    for i in drawn.indices {
      let root = sets.find(i)
      if parts[root] == nil { order.append(root) }
      parts[root, default: []].append(i)
    }
    var seen: [[Int]: Int32] = [:]
    for root in order where !held[root] {
      let members = parts[root]!
      var shape = members.map { i -> Int in
        let object = scene.object(drawn[i])!
        return Int(scene.types[drawn[i]]) * 16 + (object.mark.map { Self.markNumbers[$0] ?? 0 } ?? 0)
      }.sorted()
      shape.append(members.map { edges[$0] }.reduce(0, +))
      let rank = seen[shape] ?? 0
      seen[shape] = rank + 1
      most = max(most, rank)
      for i in members { ranks[drawn[i]] = rank }
    }
  }

  static let markNumbers: [CollectionMark: Int] = [
    .candidate: 1, .reachable: 2, .unreachable: 3, .finalized: 4, .cleared: 5, .uncollectable: 6,
  ]

  /// `drawn` less the repeats past the first `keeping` of each shape.
  func keeping(_ keeping: Int, of drawn: [ObjectID]) -> [ObjectID] {
    drawn.filter { ranks[$0] < Int32(keeping) }
  }
}

extension HeapGraphBuilder {
  /// Objects that live for a call or a loop: a bound method, an iterator,
  /// a 2.7 frame.
  static func isTransient(_ kind: ObjectKind) -> Bool {
    kind == .boundMethod || kind == .builtinMethod || kind == .iterator || kind == .frame
  }

  /// An object drawn as a row: `__init__() #4 rc=1`, `ClassA #7 rc=8
  /// (class)` (what a narrow box cuts first comes last), named by its slot
  /// when that is not its own name.
  func inlineRow(_ label: String, _ object: ObjectState) -> String {
    let own = object.kind == .function ? object.name + "()" : object.name
    var text = "\(own) #\(object.serial) \(Format.refcount(object))"
    if object.kind == .classObject { text += " (class)" }
    return label == object.name ? text : "\(label) = \(text)"
  }
}
