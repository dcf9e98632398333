/// Where the halves of the `--compare` screen go: side by side when the
/// terminal is wide enough for two graphs, else one above the other. Each
/// half is a reduced screen: a header line, the generations and the output
/// in a column, the object graph beside them.
struct CompareLayout {
  struct Half {
    var header: Rect
    var generations: Rect
    var output: Rect
    var objects: Rect
    /// Generations: one line per generation (tall) or all on one line.
    var tallGenerations: Bool
  }

  var title: Rect
  var keys: Rect
  var halves: [Half]
  var sideBySide: Bool

  /// Below this width the halves are stacked.
  static let sideBySideWidth = 160

  init(width: Int, height: Int) {
    title = Rect(x: 0, y: 0, width: width, height: 1)
    keys = Rect(x: 0, y: height - 1, width: width, height: 1)
    let body = Rect(x: 0, y: 1, width: width, height: height - 2)
    sideBySide = width >= Self.sideBySideWidth
    let rects: [Rect]
    if sideBySide {
      let left = body.width / 2
      rects = [
        Rect(x: body.x, y: body.y, width: left, height: body.height),
        Rect(x: body.x + left, y: body.y, width: body.width - left, height: body.height),
      ]
    } else {
      let top = body.height / 2
      rects = [
        Rect(x: body.x, y: body.y, width: body.width, height: top),
        Rect(x: body.x, y: body.y + top, width: body.width, height: body.height - top),
      ]
    }
    halves = rects.map(Self.half)
  }

  static func half(_ rect: Rect) -> Half {
    let header = Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)
    let rest = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
    let column = min(48, max(30, rest.width * 36 / 100))
    // One line per generation where the output keeps eight lines.
    let tall = rest.height >= 16
    let generationsHeight = min(tall ? 8 : 5, rest.height / 2)
    return Half(
      header: header,
      generations: Rect(x: rest.x, y: rest.y, width: column, height: generationsHeight),
      output: Rect(x: rest.x, y: rest.y + generationsHeight, width: column, height: rest.height - generationsHeight),
      objects: Rect(x: rest.x + column, y: rest.y, width: rest.width - column, height: rest.height),
      tallGenerations: tall)
  }
}
