import GCEngine
import GCVizTimeline

extension HeapGraph {
  /// The graph of a scene's state, as much as `style` allows; `repeats`
  /// (the same for every style of a frame) says which parts repeat.
  static func build(_ scene: Scene, _ style: GraphStyle, repeats: RepeatRanks? = nil) -> HeapGraph {
    var builder = HeapGraphBuilder(scene, style)
    builder.repeats = repeats
    return builder.build()
  }
}

/// Builds a `HeapGraph`: which objects get boxes, the folds of the rest,
/// and every box's rows and edges. One pass over the drawn objects besides
/// the boxes' own, so a heap of 10,000 costs a frame little more than the
/// boxes it shows.
struct HeapGraphBuilder {
  let scene: Scene
  let style: GraphStyle
  var graph = HeapGraph()
  /// Per object: the box that draws it (its own or its fold's), else -1
  /// (not drawn: hidden, out of focus).
  var place: TypeTable
  /// The index of the first fold's box.
  var foldStart = 0
  /// Objects the focus keeps (nil: all).
  var inFocus: TypeTable?
  /// The objects with boxes of their own, by serial.
  var boxed: [ObjectID] = []
  var rootCount = 0
  /// A fold member's index among its fold's members (for its cycles).
  var local: TypeTable
  var repeats: RepeatRanks?

  init(_ scene: Scene, _ style: GraphStyle) {
    self.scene = scene
    self.style = style
    place = TypeTable(like: scene.types, filledWith: -1)
    local = place
  }

  func isDrawn(_ id: ObjectID) -> Bool {
    scene.types[id] >= 0 && id != scene.garbageList && (inFocus.map { $0[id] > 0 } ?? true)
  }

  var hasGarbageRoot: Bool { !scene.garbage.isEmpty }

  /// `place` of an object drawn as a row of another box.
  static let inline: Int32 = -2

  mutating func build() -> HeapGraph {
    if let focus = scene.options.focus { inFocus = focused(on: focus) }
    let all = scene.drawn.filter { $0 != scene.garbageList }
    let drawn = inFocus == nil ? all : all.filter(isDrawn)
    graph.objectCount = drawn.count
    graph.outOfFocus = all.count - drawn.count
    // Repeats fold first (a heap of many alike cycles keeps a few, the same
    // few at every step), then the budget.
    var candidates = drawn
    if let kept = style.repeatsDrawn, let repeats { candidates = repeats.keeping(kept, of: drawn) }
    boxed = candidates.count <= style.budget ? candidates : chooseBoxes(candidates, of: drawn)
    let inline = inlined(boxed)
    for id in inline { place[id] = Self.inline }
    boxed.removeAll { place[$0] == Self.inline }
    graph.inlineCount = inline.count
    graph.boxedCount = boxed.count
    rootCount = scene.state.frames.count + (hasGarbageRoot ? 1 : 0)
    for (i, id) in boxed.enumerated() { place[id] = Int32(rootCount + i) }
    foldStart = rootCount + boxed.count
    if boxed.count + inline.count < drawn.count { fold(drawn) }
    // What an object drawn as a row refers to is part of that row.
    for id in inline { graph.account.folded += scene.drawnReferences(of: scene.object(id)!).count }
    for index in scene.state.frames.indices { addFrameBox(index) }
    if hasGarbageRoot { addGarbageBox() }
    for id in boxed { addObjectBox(scene.object(id)!) }
    for f in graph.folds.indices { addFoldBox(f) }
    return graph
  }

  // MARK: Which objects get boxes

  /// The objects worth a box when not all fit: breadth-first from the
  /// roots (what the program's names reach first), then what nothing
  /// reaches (garbage, cycles), by serial. A long run of same-type items in
  /// a container (a hundred dicts in a list) is folded whole: `[0]…[99]`
  /// points at one counted box. Returned by serial, as the layout places them.
  func chooseBoxes(_ candidates: [ObjectID], of drawn: [ObjectID]) -> [ObjectID] {
    var rank = TypeTable(like: scene.types, filledWith: -1)
    // Folded already (repeats): never taken.
    if candidates.count < drawn.count {
      var candidate = TypeTable(like: scene.types, filledWith: 0)
      for id in candidates { candidate[id] = 1 }
      for id in drawn where candidate[id] == 0 { rank[id] = -2 }
    }
    var order: [ObjectID] = []
    let budget = style.budget
    let runLimit = max(4, budget / 4)
    func take(_ id: ObjectID) {
      guard order.count < budget, isDrawn(id), rank[id] == -1 else { return }
      rank[id] = Int32(order.count)
      order.append(id)
    }
    var head = 0
    func expand() {
      while head < order.count, order.count < budget {
        let references = scene.drawnReferences(of: scene.object(order[head])!)
        head += 1
        var i = 0
        while i < references.count, order.count < budget {
          let target = references[i].target
          guard isDrawn(target), rank[target] == -1 else {
            i += 1
            continue
          }
          let type = scene.types[target]
          var end = i + 1
          while end < references.count, scene.types[references[end].target] == type,
            rank[references[end].target] == -1
          {
            end += 1
          }
          guard end - i >= runLimit else {
            take(target)
            i += 1
            continue
          }
          for k in i..<end where rank[references[k].target] == -1 { rank[references[k].target] = -2 }
          i = end
        }
      }
    }
    for target in rootTargets() { take(target) }
    expand()
    for id in candidates where order.count < budget && rank[id] == -1 {
      take(id)
      expand()
    }
    return candidates.filter { rank[$0] >= 0 }
  }

