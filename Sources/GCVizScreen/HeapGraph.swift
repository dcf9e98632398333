import GCEngine
import GCVizTimeline

/// How much the graph shows at a size, and how it saves room.
struct GraphStyle: Equatable, Sendable {
  var maxBoxWidth: Int
  /// Slot rows a box shows before `… N more`.
  var maxSlots: Int
  /// Objects that get boxes of their own when there are more than that:
  /// the rest fold into counted boxes.
  var budget: Int
  /// Frames show their immediates (`i = 3`) too, not only their references.
  var frameValues: Bool
  /// The width of every root box (the roots' column).
  var rootWidth: Int
  /// A function only its class holds is a row of the class's box
  /// (`__init__() #4 rc=1`), not a box of its own.
  var methodsInClasses = true
  /// Classes and functions only the outermost frame holds are rows of
  /// that frame (`ClassA = class ClassA #7 rc=8`).
  var codeInFrames = false
  /// Of the parts of the heap nothing holds that look alike (the same
  /// types and edges), this many are drawn; the others fold into counted
  /// boxes (nil: all are drawn).
  var repeatsDrawn: Int?

  /// For a view of the object panel's size. Below a roomy view, frames
  /// keep to their references and hold their classes and functions as
  /// rows, whatever the step: what a frame shows must not come and go with
  /// the room left at each step (the whole drawing would move).
  static func forView(width: Int, height: Int) -> GraphStyle {
    let roomy = width * height >= 4_000
    return GraphStyle(
      maxBoxWidth: min(30, max(20, width / 3 + 2)), maxSlots: height >= 30 ? 8 : height >= 14 ? 6 : 3,
      budget: min(80, max(16, width * height / 40)), frameValues: roomy, rootWidth: min(26, max(16, width * 3 / 10)),
      codeInFrames: !roomy)
  }

  /// Ways to save room, tried in turn until the drawing fits its view:
  /// fewer repeats of one shape of garbage, then fewer boxes.
  func compactions() -> [GraphStyle] {
    let repeats = [3, 2, 1].map { n -> GraphStyle in
      var style = self
      style.repeatsDrawn = n
      return style
    }
    var fewer = repeats.last!
    fewer.budget = max(8, budget / 2)
    return [self] + repeats + [fewer]
  }
}

struct EdgeAccount: Equatable, Sendable {
  var drawn = 0
  var folded = 0
  var listed = 0
}

/// Same-type objects of the same shape, drawn as one counted box
/// (`ClassA ×1,204 · 602 cycles`).
struct Fold: Equatable, Sendable {
  var type: String
  var members: [ObjectID]
  var firstSerial: Int
  /// Cycles among the members (strongly connected parts of two or more, or
  /// an object that refers to itself).
  var cycles = 0
  /// The word they share, if they all have the same (a mark, a generation).
  var word: String?
}

/// The object graph as the panel draws it: root boxes (frames, statics,
/// gc.garbage), a box per object while they fit, counted boxes for the
/// rest, and the edges between them, each standing for one or more of the
/// state's references. What no box shows is counted, never dropped.
struct HeapGraph: Equatable, Sendable {
  var boxes: [GraphBox] = []
  var edges: [LayoutGraph.Edge] = []
  var edgeStyles: [Style] = []
  /// How many of the state's references each edge stands for.
  var edgeWeights: [Int] = []
  var folds: [Fold] = []
  /// References no row shows (a box ran out of rows), as text: `#9 ─[12]─▶ #30`.
  var listed: [String] = []
  /// All such references (more than `listed` holds when many).
  var listedCount = 0
  /// How the drawn objects' references are shown (roots' aside): drawn as
  /// edges, folded into a box (between members of a fold, or into the row
  /// of an object drawn as a row), or listed in words. Each reference is
  /// one of the three: none is lost.
  var account = EdgeAccount()
  /// Objects drawn in boxes of their own, as rows of another box
  /// (`__init__() #4 rc=1`), and in all (focus and hidden objects aside).
  var boxedCount = 0
  var inlineCount = 0
  var objectCount = 0
  /// Drawn objects the focus leaves out.
  var outOfFocus = 0

  /// The layout engine's view of it.
  /// The layout engine's view of it. What the outermost frame's names
  /// hold is packed first, in the order of those names (their arrows then
  /// cross little); the rest by serial, so what a function's locals hold
  /// does not move when they let go of it.
  func layoutGraph(_ style: GraphStyle) -> LayoutGraph {
    var rank = Array(repeating: Int.max, count: boxes.count)
    for edge in edges where boxes[edge.source].subject == .frame(0) {
      rank[edge.target] = min(rank[edge.target], edge.port)
    }
    return LayoutGraph(
      nodes: boxes.indices.map { i in
        .init(
          width: boxes[i].isRoot ? style.rootWidth : boxes[i].width(limit: style.maxBoxWidth), height: boxes[i].height,
          isRoot: boxes[i].isRoot, rank: rank[i], isTransient: boxes[i].isTransient)
      },
      edges: edges)
  }

  static let listedLimit = 40
}
