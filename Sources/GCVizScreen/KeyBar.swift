import ScenarioSource

/// The last row: the main keys of `KeyBinding.table`, as many as fit (help
/// and quit always); a notice or a prompt in their place.
enum KeyBar {
  static func draw(_ grid: inout Grid, _ rect: Rect, _ scene: Scene) {
    if let question = scene.options.quiz?.prompt {
      var x = rect.x + 1
      x += grid.put(
        InertText.escaping(question, keep: []), x: x, y: rect.y, style: Palette.key, maxWidth: rect.maxX - x)
      if scene.options.quiz?.question?.verdict == nil {
        x += grid.put(scene.options.ascii ? "_" : "▏", x: x, y: rect.y, maxWidth: rect.maxX - x)
        grid.put("  Enter answer  Esc skip", x: x, y: rect.y, style: Palette.dim, maxWidth: rect.maxX - x)
      }
      return
    }
    if let prompt = scene.options.prompt {
      var x = rect.x + 1
      x += grid.put(prompt.question + " ", x: x, y: rect.y, style: Palette.key, maxWidth: rect.maxX - x)
      x += grid.put(InertText.escaping(prompt.text, keep: []), x: x, y: rect.y, maxWidth: rect.maxX - x)
      x += grid.put(scene.options.ascii ? "_" : "▏", x: x, y: rect.y, maxWidth: rect.maxX - x)
      let hint = "  Enter go  Esc cancel"
      grid.put(hint, x: x, y: rect.y, style: Palette.dim, maxWidth: rect.maxX - x)
      return
    }
    if let notice = scene.options.notice {
      grid.put(" " + notice, x: rect.x, y: rect.y, style: Palette.notice, maxWidth: rect.maxX - rect.x)
      return
    }
    var shown = items(scene)
    func width(_ list: [Item]) -> Int {
      list.reduce(1) { $0 + TextWidth.of($1.key) + 1 + TextWidth.of($1.label) + 2 } - 2
    }
    // Drop the least needed keys until the bar fits.
    var level = 5
    while width(shown) > rect.width, level > 0 {
      shown = shown.filter { $0.priority < level }
      level -= 1
    }
    var x = rect.x + 1
    for item in shown {
      x += grid.put(item.key, x: x, y: rect.y, style: Palette.key, maxWidth: rect.maxX - x)
      x += grid.put(" " + item.label, x: x, y: rect.y, maxWidth: rect.maxX - x) + 2
    }
  }

  typealias Item = (key: String, label: String, priority: Int)

  /// The table's bar items that work for this scenario.
  static func items(_ scene: Scene) -> [Item] {
    let jvm = scene.context.isJVM
    return KeyBinding.table.compactMap { binding in
      guard binding.mode == .main, binding.applies(jvm: jvm), let bar = binding.bar else { return nil }
      // The toy JVM has a next collection only with a collector.
      if jvm && binding.commands == [.nextCollection] && scene.context.rootBufferCapacity == 0 { return nil }
      let label = binding.commands == [.playPause] && scene.options.playing ? "pause" : bar.label
      return (bar.key, label, bar.priority)
    }
  }
}