  /// What the roots hold, in their order.
  func rootTargets() -> [ObjectID] {
    var out: [ObjectID] = []
    for frame in scene.state.frames {
      for case .object(let id) in scene.rootValues(frame) { out.append(id) }
    }
    out += scene.garbage.map(\.target)
    return out
  }

  /// The objects at most `focus.hops` references from `focus.object`,
  /// either way (marked 1).
  func focused(on focus: GraphFocus) -> TypeTable {
    var keep = TypeTable(like: scene.types, filledWith: 0)
    guard scene.types[focus.object] >= 0 else { return keep }
    var referrers: [ObjectID: [ObjectID]] = [:]
    for id in scene.drawn {
      for reference in scene.drawnReferences(of: scene.object(id)!) where reference.target != id {
        referrers[reference.target, default: []].append(id)
      }
    }
    var frontier = [focus.object]
    keep[focus.object] = 1
    for _ in 0..<max(0, focus.hops) {
      var next: [ObjectID] = []
      for id in frontier {
        let near = scene.drawnReferences(of: scene.object(id)!).map(\.target) + (referrers[id] ?? [])
        for other in near where scene.types[other] >= 0 && keep[other] == 0 {
          keep[other] = 1
          next.append(other)
        }
      }
      frontier = next
    }
    return keep
  }

  // MARK: Folding the rest

  /// Every drawn object without a box joins the fold of its type and shape
  /// (how many references it holds: none, one, two, more).
  mutating func fold(_ drawn: [ObjectID]) {
    var foldOf: [Int32: Int] = [:]
    var lastKey: Int32 = -1
    var lastFold = -1
    for id in drawn where place[id] == -1 {
      let key = scene.types[id] * 4 + Int32(min(3, scene.facts[id]?.references.count ?? 0))
      if key != lastKey {
        lastKey = key
        if let f = foldOf[key] {
          lastFold = f
        } else {
          lastFold = graph.folds.count
          foldOf[key] = lastFold
          let object = scene.object(id)!
          graph.folds.append(Fold(type: object.typeName, members: [], firstSerial: object.serial))
        }
      }
      graph.folds[lastFold].members.append(id)
    }
    // A fold of one is just an object: it gets its box.
    let single = graph.folds.filter { $0.members.count == 1 }.map { $0.members[0] }
    graph.folds.removeAll { $0.members.count == 1 }
    for id in single {
      place[id] = Int32(foldStart)
      foldStart += 1
      boxed.append(id)
    }
    graph.boxedCount = boxed.count
    for (f, fold) in graph.folds.enumerated() {
      for id in fold.members { place[id] = Int32(foldStart + f) }
    }
  }

  /// How many cycles a graph holds: strongly connected parts of two or
  /// more nodes, or one that points at itself (Tarjan, on an explicit stack).
  static func cycleCount(_ adjacency: [[Int]], selfLoop: [Bool]) -> Int {
    let n = adjacency.count
    // Without an edge between two of them, only self-loops are cycles.
    guard adjacency.contains(where: { !$0.isEmpty }) else { return selfLoop.filter { $0 }.count }
    var index = Array(repeating: -1, count: n)
    var low = Array(repeating: 0, count: n)
    var onStack = Array(repeating: false, count: n)
    var stack: [Int] = []
    var counter = 0
    var cycles = 0
    func enter(_ v: Int) {
      index[v] = counter
      low[v] = counter
      counter += 1
      stack.append(v)
      onStack[v] = true
    }
    for start in 0..<n where index[start] < 0 {
      var work = [(node: start, next: 0)]
      enter(start)
      while let top = work.last {
        let v = top.node
        if top.next < adjacency[v].count {
          work[work.count - 1].next += 1
          let w = adjacency[v][top.next]
          if index[w] < 0 {
            enter(w)
            work.append((w, 0))
          } else if onStack[w] {
            low[v] = min(low[v], index[w])
          }
          continue
        }
        work.removeLast()
        if let parent = work.last { low[parent.node] = min(low[parent.node], low[v]) }
        guard low[v] == index[v] else { continue }
        var size = 0
        while let w = stack.popLast() {
          onStack[w] = false
          size += 1
          if w == v { break }
        }
        if size > 1 || selfLoop[v] { cycles += 1 }
      }
    }
    return cycles
  }
}
