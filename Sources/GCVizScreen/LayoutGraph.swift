/// What the layout engine draws: boxes of known sizes and the edges
/// between them. It knows nothing of heaps (the object graph builds one of
/// these), so it is tested on its own, on any graph.
struct LayoutGraph: Hashable, Sendable {
  struct Node: Hashable, Sendable {
    var width: Int
    var height: Int
    /// A root (a frame, the statics, gc.garbage): roots make the first
    /// column, top to bottom in their order.
    var isRoot = false
    /// Components are packed by the least `rank` of their nodes, then by
    /// their first node (lower first).
    var rank = 0
    /// Here for a moment (a call's bound method, an iterator): drawn on its
    /// own after the components, so what it touches does not move.
    var isTransient = false
  }

  /// An edge leaves its source through the right border at row `port`
  /// (the slot that holds the reference) and ends with an arrowhead on
  /// the target's border.
  struct Edge: Hashable, Sendable {
    var source: Int
    var target: Int
    /// The source box's row, from its top border (0): 1 is the first row inside.
    var port: Int
    var isWeak = false
  }

  var nodes: [Node] = []
  var edges: [Edge] = []
}

/// A cell of the canvas.
struct Point: Hashable, Sendable {
  var x: Int
  var y: Int
}

/// The four directions a line runs in, as the router and the canvas use them.
enum Direction: Int, Sendable, CaseIterable {
  case east = 0, south, west, north

  var dx: Int { self == .east ? 1 : self == .west ? -1 : 0 }
  var dy: Int { self == .south ? 1 : self == .north ? -1 : 0 }
  var opposite: Direction { Direction(rawValue: (rawValue + 2) % 4)! }
  var isHorizontal: Bool { self == .east || self == .west }
  /// The bit a cell's line glyph has for a line leaving it this way.
  var bit: UInt8 { 1 << UInt8(rawValue) }
}

/// Spacing of the drawing, and the view it is made for.
struct LayoutMetrics: Hashable, Sendable {
  /// The view: components are packed to its width, and a layer taller
  /// than its height wraps into more columns.
  var viewWidth: Int
  var viewHeight: Int
  /// Rows between the boxes of a column.
  var rowGap = 1
  /// The least room between two columns of boxes (an edge's first cell,
  /// a turn, the arrowhead); more is added for edges that turn there.
  var columnGap = 4
  /// Rows and columns between components.
  var componentGap = 2
  /// The roots' column, as wide whatever roots there are (nil: as wide as
  /// the widest root): a frame that comes for a call then moves nothing.
  var rootsWidth: Int?
}

/// Where every box goes, on a canvas that starts at (0, 0).
struct GraphPlacement: Equatable, Sendable {
  var boxes: [Rect]
  var width: Int
  var height: Int
  /// Edges that close a cycle in the drawing's left-to-right order: they
  /// are routed back, as a loop, so a cycle looks like one.
  var isBackEdge: [Bool]
  /// Columns and rows the boxes and the room their loops need take (the
  /// canvas adds a margin).
  var used = Point(x: 0, y: 0)
}
