import GCVizTimeline

/// The first row: scenario, profile, step, playing state, collections.
enum TitleBar {
  static func draw(_ grid: inout Grid, _ rect: Rect, _ scene: Scene) {
    let g = scene.glyphs
    let state = scene.state
    let right = "? help  q quit"
    var step = "step \(Format.count(state.step))"
    if let total = scene.context.totalLineSteps { step += "/\(Format.count(total))" }
    // Inside a step: which stop of `s` (what `render --step N --stop K`
    // shows). The end is a step of its own, with no stops.
    if state.stopInStep > 0 && state.ending == nil { step += " \(g.separator) stop \(Format.count(state.stopInStep))" }
    let play: String
    switch state.ending {
    case .finished(let code)?: play = "\(g.finished) finished (exit \(code))"
    case .stopped?: play = "\(g.finished) stopped"
    case nil:
      play =
        scene.options.playing
        ? "\(g.playing) playing \(Format.speed(scene.options.speed, times: g.times))"
        : "\(g.paused) paused"
    }
    let c = state.counters.collections
    var collections: String? = "collections: gen0 \(c.at(0) ?? 0)  gen1 \(c.at(1) ?? 0)  gen2 \(c.at(2) ?? 0)"
    var shortCollections: String? = "gc \(c.at(0) ?? 0)/\(c.at(1) ?? 0)/\(c.at(2) ?? 0)"
    if scene.context.isJVM {
      // One collector at most (trial deletion), no generations.
      collections = scene.context.rootBufferCapacity > 0 ? "cycle collections: \(c.at(0) ?? 0)" : nil
      shortCollections = scene.context.rootBufferCapacity > 0 ? "gc \(c.at(0) ?? 0)" : nil
    }
    var grain = scene.options.grain.map { "by \($0)" }
    if let quiz = scene.options.quiz {
      grain = (grain.map { $0 + " " + g.separator + " " } ?? "") + "quiz \(quiz.right)/\(quiz.asked)"
    }
    if scene.options.stopAtCollections { grain = (grain.map { $0 + " " + g.separator + " " } ?? "") + "stops at gc" }
    let sep = " \(g.separator) "
    let available = rect.width - TextWidth.of(right) - 3
    // Richest first; then shorter forms; the scenario name always stays.
    let stdout = scene.context.stdoutMode.map { "stdout: \($0)" }
    let candidates: [[String?]] = [
      [scene.context.scenarioName, scene.context.profileName, stdout, step, play, grain, collections],
      [scene.context.scenarioName, scene.context.profileName, stdout, step, play, grain, shortCollections],
      [scene.context.scenarioName, scene.context.profileName, stdout, step, play, collections],
      [scene.context.scenarioName, scene.context.profileName, stdout, step, play, shortCollections],
      [scene.context.scenarioName, scene.context.profileName, step, play, shortCollections],
      [scene.context.scenarioName, scene.context.profileName, step, play],
      [scene.context.scenarioName, step, play],
    ]
    var text = ""
    for candidate in candidates {
      text = (["gcviz"] + candidate.compactMap { $0 }).joined(separator: sep)
      if TextWidth.of(text) <= available { break }
    }
    text = TextWidth.truncate(text, to: available, ellipsis: g.ellipsis)
    grid.put(" ", x: rect.x, y: rect.y)
    let nameWidth = grid.put("gcviz", x: rect.x + 1, y: rect.y, style: Palette.title, maxWidth: available)
    grid.put(String(text.dropFirst(5)), x: rect.x + 1 + nameWidth, y: rect.y, maxWidth: available - nameWidth)
    grid.put(right, x: rect.maxX - TextWidth.of(right) - 1, y: rect.y, style: Palette.dim)
  }
}
