import GCEngine
import GCVizTimeline

/// What the inspector knows about one object: its edges both ways, and why
/// it is alive: a path from a root (a frame variable or stack slot) along
/// strong references, found breadth-first so it is a shortest one.
///
/// With hidden objects not shown, it sees the graph the screen draws: a 2.7
/// instance's referents are its attributes (`t`, not its `__dict__`), and a
/// referrer or a hop through a hidden `__dict__` is its owner's attribute.
/// A hidden object inspected anyway is shown as it is.
public struct ObjectInspection: Equatable, Sendable {
  /// Something that refers to the object: another object, or a frame slot.
  public enum Referrer: Equatable, Sendable {
    case object(ObjectID, label: String)
    /// `f2()` and the variable name (or `stack[i]`).
    case frame(function: String, slot: String)
  }

  /// One hop of a path: the label of the edge taken and the object reached.
  public struct Hop: Equatable, Sendable {
    /// The edge's label (empty for the first hop, from the root's slot).
    public var label: String
    public var target: ObjectID
  }

  /// The object asked about.
  public let id: ObjectID
  /// Its state, nil once it has been freed.
  public let object: ObjectState?
  /// What it refers to, in its own order.
  public let referents: [Reference]
  /// What refers to it: frame slots first, then objects by serial.
  public let referrers: [Referrer]
  /// The root (`f2() c1`) and the hops from it to the object; nil when no
  /// root reaches it.
  public let path: (root: String, hops: [Hop])?

  public static func == (a: ObjectInspection, b: ObjectInspection) -> Bool {
    a.id == b.id && a.object == b.object && a.referents == b.referents && a.referrers == b.referrers
      && a.path?.root == b.path?.root && a.path?.hops == b.path?.hops
  }

  /// `showHidden`: the raw structure (hidden objects are ordinary nodes).
  public init(state: RunState, id: ObjectID, showHidden: Bool) {
    self.id = id
    object = state.objects[id]
    let raw = showHidden || object?.isHidden == true
    func edges(_ object: ObjectState) -> [Reference] {
      raw ? object.references : VisibleEdges.references(of: object, in: state.objects)
    }
    referents = object.map(edges) ?? []
    var referrers: [Referrer] = []
    for frame in state.frames {
      let function = Self.frameName(frame)
      for variable in frame.variables where variable.value == .object(id) {
        referrers.append(.frame(function: function, slot: variable.name))
      }
      for (i, value) in frame.stack.enumerated() where value == .object(id) {
        referrers.append(.frame(function: function, slot: "stack[\(i)]"))
      }
    }
    // Every object's references, in serial order so the list is stable.
    var found: [(serial: Int, from: ObjectID, label: String)] = []
    for other in state.objects.values {
      for reference in other.references where reference.target == id {
        found.append((other.serial, other.id, reference.label))
      }
    }
    if !raw { found = Self.throughHidden(found, state) }
    // By serial; one object's edges keep their own order.
    let ordered = found.enumerated().sorted { ($0.element.serial, $0.offset) < ($1.element.serial, $1.offset) }
    self.referrers = referrers + ordered.map { .object($0.element.from, label: $0.element.label) }
    path = object == nil ? nil : Self.pathFromRoot(state: state, to: id, edges: edges)
  }

  /// Referrers as the graph shows them: one that is a hidden object (a 2.7
  /// `__dict__`) gives way to the objects that refer to it, the label
  /// composed (`#41 ─t─▶`), once each. A hidden referrer no visible object
  /// refers to (the globals, a 2.7 frame object) holds what a frame slot
  /// listed above already shows, so it goes.
  static func throughHidden(_ found: [(serial: Int, from: ObjectID, label: String)], _ state: RunState)
    -> [(serial: Int, from: ObjectID, label: String)]
  {
    var out = found.filter { state.objects[$0.from]?.isHidden != true }
    for hidden in found where state.objects[hidden.from]?.isHidden == true {
      var owners: [(serial: Int, from: ObjectID, label: String)] = []
      for other in state.objects.values where !other.isHidden {
        for reference in other.references where reference.target == hidden.from {
          owners.append((other.serial, other.id, VisibleEdges.compose(reference.label, hidden.label)))
        }
      }
      for owner in owners where !out.contains(where: { $0.from == owner.from && $0.label == owner.label }) {
        out.append(owner)
      }
    }
    return out
  }

  static func frameName(_ frame: FrameView) -> String {
    frame.function == "<module>" || frame.function.hasSuffix(")") ? frame.function : frame.function + "()"
  }

  /// Multi-source BFS from the roots, innermost frame first (its names are
  /// the ones the student just wrote), over strong references only.
  static func pathFromRoot(state: RunState, to id: ObjectID, edges: (ObjectState) -> [Reference]) -> (
    root: String, hops: [Hop]
  )? {
    var parent: [ObjectID: (from: ObjectID?, label: String)] = [:]
    var queue: [ObjectID] = []
    for frame in state.frames.reversed() {
      let function = frameName(frame)
      var slots: [(String, SlotValue)] = frame.variables.map { ($0.name, $0.value) }
      slots += frame.stack.enumerated().map { ("stack[\($0.offset)]", $0.element) }
      for (slot, value) in slots {
        guard case .object(let root) = value, state.objects[root] != nil, parent[root] == nil else { continue }
        parent[root] = (nil, "\(function) \(slot)")
        queue.append(root)
      }
    }
    var head = 0
    while head < queue.count, parent[id] == nil {
      let current = queue[head]
      head += 1
      guard let object = state.objects[current] else { continue }
      for reference in edges(object) where !reference.isWeak {
        guard state.objects[reference.target] != nil, parent[reference.target] == nil else { continue }
        parent[reference.target] = (current, reference.label)
        queue.append(reference.target)
      }
    }
    guard parent[id] != nil else { return nil }
    var hops: [Hop] = []
    var current = id
    while let step = parent[current], let from = step.from {
      hops.append(Hop(label: step.label, target: current))
      current = from
    }
    let root = parent[current]!.label
    hops.append(Hop(label: "", target: current))
    return (root, hops.reversed())
  }
}
