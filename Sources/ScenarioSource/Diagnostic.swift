/// An error in a scenario found before it runs (lexing, parsing, checking).
/// Rendered as `file:line:col: error: message`, the source line, and a caret.
public struct Diagnostic: Error, Sendable, Equatable {
  public var message: String
  public var location: SourceLocation

  public init(_ message: String, at location: SourceLocation) {
    self.message = message
    self.location = location
  }

  /// The three-line report for `file`, whose text is `source`. Everything
  /// in it is inert (see `InertText`), on a pipe too: the file name, the
  /// message and the line may all come from the scenario.
  public func rendered(file: String, source: String) -> String {
    // Split on scalars: in Swift "\r\n" is one Character and would not match "\n".
    let lines = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    var text = "\(InertText.escaping(file, keep: [])):\(location): error: \(InertText.escaping(message, keep: []))\n"
    if location.line >= 1 && location.line <= lines.count {
      var line = lines[location.line - 1]
      if line.last == "\r" { line.removeLast() }  // a CRLF file
      // Tabs are kept so the caret lines up under the same characters; an
      // escape takes as many columns as its text, so the caret's padding is
      // made from the escaped text before the column.
      let column = min(max(0, location.column - 1), line.count)
      let before = InertText.escaping(String(String.UnicodeScalarView(line.prefix(column))), keep: .tabs)
      let rest = InertText.escaping(String(String.UnicodeScalarView(line.dropFirst(column))), keep: .tabs)
      text += before + rest + "\n"
      let padding = before.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
        if scalar == "\t" { return "\t" }
        // Combining marks share the column of the character before them.
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return nil
        default: return " "
        }
      }
      text += String(String.UnicodeScalarView(padding)) + "^\n"
    }
    return text
  }
}
