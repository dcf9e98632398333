import GCEngine

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
  /// The toy JVM: every method's code, in the machine's order (nil for
  /// Python). Its presence switches the screen to the JVM's panels.
  public var bytecode: [BytecodeMethod]?
  /// The toy JVM's root buffer size (0: no cycle collector).
  public var rootBufferCapacity: Int
  /// What the scenario's stdout is (`pipe`, `tty`, `unbuffered`), shown
  /// in the title bar; nil where it does not apply.
  public var stdoutMode: String?

  /// Captions are taken from the source's `#>` comments (`//>` in Java,
  /// which is when `bytecode` is given) unless given.
  public init(
    scenarioName: String, profileName: String, sourceLines: [String], captions: [Int: String]? = nil,
    totalLineSteps: Int? = nil, bytecode: [BytecodeMethod]? = nil, rootBufferCapacity: Int = 0,
    stdoutMode: String? = nil
  ) {
    self.stdoutMode = stdoutMode
    self.rootBufferCapacity = rootBufferCapacity
    self.scenarioName = scenarioName
    self.profileName = profileName
    self.sourceLines = sourceLines
    self.totalLineSteps = totalLineSteps
    self.bytecode = bytecode
    if let captions {
      self.captions = captions
    } else {
      var found: [Int: String] = [:]
      let marker = bytecode == nil ? "#>" : "//>"
      for (index, line) in sourceLines.enumerated() {
        if let caption = Self.split(line, marker: marker).caption { found[index + 1] = caption }
      }
      self.captions = found
    }
  }

  /// Whether the run is on the toy JVM (pure reference counting).
  public var isJVM: Bool { bytecode != nil }

  /// The caption comment marker of the scenario's language.
  var captionMarker: String { isJVM ? "//>" : "#>" }

  /// The marker of the scenario's header lines (`#: title: …`).
  var headerMarker: String { isJVM ? "//:" : "#:" }

  /// A source line cut at its caption comment (`#>`, or `//>` in Java):
  /// the code (trailing blanks dropped) and the caption. The marker only
  /// counts at the start of the line or after a blank, so `x = "a #>b"`
  /// is mostly left alone.
  public static func split(_ line: String, marker: String = "#>") -> (code: String, caption: String?) {
    let first = marker.first!
    var previous: Character = " "
    var index = line.startIndex
    while index < line.endIndex {
      let character = line[index]
      if character == first, previous == " " || previous == "\t", line[index...].hasPrefix(marker) {
        var code = String(line[..<index])
        while code.last == " " || code.last == "\t" { code.removeLast() }
        let caption = line[line.index(index, offsetBy: marker.count)...].drop { $0 == " " }
        return (code, caption.isEmpty ? nil : String(caption))
      }
      previous = character
      index = line.index(after: index)
    }
    return (line, nil)
  }

  /// The profile's DEBUG_LEAK (2.7's has INSTANCES and OBJECTS too), which
  /// the generations panel names as one flag.
  var debugLeakMask: Int { Profile.named(profileName)?.debugLeakFlags ?? 0 }
}
