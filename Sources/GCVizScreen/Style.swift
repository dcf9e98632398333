/// The small palette the screen uses. Writers map it to SGR codes or SVG
/// colours; `default` means "the terminal's own colour".
public enum Color: UInt8, Sendable, CaseIterable {
  case `default`
  case black
  case red
  case green
  case yellow
  case blue
  case magenta
  case cyan
  case white
  case gray
}

/// How one cell is drawn: colours and attributes. A plain value so grids
/// compare cheaply and snapshot tests can check styling.
public struct Style: Hashable, Sendable {
  public var foreground: Color
  public var background: Color
  public var bold: Bool
  public var dim: Bool
  public var reverse: Bool
  public var underline: Bool

  public init(
    foreground: Color = .default, background: Color = .default, bold: Bool = false, dim: Bool = false,
    reverse: Bool = false, underline: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.dim = dim
    self.reverse = reverse
    self.underline = underline
  }

  /// The terminal's default look.
  public static let plain = Style()

  /// A foreground colour alone.
  public static func fg(_ color: Color) -> Style { Style(foreground: color) }

  /// This style made bold.
  public var bolded: Style {
    var s = self
    s.bold = true
    return s
  }

  /// This style made dim.
  public var dimmed: Style {
    var s = self
    s.dim = true
    return s
  }

  /// This style in reverse video.
  public var reversed: Style {
    var s = self
    s.reverse = true
    return s
  }

  /// What is left with colours off: only reverse video survives, because
  /// it is the one attribute that marks the current line without colour.
  public var monochrome: Style { reverse ? Style(reverse: true) : .plain }
}
