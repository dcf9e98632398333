/// Where each panel goes for a screen size. Pure arithmetic, so every size
/// from 80x24 up gets a layout, and the same size always the same one.
struct ScreenLayout {
  var title: Rect
  var keys: Rect
  var source: Rect
  /// The toy JVM's code, under the source (nil for Python).
  var bytecode: Rect?
  var frames: Rect
  var output: Rect
  var generations: Rect
  var objects: Rect
  var memory: Rect
  /// Generations: one line per generation (tall) or all on one line.
  var tallGenerations: Bool

  init(width: Int, height: Int, frameLines: Int, jvm: Bool = false) {
    title = Rect(x: 0, y: 0, width: width, height: 1)
    keys = Rect(x: 0, y: height - 1, width: width, height: 1)
    let bodyTop = 1
    let bodyHeight = height - 2
    let leftWidth = min(56, max(34, width * 38 / 100))
    let rightWidth = width - leftWidth
    // The object graph is what a class watches: the bottom row (output
    // and the memory chart) keeps to a fifth of the height.
    let bottomHeight = height >= 34 ? max(8, (bodyHeight + 2) / 5) : 6
    let upperHeight = bodyHeight - bottomHeight
    let framesHeight = min(max(frameLines + 2, 5), upperHeight * 2 / 5)
    source = Rect(x: 0, y: bodyTop, width: leftWidth, height: upperHeight - framesHeight)
    frames = Rect(x: 0, y: source.maxY, width: leftWidth, height: framesHeight)
    if jvm {
      // Java's lines are short and its methods few: half for the code.
      let codeHeight = source.height / 2
      bytecode = Rect(x: 0, y: source.maxY - codeHeight, width: leftWidth, height: codeHeight)
      source.height -= codeHeight
    }
    // One line per generation only where the graph keeps room enough.
    tallGenerations = upperHeight >= 34
    let generationsHeight = tallGenerations ? 8 : 5
    generations = Rect(x: leftWidth, y: bodyTop, width: rightWidth, height: generationsHeight)
    objects = Rect(x: leftWidth, y: generations.maxY, width: rightWidth, height: upperHeight - generationsHeight)
    output = Rect(x: 0, y: bodyTop + upperHeight, width: leftWidth, height: bottomHeight)
    memory = Rect(x: leftWidth, y: bodyTop + upperHeight, width: rightWidth, height: bottomHeight)
  }

  /// Where `panel` goes (nil: not on this screen, as Python's bytecode).
  func rect(of panel: Panel) -> Rect? {
    switch panel {
    case .source: return source
    case .bytecode: return bytecode
    case .frames: return frames
    case .output: return output
    case .generations: return generations
    case .objects: return objects
    case .memory: return memory
    }
  }
}
