/// The last row: the main keys, as many as fit (help and quit always).
enum KeyBar {
  static func draw(_ grid: inout Grid, _ rect: Rect, _ scene: Scene) {
    if let notice = scene.options.notice {
      grid.put(" " + notice, x: rect.x, y: rect.y, style: Palette.notice, maxWidth: rect.width)
      return
    }
    let items: [(key: String, label: String, priority: Int)] = [
      ("space", scene.options.playing ? "pause" : "play", 0), ("n", "next", 0), ("b", "back", 1), ("s", "into", 2),
      ("c", "next gc", 2), ("Enter", "inspect", 3), ("p", "profile", 5), ("d", "hidden", 4), ("+/-", "speed", 5),
      ("?", "help", 0), ("q", "quit", 0),
    ]
    // The toy JVM hides nothing, and has a next collection only with a collector.
    var shown = items.filter {
      !scene.context.isJVM || ($0.key != "d" && ($0.key != "c" || scene.context.rootBufferCapacity > 0))
    }
    func width(_ list: [(key: String, label: String, priority: Int)]) -> Int {
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
}
