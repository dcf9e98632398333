import GCEngine
import GCVizTimeline

/// The rows of each kind of box, and the edges that leave them.
extension HeapGraphBuilder {
  /// A row to be: its text, and the edge it starts, if any.
  struct Slot {
    var row: GraphBox.Row
    /// The box the edge goes to.
    var target: Int?
    /// The state's references it stands for (a run to a fold: several).
    var weight = 1
    var firstLabel = ""
    var lastLabel = ""
    /// A row that names a reference it cannot draw (the target is not drawn).
    var lists = false
    /// A row that draws the object it refers to (the reference is folded into the box).
    var folds = false
  }

  mutating func addFrameBox(_ index: Int) {
    let frame = scene.state.frames[index]
    let jvm = scene.context.isJVM
    var slots: [Slot] = []
    for variable in frame.variables {
      if !style.frameValues, case .text = variable.value { continue }
      slots.append(slot(variable.name, variable.value, kind: nil, style: .plain))
    }
    if scene.showsStack {
      for (i, value) in frame.stack.enumerated() { slots.append(slot("stack[\(i)]", value, kind: nil, style: .plain)) }
    }
    if slots.isEmpty {
      let text = frame.variables.isEmpty ? "(no variables)" : "(\(frame.variables.count) values)"
      slots.append(Slot(row: .init(text: text, style: Palette.dim)))
    }
    let innermost = index == scene.state.frames.count - 1
    addBox(
      .frame(index), title: FramesPanel.name(frame, jvm: jvm), titleStyle: innermost ? Palette.title : .plain,
      style: .plain, status: [], slots: slots, cap: 2 * style.maxSlots, source: FramesPanel.name(frame, jvm: jvm))
  }

  mutating func addGarbageBox() {
    let slots = scene.garbage.map {
      slot($0.label, .object($0.target), kind: .list, style: Palette.style(for: .uncollectable))
    }
    addBox(
      .garbage, title: "gc.garbage", titleStyle: Palette.title, style: .plain, status: [],
      slots: mergeRuns(slots), cap: 2 * style.maxSlots, source: "gc.garbage")
  }

  mutating func addObjectBox(_ object: ObjectState) {
    let references = scene.drawnReferences(of: object)
    let edgeStyle = Palette.style(for: object)
    var slots: [Slot] = []
    // A small object's slots in its own order, immediates inline; the
    // references no slot matched (a `__dict__` shown with `d`) after them.
    var used: [Bool]?
    if !object.fields.isEmpty, object.fieldCount <= object.fields.count {
      var taken = Array(repeating: false, count: references.count)
      var next = 0
      for field in object.fields {
        guard case .object(let id) = field.value,
          let k = (next..<references.count).first(where: {
            !taken[$0] && references[$0].target == id && references[$0].label == field.name
          }) ?? references.indices.first(where: { !taken[$0] && references[$0].target == id })
        else {
          slots.append(slot(field.name, field.value, kind: object.kind, style: edgeStyle))
          continue
        }
        taken[k] = true
        next = k + 1
        slots.append(reference(object, references[k], style: edgeStyle))
      }
      used = taken
    }
    // The rest; a run into one fold (a list of 10,000 items) is one slot
    // made from its ends, not 10,000 merged.
    var k = 0
    while k < references.count {
      if used?[k] == true {
        k += 1
        continue
      }
      let r = references[k]
      let target = place[r.target]
      var end = k + 1
      if target >= foldStart {
        while end < references.count, used?[end] != true, place[references[end].target] == target,
          references[end].isWeak == r.isWeak
        {
          end += 1
        }
      }
      var s = reference(object, r, style: edgeStyle)
      if end - k > 1 {
        s.weight = end - k
        s.lastLabel = references[end - 1].label
        s.row.text = s.firstLabel + scene.glyphs.ellipsis + s.lastLabel
      }
      slots.append(s)
      k = end
    }
    let helpers =
      scene.options.showHidden ? 0 : object.references.filter { $0.label == EdgeLabel.helper }.count
    var style = Palette.style(for: object)
    var titleStyle = style.bolded
    if scene.options.inspecting == object.id || scene.options.focus?.object == object.id
      || scene.options.quiz?.question?.object == object.id
    {
      titleStyle = titleStyle.reversed
      style = style.bolded
    }
    let words = GraphBox.status(object, jvm: scene.context.isJVM, helpers: helpers, leaked: scene.showsLeaks)
    let status = GraphBox.wrap(words, width: self.style.maxBoxWidth - 4).map {
      GraphBox.Row(text: $0, style: Palette.style(for: object))
    }
    addBox(
      .object(object.id), title: Format.objectName(object), titleStyle: titleStyle, style: style, status: status,
      slots: mergeRuns(slots), cap: self.style.maxSlots, source: "#\(object.serial)")
    graph.boxes[graph.boxes.count - 1].isTransient = Self.isTransient(object.kind)
  }

