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
      for case .object(let id) in rootValues(frame) {
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

  /// The boxed objects less the repeats: of the parts of the heap no frame
  /// holds (connected through boxed objects), the first `keeping` of each
  /// shape (the same types, marks and number of edges) keep their boxes;
  /// the others fold.
  func withoutRepeats(_ boxed: [ObjectID], keeping: Int) -> [ObjectID] {
    var parent: [ObjectID: ObjectID] = [:]
    for id in boxed { parent[id] = id }
    func find(_ id: ObjectID) -> ObjectID {
      var id = id
      while parent[id]! != id { id = parent[id]! }
      return id
    }
    var edges: [ObjectID: Int] = [:]
    for id in boxed {
      for r in scene.drawnReferences(of: scene.object(id)!) where parent[r.target] != nil {
        let a = find(id)
        let b = find(r.target)
        if a != b { parent[max(a, b)] = min(a, b) }
      }
    }
    for id in boxed {
      for r in scene.drawnReferences(of: scene.object(id)!) where parent[r.target] != nil {
        edges[find(id), default: 0] += 1
      }
    }
    // Held by a frame's names; gc.garbage's items may fold (the garbage
    // box then points at the counted box).
    var held = Set<ObjectID>()
    for frame in scene.state.frames {
      for case .object(let target) in rootValues(frame) where parent[target] != nil { held.insert(find(target)) }
    }
    var members: [ObjectID: [ObjectID]] = [:]
    for id in boxed { members[find(id), default: []].append(id) }
    var seen: [String: Int] = [:]
    var dropped = Set<ObjectID>()
    for id in boxed where find(id) == id && !held.contains(id) {
      let shape =
        members[id]!.map { scene.object($0)!.typeName + ":" + (scene.object($0)!.mark.map(Format.mark) ?? "") }
        .sorted().joined(separator: ",") + "|\(edges[id] ?? 0)"
      seen[shape, default: 0] += 1
      if seen[shape]! > keeping { dropped.formUnion(members[id]!) }
    }
    return boxed.filter { !dropped.contains($0) }
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
    var text = "\(own) #\(object.serial) rc=\(object.refcount)"
    if object.kind == .classObject { text += " (class)" }
    return label == object.name ? text : "\(label) = \(text)"
  }
}
