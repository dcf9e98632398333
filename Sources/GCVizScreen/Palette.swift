import GCEngine
import GCVizTimeline

/// The colours of meaning, in one place so the legend and the boxes agree.
enum Palette {
  static func style(for mark: CollectionMark?) -> Style {
    switch mark {
    case nil: return .plain
    case .candidate: return .fg(.yellow)
    case .reachable: return .fg(.green)
    case .unreachable: return .fg(.red)
    case .finalized: return .fg(.magenta)
    case .cleared: return Style(foreground: .gray, dim: true)
    case .uncollectable: return Style(foreground: .red, bold: true)
    }
  }

  /// A box's colour: its mark, else red-bold for objects parked in
  /// gc.garbage, else its trial-deletion colour (the toy JVM).
  static func style(for object: ObjectState) -> Style {
    if object.mark == nil && object.inGarbage { return style(for: .uncollectable) }
    if object.mark == nil && object.trialColor != .black { return style(for: object.trialColor) }
    return style(for: object.mark)
  }

  /// Trial deletion's colours as the paper names them: purple a possible
  /// root, grey trial-deleted, white garbage (bold: it is about to go).
  static func style(for color: TrialColor) -> Style {
    switch color {
    case .black: return .plain
    case .purple: return .fg(.magenta)
    case .gray: return .fg(.gray)
    case .white: return Style(foreground: .white, bold: true)
    }
  }

  static let border = Style(foreground: .gray)
  static let focusedBorder = Style(foreground: .cyan, bold: true)
  static let title = Style(bold: true)
  static let dim = Style(dim: true)
  static let stderr = Style(foreground: .yellow)
  static let lineNumber = Style(foreground: .gray)
  static let key = Style(foreground: .cyan, bold: true)
  static let notice = Style(foreground: .yellow, bold: true)
  static let currentLine = Style(bold: true, reverse: true)

  /// A line that just ran, by age (0 = the one right before the current
  /// line): one hue, fading.
  static func recentLine(_ age: Int) -> Style {
    switch age {
    case 0: return Style(foreground: .green, bold: true)
    case 1: return .fg(.green)
    default: return Style(foreground: .green, dim: true)
    }
  }
}