  mutating func addFoldBox(_ f: Int) {
    let members = graph.folds[f].members
    let home = Int32(foldStart + f)
    for (i, id) in members.enumerated() { local[id] = Int32(i) }
    var adjacency = Array(repeating: [Int](), count: members.count)
    var selfLoop = Array(repeating: false, count: members.count)
    // References leaving the fold, one row per target box and label, in
    // the order first seen (members mostly repeat the one before).
    var outgoing: [Slot] = []
    var slotOf: [String: Int] = [:]
    var last: (target: Int32, weak: Bool, label: String, slot: Int)?
    let first = scene.object(members[0])!
    let style = Palette.style(for: first)
    var sameMark = true
    var sameGeneration = true
    for (i, id) in members.enumerated() {
      guard let object = scene.facts[id] else { continue }
      if object.mark != first.mark { sameMark = false }
      if object.generation != first.generation { sameGeneration = false }
      for r in scene.drawnReferences(of: id, object.references) {
        let target = place[r.target]
        if target == home {
          graph.account.folded += 1
          if r.target == id { selfLoop[i] = true } else { adjacency[i].append(Int(local[r.target])) }
          continue
        }
        if let l = last, l.target == target, l.weak == r.isWeak, l.label == r.label {
          outgoing[l.slot].weight += 1
          continue
        }
        let key = "\(target) \(r.isWeak) \(r.label)"
        let s = slotOf[key] ?? outgoing.count
        if s == outgoing.count {
          slotOf[key] = s
          outgoing.append(reference(kind: object.kind, r, style: style))
          outgoing[s].weight = 0
        }
        outgoing[s].weight += 1
        last = (target, r.isWeak, r.label, s)
      }
    }
    // The edges that stand for most references first.
    outgoing = outgoing.enumerated().sorted { ($1.element.weight, $0.offset) < ($0.element.weight, $1.offset) }
      .map(\.element)
    var fold = graph.folds[f]
    fold.cycles = Self.cycleCount(adjacency, selfLoop: selfLoop)
    if sameMark, let mark = first.mark {
      fold.word = Format.mark(mark)
    } else if sameGeneration, !scene.context.isJVM {
      fold.word = GraphBox.generation(first.generation)
    }
    graph.folds[f] = fold
    var words: [String] = []
    if fold.cycles > 0 { words.append("\(Format.count(fold.cycles)) cycle\(fold.cycles == 1 ? "" : "s")") }
    if let word = fold.word { words.append(word) }
    let title = "\(fold.type) \(scene.glyphs.times)\(Format.count(members.count))"
    let status = GraphBox.wrap(words.isEmpty ? ["folded"] : words, width: self.style.maxBoxWidth - 4).map {
      GraphBox.Row(text: $0, style: style)
    }
    addBox(
      .fold(f), title: title, titleStyle: style.bolded, style: style, status: status, slots: outgoing,
      cap: self.style.maxSlots, source: title)
  }

  // MARK: Slots

  /// A variable's or field's row: an edge to its object's box, or its value.
  func slot(_ name: String, _ value: SlotValue, kind: ObjectKind?, style: Style) -> Slot {
    switch value {
    case .text(let text): return Slot(row: .init(text: GraphBox.valueRow(name, text, kind: kind), style: style))
    case .object(let id):
      let target = place[id]
      if target >= 0 {
        return Slot(
          row: .init(text: name, style: style, isPort: true), target: Int(target), firstLabel: name, lastLabel: name)
      }
      if target == Self.inline, let object = scene.object(id) {
        return Slot(row: .init(text: inlineRow(name, object), style: Palette.style(for: object)), folds: true)
      }
      // Not drawn here (hidden, out of focus, gone): named, dim.
      let what = scene.object(id).map(Format.reference) ?? "#? (freed)"
      return Slot(row: .init(text: "\(name) \(scene.glyphs.arrow) \(what)", style: Palette.dim))
    }
  }

