import GCEngine
import GCVizTimeline

/// The whole screen: a run state and a size in, a grid of styled cells out.
/// The same function feeds the terminal and `gcviz render`, so what the
/// terminal shows at a step equals the render of that step, cell for cell.
public enum Screen {
  /// The smallest size the visualizer draws panels at.
  public static let minimumWidth = 80
  public static let minimumHeight = 24

  /// Draws the screen. Deterministic: the same inputs give the same grid.
  public static func render(
    state: RunState, context: ScreenContext, size: (width: Int, height: Int), options: ScreenOptions
  ) -> Grid {
    var grid = Grid(width: size.width, height: size.height)
    guard size.width >= minimumWidth, size.height >= minimumHeight else {
      drawTooSmall(&grid)
      return grid
    }
    let (scene, layout) = sceneAndLayout(state: state, context: context, size: size, options: options)
    TitleBar.draw(&grid, layout.title, scene)
    for which in Panel.allCases {
      guard let rect = layout.rect(of: which) else { continue }
      drawPanel(which, &grid, rect, scene, layout)
    }
    KeyBar.draw(&grid, layout.keys, scene)
    if let id = options.inspecting { InspectorOverlay.draw(&grid, id: id, scene) }
    if options.helpVisible { HelpOverlay.draw(&grid, scene) }
    if !options.color { grid.restyleAll { $0.monochrome } }
    return grid
  }

  /// Draws one panel, border and title included, in `rect`.
  static func drawPanel(_ which: Panel, _ grid: inout Grid, _ rect: Rect, _ scene: Scene, _ layout: ScreenLayout) {
    switch which {
    case .source: SourcePanel.draw(&grid, panel(&grid, rect, "Source", .source, scene), scene)
    case .bytecode:
      BytecodePanel.draw(&grid, panel(&grid, rect, BytecodePanel.title(scene), .bytecode, scene), scene)
    case .frames: FramesPanel.draw(&grid, panel(&grid, rect, "Frames", .frames, scene), scene)
    case .output: OutputPanel.draw(&grid, panel(&grid, rect, "Output", .output, scene), scene)
    case .generations where scene.context.isJVM:
      CountingPanel.draw(
        &grid, panel(&grid, rect, "Reference counting", .generations, scene), scene, tall: layout.tallGenerations)
    case .generations:
      GenerationsPanel.draw(
        &grid, panel(&grid, rect, "Generations", .generations, scene), scene, tall: layout.tallGenerations)
    case .objects: ObjectsPanel.draw(&grid, panel(&grid, rect, "Objects", .objects, scene), scene)
    case .memory: MemoryPanel.draw(&grid, panel(&grid, rect, "Memory · live objects", .memory, scene), scene)
    }
  }

  /// Draws a panel's border and title; returns the area inside it.
  static func panel(_ grid: inout Grid, _ rect: Rect, _ title: String, _ which: Panel, _ scene: Scene) -> Rect {
    let focused = scene.options.focusedPanel == which
    let style = focused ? Palette.focusedBorder : Palette.border
    let name = scene.options.ascii ? title.replacingOccurrences(of: "·", with: "-") : title
    grid.drawBox(rect, title: name, glyphs: scene.glyphs, style: style, titleStyle: focused ? style : Palette.title)
    return rect.insetForText
  }

  /// Below the minimum: only a centred message, wrapped if the terminal is
  /// narrower than the sentence.
  static func drawTooSmall(_ grid: inout Grid) {
    let message =
      "terminal too small (\(grid.width)x\(grid.height)); gcviz needs at least \(minimumWidth)x\(minimumHeight)"
    let lines = TextWidth.wrap(message, width: max(1, grid.width))
    let top = max(0, (grid.height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
      let x = max(0, (grid.width - TextWidth.of(line)) / 2)
      grid.put(line, x: x, y: top + i, style: Style(bold: true))
    }
  }
}

extension String {
  /// Plain substring replacement (Foundation-free).
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var out = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      out += rest[..<range.lowerBound]
      out += replacement
      rest = rest[range.upperBound...]
    }
    out += rest
    return out
  }
}

extension Screen {
  /// The objects the graph draws, by serial: what the inspector's
  /// previous/next object walks through.
  public static func objectOrder(state: RunState, context: ScreenContext, options: ScreenOptions) -> [ObjectID] {
    Scene(state: state, context: context, options: options).drawn
  }
}

extension Screen {
  /// The scene of a state and the layout a screen of `size` gives it.
  static func sceneAndLayout(
    state: RunState, context: ScreenContext, size: (width: Int, height: Int), options: ScreenOptions
  ) -> (Scene, ScreenLayout) {
    let scene = Scene(state: state, context: context, options: options)
    let layout = ScreenLayout(
      width: size.width, height: size.height, frameLines: FramesPanel.lineCount(scene), jvm: context.isJVM)
    return (scene, layout)
  }

  /// One panel alone, border included, as the screen of `size` draws it
  /// (nil: the screen has no such panel): what the per-panel snapshots
  /// compare, so a change in another panel changes nothing here.
  public static func panel(
    _ which: Panel, state: RunState, context: ScreenContext, size: (width: Int, height: Int), options: ScreenOptions
  ) -> Grid? {
    let (scene, layout) = sceneAndLayout(state: state, context: context, size: size, options: options)
    guard let rect = layout.rect(of: which) else { return nil }
    var grid = Grid(width: rect.width, height: rect.height)
    drawPanel(which, &grid, Rect(x: 0, y: 0, width: rect.width, height: rect.height), scene, layout)
    if !options.color { grid.restyleAll { $0.monochrome } }
    return grid
  }

  /// The Objects panel alone (see `panel`).
  public static func objectsPanel(
    state: RunState, context: ScreenContext, size: (width: Int, height: Int), options: ScreenOptions
  ) -> Grid {
    panel(.objects, state: state, context: context, size: size, options: options)!
  }

  /// The whole object graph as the Objects panel of a screen of `size`
  /// lays it out, not cut to the panel (the panel shows a window of it).
  public static func objectGraph(
    state: RunState, context: ScreenContext, size: (width: Int, height: Int), options: ScreenOptions
  ) -> Grid {
    let (scene, layout) = sceneAndLayout(state: state, context: context, size: size, options: options)
    let view = ObjectsPanel.view(inside: layout.objects.insetForText)
    return GraphDrawing(scene, viewWidth: view.width, viewHeight: view.height).canvas(scene.glyphs)
  }
}

extension Screen {
  /// How far `panel` scrolls at `size` before its oldest or outermost line
  /// shows (nil: its scrolling is not bounded here): the panels that keep
  /// their newest lines at the bottom stop where `less` would.
  public static func scrollLimit(
    _ panel: Panel, state: RunState, context: ScreenContext, size: (width: Int, height: Int), options: ScreenOptions
  ) -> Int? {
    let (scene, layout) = sceneAndLayout(state: state, context: context, size: size, options: options)
    guard let area = layout.rect(of: panel)?.insetForText else { return nil }
    switch panel {
    case .output: return max(0, OutputPanel.lines(scene, width: area.width).count - area.height)
    case .frames: return max(0, FramesPanel.lines(scene).count - area.height)
    default: return nil
    }
  }

  /// How far the help overlay scrolls at `height` before its last line shows.
  public static func helpScrollLimit(context: ScreenContext, height: Int) -> Int {
    max(0, HelpOverlay.lines(jvm: context.isJVM, ascii: false).count - max(1, height - 4))
  }
}
