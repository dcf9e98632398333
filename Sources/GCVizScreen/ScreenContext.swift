/// What the screen knows about the run besides its state: names, the
/// source text and its captions.
public struct ScreenContext: Equatable, Sendable {
  public var scenarioName: String
  public var profileName: String
  /// The scenario's lines, line 1 first.
  public var sourceLines: [String]
  /// Line number (1-based) → the text of its `#>` comment.
  public var captions: [Int: String]
  /// Line steps in the whole run, when the run has been recorded to its end.
  public var totalLineSteps: Int?

  /// Captions are taken from the source's `#>` comments unless given.
  public init(
    scenarioName: String, profileName: String, sourceLines: [String], captions: [Int: String]? = nil,
    totalLineSteps: Int? = nil
  ) {
    self.scenarioName = scenarioName
    self.profileName = profileName
    self.sourceLines = sourceLines
    self.totalLineSteps = totalLineSteps
    if let captions {
      self.captions = captions
    } else {
      var found: [Int: String] = [:]
      for (index, line) in sourceLines.enumerated() {
        if let caption = Self.split(line).caption { found[index + 1] = caption }
      }
      self.captions = found
    }
  }

  /// A source line cut at its `#>` comment: the code (trailing blanks
  /// dropped) and the caption. A `#>` only counts at the start of the line
  /// or after a blank, so `x = "a#>b"` is mostly left alone.
  public static func split(_ line: String) -> (code: String, caption: String?) {
    var previous: Character = " "
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      let next = line.index(after: index)
      if character == "#", previous == " " || previous == "\t", next < line.endIndex, line[next] == ">" {
        var code = String(line[..<index])
        while code.last == " " || code.last == "\t" { code.removeLast() }
        let caption = line[line.index(after: next)...].drop { $0 == " " }
        return (code, caption.isEmpty ? nil : String(caption))
      }
      previous = character
      index = next
    }
    return (line, nil)
  }

  /// 2.7 has DEBUG_LEAK = 62 (with INSTANCES and OBJECTS); 3.x has 38.
  var debugLeakMask: Int { profileName.hasPrefix("cpython2") ? 62 : 38 }
}
