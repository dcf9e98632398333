import GCEngine
import GCVizTimeline

/// What the inspector knows about one object: its edges both ways, and why
/// it is alive: a path from a root (a frame variable or stack slot, or a
/// reference the interpreter holds) along strong references, found
/// breadth-first so it is a shortest one.
///
/// Its referrers are the references counted in its refcount, one line
/// each, so they add up to `rc`: other objects' (an instance's link to its
/// class included), frame variables and stack slots, and the interpreter's
/// own, named. With hidden objects not shown, a reference held by a hidden
/// namespace (a 2.7 instance's `__dict__`, the globals) is told as its
/// owner's attribute (`#41 ─t─▶`) or its frame's variable (`<module> x`),
/// and an instance's referents are its attributes, not its `__dict__`. A
/// hidden object inspected anyway is shown as it is.
public struct ObjectInspection: Equatable, Sendable {
  /// Something that holds a reference to the object.
  public enum Referrer: Equatable, Sendable {
    case object(ObjectID, label: String)
    /// `f2()` and the variable name (or `stack[i]`).
    case frame(function: String, slot: String)
    /// The interpreter itself: `sys.modules['__main__']`, `frame object of
    /// f1()`, `code constants of f2`.
    case interpreter(String)
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
  /// What refers to it: frame slots first, then objects by serial, then
  /// the interpreter's own references.
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
    self.init(Survey(state), id: id, showHidden: showHidden)
  }

  /// The same, from a survey of the state (which inspecting every object
  /// of one state shares).
  public init(_ survey: Survey, id: ObjectID, showHidden: Bool) {
    let state = survey.state
    self.id = id
    object = state.objects[id]
    let raw = showHidden || object?.isHidden == true
    referents = object.map { raw ? $0.references : VisibleEdges.references(of: $0, in: state.objects) } ?? []
    referrers = (raw ? survey.rawReferrers : survey.seenReferrers)[id] ?? []
    path = object == nil ? nil : survey.path(to: id, raw: raw)
  }

  /// What inspecting any object of one state needs, worked out once per
  /// state: every object's referrers (as listed with hidden objects shown
  /// and not), and the shortest paths from the roots.
  public final class Survey {
    public let state: RunState
    public init(_ state: RunState) { self.state = state }

    public private(set) lazy var rawReferrers = referrers(raw: true)
    public private(set) lazy var seenReferrers = referrers(raw: false)
    /// From each object reached, the edge it was reached by: over the
    /// references as drawn with hidden objects shown and not, and over
    /// every held one (what the drawn ones do not reach: an instance's
    /// class).
    private lazy var rawTree = breadthFirst { $0.references }
    private lazy var seenTree = breadthFirst { [state] in VisibleEdges.references(of: $0, in: state.objects) }
    private lazy var heldTree = breadthFirst(edges: ObjectInspection.held)

    func path(to id: ObjectID, raw: Bool) -> (root: String, hops: [Hop])? {
      ObjectInspection.path(to: id, in: raw ? rawTree : seenTree) ?? ObjectInspection.path(to: id, in: heldTree)
    }

    /// Every reference counted in a refcount, listed under its target:
    /// frame slots first, then objects' by serial, then the interpreter's.
    private func referrers(raw: Bool) -> [ObjectID: [Referrer]] {
      var referrers: [ObjectID: [Referrer]] = [:]
      for frame in state.frames {
        let function = frameName(frame)
        // A module's or class body's variables are its namespace's entries:
        // listed below as the dict's references (told as these variables
        // while hidden objects are not shown).
        if frame.namespace.map({ state.objects[$0] != nil }) != true {
          for variable in frame.variables {
            guard case .object(let target) = variable.value else { continue }
            referrers[target, default: []].append(.frame(function: function, slot: variable.name))
          }
        }
        for (i, value) in frame.stack.enumerated() {
          guard case .object(let target) = value else { continue }
          referrers[target, default: []].append(.frame(function: function, slot: "stack[\(i)]"))
        }
        for string in frame.strings {
          guard case .object(let target) = string.value else { continue }
          referrers[target, default: []].append(.frame(function: function, slot: string.name))
        }
        for held in frame.internals {
          guard case .object(let target) = held.value else { continue }
          referrers[target, default: []].append(.interpreter("\(held.name) of \(function)"))
        }
      }
      let tellers = raw ? [:] : namespaceTellers()
      for other in state.orderedObjects {
        let teller = other.isHidden ? tellers[other.id] : nil
        for reference in held(by: other) {
          referrers[reference.target, default: []].append(
            teller?(reference.label, reference.target) ?? .object(other.id, label: reference.label))
        }
      }
      for reference in state.interpreterReferences {
        guard case .object(let target) = reference.value else { continue }
        referrers[target, default: []].append(.interpreter(reference.name))
      }
      return referrers
    }