  /// One of an object's references: an edge, or (its target not drawn) a
  /// row that names it, which lists it.
  func reference(_ object: ObjectState, _ r: Reference, style: Style) -> Slot {
    reference(kind: object.kind, r, style: style)
  }

  /// An edge of an object of `kind`.
  func reference(kind: ObjectKind, _ r: Reference, style: Style) -> Slot {
    var s = slot(r.label.isEmpty ? scene.glyphs.arrow : r.label, .object(r.target), kind: kind, style: style)
    if s.target == nil, !s.folds { s.lists = true }
    if r.isWeak {
      s.row.isWeak = true
      s.row.style = s.row.style.dimmed
    }
    return s
  }

  /// Consecutive edges into one fold become one row: `[2]…[99]`.
  func mergeRuns(_ slots: [Slot]) -> [Slot] {
    var out: [Slot] = []
    for slot in slots {
      if let target = slot.target, target >= foldStart, let last = out.last, last.target == target,
        last.row.isWeak == slot.row.isWeak
      {
        out[out.count - 1].weight += slot.weight
        out[out.count - 1].lastLabel = slot.lastLabel
        out[out.count - 1].row.text = out[out.count - 1].firstLabel + scene.glyphs.ellipsis + slot.lastLabel
        continue
      }
      out.append(slot)
    }
    return out
  }

  /// What a box stands for, briefly (`#41`, `f2()`, `dict ×98`).
  func name(ofBox index: Int) -> String {
    if index >= foldStart {
      let fold = graph.folds[index - foldStart]
      return "\(fold.type) \(scene.glyphs.times)\(Format.count(fold.members.count))"
    }
    if index >= rootCount, let object = scene.object(boxed[index - rootCount]) { return "#\(object.serial)" }
    return index < scene.state.frames.count
      ? FramesPanel.name(scene.state.frames[index], jvm: scene.context.isJVM) : "gc.garbage"
  }

  /// Adds a box with its rows and edges; past `cap` slot rows, one row
  /// says how many more there are, and their references are listed.
  mutating func addBox(
    _ subject: GraphBox.Subject, title: String, titleStyle: Style, style: Style, status: [GraphBox.Row],
    slots: [Slot], cap: Int, source: String
  ) {
    let index = graph.boxes.count
    let root = subject == .garbage || { if case .frame = subject { return true } else { return false } }()
    var rows = status
    var shown = slots[...]
    if slots.count > cap {
      shown = slots.prefix(max(0, cap - 1))
      let g = scene.glyphs
      for hidden in slots[shown.count...] where hidden.target != nil || hidden.lists || hidden.folds {
        graph.listedCount += hidden.weight
        if !root { graph.account.listed += hidden.weight }
        guard let target = hidden.target, graph.listed.count < HeapGraph.listedLimit else { continue }
        graph.listed.append(
          "\(source) \(g.edgeLine)\(hidden.row.text)\(g.edgeLine)\(g.edgeHead) \(name(ofBox: target))")
      }
    }
    for slot in shown {
      rows.append(slot.row)
      if let target = slot.target {
        graph.edges.append(.init(source: index, target: target, port: rows.count, isWeak: slot.row.isWeak))
        graph.edgeStyles.append(slot.row.style)
        graph.edgeWeights.append(slot.weight)
        if !root { graph.account.drawn += slot.weight }
      } else if slot.lists {
        graph.listedCount += slot.weight
        if !root { graph.account.listed += slot.weight }
      } else if slot.folds, !root {
        graph.account.folded += slot.weight
      }
    }
    if slots.count > cap {
      rows.append(
        .init(text: "\(scene.glyphs.more) \(Format.count(slots.count - shown.count)) more", style: Palette.dim))
    }
    var box = GraphBox(subject: subject, title: title, titleStyle: titleStyle, style: style, rows: rows)
    box.inlined = shown.filter(\.folds).count
    graph.boxes.append(box)
  }
}
