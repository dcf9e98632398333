/// A rectangle of the grid, in columns and rows.
public struct Rect: Equatable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The area inside a one-cell border.
  public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
  public var maxX: Int { x + width }
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width <= 0 || height <= 0 }
  /// Inside a panel's border, with one blank column each side that keeps
  /// text off the borders.
  var insetForText: Rect { Rect(x: x + 2, y: y + 1, width: width - 4, height: height - 2) }

  /// The part of it inside a grid of `width` x `height` cells.
  func clipped(width gridWidth: Int, height gridHeight: Int) -> Rect {
    let left = max(0, x)
    let top = max(0, y)
    return Rect(x: left, y: top, width: min(gridWidth, maxX) - left, height: min(gridHeight, maxY) - top)
  }
}
