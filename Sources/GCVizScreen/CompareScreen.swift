import GCVizTimeline

/// One half of the `--compare` screen: the run under one profile, at the
/// position matching the other half's.
public struct CompareHalf: Sendable {
  public var state: RunState
  public var context: ScreenContext
  /// The moves are taken on this half; the other follows.
  public var leads: Bool

  public init(state: RunState, context: ScreenContext, leads: Bool) {
    self.state = state
    self.context = context
    self.leads = leads
  }
}

/// `play --compare` and `render --compare`: two runs of one scenario split
/// side by side (or stacked), each with its header, generations, output
/// and object graph. Like `Screen`, a pure function to a grid.
public enum CompareScreen {
  /// Draws both halves; `halves` holds two. `position` names where the
  /// leading half is in the program (`line 20, run 7`), for the title.
  public static func render(
    _ halves: [CompareHalf], position: ProgramPosition?, size: (width: Int, height: Int), options: ScreenOptions
  ) -> Grid {
    precondition(halves.count == 2, "a comparison has two halves")
    var grid = Grid(width: size.width, height: size.height)
    guard size.width >= Screen.minimumWidth, size.height >= Screen.minimumHeight else {
      Screen.drawTooSmall(&grid)
      return grid
    }
    let layout = CompareLayout(width: size.width, height: size.height)
    let scenes = halves.map { Scene(state: $0.state, context: $0.context, options: options) }
    drawTitle(&grid, layout.title, scenes[0], halves, position: position)
    for (index, half) in halves.enumerated() {
      let rects = layout.halves[index]
      let scene = scenes[index]
      drawHeader(&grid, rects.header, half, other: halves[1 - index], scene)
      let generationsTitle = half.context.isJVM ? "Reference counting" : "Generations"
      let generations = Screen.panel(&grid, rects.generations, generationsTitle, .generations, scene)
      if half.context.isJVM {
        CountingPanel.draw(&grid, generations, scene, tall: rects.tallGenerations)
      } else {
        GenerationsPanel.draw(&grid, generations, scene, tall: rects.tallGenerations)
      }
      OutputPanel.draw(&grid, Screen.panel(&grid, rects.output, "Output", .output, scene), scene)
      ObjectsPanel.draw(&grid, Screen.panel(&grid, rects.objects, "Objects", .objects, scene), scene)
    }
    drawKeys(&grid, layout.keys, scenes[0])
    if options.helpVisible { HelpOverlay.drawCompare(&grid, scenes[0]) }
    if !options.color { grid.restyleAll { $0.monochrome } }
    return grid
  }

  static func drawTitle(
    _ grid: inout Grid, _ rect: Rect, _ scene: Scene, _ halves: [CompareHalf], position: ProgramPosition?
  ) {
    let g = scene.glyphs
    let ended = halves.allSatisfy { $0.state.ending != nil }
    let play =
      ended
      ? "\(g.finished) both ended"
      : scene.options.playing
        ? "\(g.playing) playing \(Format.speed(scene.options.speed, times: g.times))" : "\(g.paused) paused"
    let versus = "\(halves[0].context.profileName) vs \(halves[1].context.profileName)"
    let at = position.map { "line \($0.line), run \($0.run + 1)" }
    let stops = scene.options.stopAtCollections ? "stops at gc" : nil
    let right = "q quit"
    let available = rect.width - TextWidth.of(right) - 3
    // Both halves run with the same stdout.
    let stdout = halves[0].context.stdoutMode.map { "stdout: \($0)" }
    let text = ([" gcviz", halves[0].context.scenarioName, versus, stdout, at, play, stops].compactMap { $0 })
      .joined(separator: " \(g.separator) ")
    grid.put(TextWidth.truncate(text, to: available, ellipsis: g.ellipsis), x: rect.x, y: rect.y, style: Palette.title)
    grid.put(right, x: rect.maxX - TextWidth.of(right) - 1, y: rect.y, style: Palette.dim)
  }

  /// `▶ cpython2.7 · step 312/812 · gc 3/0/0 · gc.garbage 24`, and what
  /// the other half's collector does here when the two differ.
  static func drawHeader(_ grid: inout Grid, _ rect: Rect, _ half: CompareHalf, other: CompareHalf, _ scene: Scene) {
    let g = scene.glyphs
    let state = half.state
    var step = "step \(Format.count(state.step))"
    if let total = half.context.totalLineSteps { step += "/\(Format.count(total))" }
    let c = state.counters.collections
    let collections =
      half.context.isJVM
      ? "gc \(c.at(0) ?? 0)" : "gc \(c.at(0) ?? 0)/\(c.at(1) ?? 0)/\(c.at(2) ?? 0)"
    let garbage = half.context.isJVM ? nil : "gc.garbage \(Format.count(state.counters.garbageCount))"
    var contrast: String?
    switch (state.collection, other.state.collection) {
    case (let mine?, nil): contrast = "collecting gen \(mine.generation); \(other.context.profileName) is not"
    case (nil, let theirs?):
      contrast = "no collection in this line; \(other.context.profileName) collects gen \(theirs.generation)"
    default: contrast = nil
    }
    let lead = half.leads ? (scene.options.ascii ? ">" : "▶") : " "
    let text = [half.context.profileName, step, collections, garbage, contrast].compactMap { $0 }
      .joined(separator: " \(g.separator) ")
    var x = rect.x
    x += grid.put(lead + " ", x: x, y: rect.y, style: Palette.key)
    grid.put(
      TextWidth.truncate(text, to: rect.maxX - x, ellipsis: g.ellipsis), x: x, y: rect.y,
      style: state.collection != nil ? Style(foreground: .yellow, bold: true) : Palette.title)
  }

  /// How far the help scrolls at `height` before its last line shows.
  public static func helpScrollLimit(jvm: Bool, height: Int) -> Int {
    max(0, HelpOverlay.keyLines(jvm: jvm, ascii: false, compare: true).count - max(1, height - 4))
  }

  /// The compare keys of `KeyBinding.table` that have a bar entry; a
  /// notice in their place.
  static func drawKeys(_ grid: inout Grid, _ rect: Rect, _ scene: Scene) {
    if let notice = scene.options.notice {
      grid.put(" " + notice, x: rect.x, y: rect.y, style: Palette.notice, maxWidth: rect.width)
      return
    }
    var x = rect.x + 1
    for binding in KeyBinding.table where binding.mode == .compare {
      guard let bar = binding.bar else { continue }
      let label = binding.commands == [.playPause] && scene.options.playing ? "pause" : bar.label
      x += grid.put(bar.key, x: x, y: rect.y, style: Palette.key, maxWidth: rect.maxX - x)
      x += grid.put(" " + label, x: x, y: rect.y, maxWidth: rect.maxX - x) + 2
    }
  }
}