    /// How a reference held by a hidden namespace is told while hidden
    /// objects are not shown: as the variable of the frame that runs in
    /// it (`<module> x`), or as an attribute of the object whose
    /// `__dict__` it is (`#41 ─t─▶`). Nil: as it is (a dict with no owner
    /// on screen).
    private func namespaceTellers() -> [ObjectID: (String, ObjectID) -> Referrer?] {
      var tellers: [ObjectID: (String, ObjectID) -> Referrer?] = [:]
      for other in state.orderedObjects.reversed() where !other.isHidden {
        for reference in held(by: other) where reference.label == "__dict__" {
          guard state.objects[reference.target]?.isHidden == true else { continue }
          let owner = other.id
          tellers[reference.target] = { label, _ in .object(owner, label: VisibleEdges.compose("__dict__", label)) }
        }
      }
      for frame in state.frames {
        guard let namespace = frame.namespace, state.objects[namespace]?.isHidden == true else { continue }
        let function = frameName(frame)
        let names = Set(frame.variables.map(\.name))
        let owner = tellers[namespace]
        tellers[namespace] = { label, target in
          let name = VisibleEdges.compose("__dict__", label)
          return names.contains(name) ? .frame(function: function, slot: name) : owner?(label, target)
        }
      }
      return tellers
    }

    /// Breadth-first from the roots, innermost frame first (its names are
    /// the ones the student just wrote), then the interpreter's own, over
    /// strong references only.
    private func breadthFirst(edges: (ObjectState) -> [Reference]) -> [ObjectID: (from: ObjectID?, label: String)] {
      var parent: [ObjectID: (from: ObjectID?, label: String)] = [:]
      var queue: [ObjectID] = []
      var roots: [(name: String, value: SlotValue)] = []
      for frame in state.frames.reversed() {
        let function = frameName(frame)
        roots += frame.variables.map { ("\(function) \($0.name)", $0.value) }
        roots += frame.stack.enumerated().map { ("\(function) stack[\($0.offset)]", $0.element) }
        roots += frame.strings.map { ("\(function) \($0.name)", $0.value) }
        roots += frame.internals.map { ("interpreter: \($0.name) of \(function)", $0.value) }
      }
      roots += state.interpreterReferences.map { ("interpreter: \($0.name)", $0.value) }
      for (name, value) in roots {
        guard case .object(let root) = value, state.objects[root] != nil, parent[root] == nil else { continue }
        parent[root] = (nil, name)
        queue.append(root)
      }
      var head = 0
      while head < queue.count {
        let current = queue[head]
        head += 1
        guard let object = state.objects[current] else { continue }
        for reference in edges(object) where !reference.isWeak {
          guard state.objects[reference.target] != nil, parent[reference.target] == nil else { continue }
          parent[reference.target] = (current, reference.label)
          queue.append(reference.target)
        }
      }
      return parent
    }
  }

  /// The references `object` holds, each counted in its target's
  /// refcount (weak ones are not).
  static func held(by object: ObjectState) -> [Reference] {
    (object.heldReferences ?? object.references).filter { !$0.isWeak }
  }

  static func frameName(_ frame: FrameView) -> String {
    frame.function == "<module>" || frame.function.hasSuffix(")") ? frame.function : frame.function + "()"
  }

  /// The root and hops by which a breadth-first `tree` reached `id`.
  static func path(to id: ObjectID, in tree: [ObjectID: (from: ObjectID?, label: String)]) -> (
    root: String, hops: [Hop]
  )? {
    guard tree[id] != nil else { return nil }
    var hops: [Hop] = []
    var current = id
    while let step = tree[current], let from = step.from {
      hops.append(Hop(label: step.label, target: current))
      current = from
    }
    hops.append(Hop(label: "", target: current))
    return (tree[current]!.label, hops.reversed())
  }
}
