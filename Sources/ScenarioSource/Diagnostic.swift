/// An error in a scenario found before it runs (lexing, parsing, checking).
/// Rendered as `file:line:col: error: message`, the source line, and a caret.
public struct Diagnostic: Error, Sendable, Equatable {
  public var message: String
  public var location: SourceLocation

  public init(_ message: String, at location: SourceLocation) {
    self.message = message
    self.location = location
  }

  /// The three-line report for `file`, whose text is `source`.
  public func rendered(file: String, source: String) -> String {
    // Split on scalars: in Swift "\r\n" is one Character and would not match "\n".
    let lines = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var text = "\(file):\(location.line):\(location.column): error: \(message)\n"
    if location.line >= 1 && location.line <= lines.count {
      // Tabs are kept so the caret lines up under the same characters.
      let sourceLine = lines[location.line - 1].replacingTabsAndControls()
      text += sourceLine + "\n"
      let prefix = sourceLine.unicodeScalars.prefix(max(0, location.column - 1))
      let padding = String(String.UnicodeScalarView(prefix.map { $0 == "\t" ? "\t" : " " }))
      text += padding + "^\n"
    }
    return text
  }
}

extension String {
  /// The line as it may be shown on a terminal: control characters other than
  /// tab become `?` so a scenario cannot smuggle escape sequences into errors.
  func replacingTabsAndControls() -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      if scalar == "\t" || scalar.value >= 0x20 && scalar.value != 0x7f && !(0x80..<0xa0).contains(scalar.value) {
        scalars.append(scalar)
      } else if scalar != "\r" {
        scalars.append("?")
      }
    }
    return String(scalars)
  }
}
