import GCVizScreen
import GCVizTimeline

/// What `g`, `:` and `/` do once Enter ends their prompt.
extension PlaySession {
  func confirmPrompt() {
    guard let prompt = options.prompt else { return }
    options.prompt = nil
    switch prompt.kind {
    case .step:
      guard let step = Int(prompt.text) else { return notify("g: type a step number, then Enter") }
      goToStep(step)
    case .line:
      guard let line = Int(prompt.text) else { return notify(": type a line number, then Enter") }
      goToLine(line)
    case .search:
      search(prompt.text)
    }
  }

  /// `/`: inspects the first drawn object whose type (or function or
  /// class name) contains `typed`, or whose number is `#N`; the same
  /// search again (or nothing typed) inspects the next match.
  func search(_ typed: String) {
    let continuing = typed.isEmpty || typed == lastSearch
    guard let text = typed.isEmpty ? lastSearch : typed else {
      return notify("/: type a type name or #number, then Enter")
    }
    lastSearch = text
    let (order, state) = objectOrder()
    // Objects of the type first, then functions and classes of the name.
    let byType = order.filter { id in state.objects[id].map { Self.object($0, hasType: text) } ?? false }
    let byName = order.filter { id in
      !byType.contains(id) && state.objects[id].map { Self.object($0, isNamed: text) } ?? false
    }
    let matches = byType + byName
    guard !matches.isEmpty else { return notify("no object matches \(text)") }
    var index = 0
    if continuing, let current = options.inspecting, let i = matches.firstIndex(of: current) {
      index = (i + 1) % matches.count
    }
    options.inspecting = matches[index]
    lastInspected = matches[index]
    notify("\(text): match \(index + 1) of \(matches.count) (/ Enter: the next)")
  }

  /// `#41` is the number a box shows; anything else is part of a type
  /// name, in any case.
  static func object(_ object: ObjectState, hasType text: String) -> Bool {
    if text.hasPrefix("#") { return "#\(object.serial)" == text }
    return object.typeName.lowercased().contains(text.lowercased())
  }

  /// Part of a function's or a class's own name, in any case.
  static func object(_ object: ObjectState, isNamed text: String) -> Bool {
    !text.hasPrefix("#") && object.name.lowercased().contains(text.lowercased())
  }
}
