/// One column of the grid: a grapheme cluster and its style.
///
/// A wide character (CJK, emoji) occupies two columns: its own cell with
/// `width == 2`, followed by a continuation cell (`width == 0`, empty text)
/// that writers skip.
public struct Cell: Equatable, Sendable {
  /// The grapheme cluster shown; empty for a continuation cell.
  public var text: String
  /// Display width: 1 or 2, or 0 for the second column of a wide character.
  public var width: Int
  public var style: Style

  public init(text: String, width: Int = 1, style: Style = .plain) {
    self.text = text
    self.width = width
    self.style = style
  }

  /// The right half of a wide character.
  public var isContinuation: Bool { width == 0 }

  /// A space in the default style.
  public static let blank = Cell(text: " ")

  /// The right half of a wide character drawn in `style`.
  public static func continuation(_ style: Style) -> Cell { Cell(text: "", width: 0, style: style) }
}
