import Foundation
import GCEngine
import GCVizScreen
import GCVizTimeline
import ScenarioSource

/// A play-through of a recorded run as an asciicast v2 file, the format
/// `asciinema play` and asciinema's web player read: a header line, then
/// one `[seconds, "o", text]` event per frame (the rows that changed, as
/// ANSI) and a `[seconds, "m", label]` marker where a collection starts
/// and where a line with a caption is about to run (a player can jump
/// between markers: a lecture's chapters).
public enum Asciicast {
  public struct Settings: Sendable {
    public var width: Int
    public var height: Int
    /// Frames per second of the recording: line steps, and inside a
    /// collection its phases.
    public var stepsPerSecond: Double
    public var options: ScreenOptions

    public init(width: Int, height: Int, stepsPerSecond: Double, options: ScreenOptions = ScreenOptions()) {
      self.width = width
      self.height = height
      self.stepsPerSecond = stepsPerSecond
      self.options = options
    }
  }

  /// The positions the play-through shows, in order: every line step,
  /// and in every collection its start and each phase.
  public static func stops(_ t: Timeline) -> [Int] {
    var stops = (t.firstKeptStep...t.lineCount).map { t.position(ofStep: $0) }
    var start = t.position(ofStep: t.firstKeptStep)
    while let collection = t.nextCollection(after: start) {
      stops.append(collection)
      var position = collection
      walk: while position < t.endPosition {
        position = t.nextEvent(after: position)
        switch t.entry(before: position) {
        case .event(.phase)?, .event(.trialPhase)?: stops.append(position)
        case .event(.collectionFinished)?: break walk
        default: continue
        }
      }
      start = collection
    }
    return Array(Set(stops)).sorted()
  }

  /// Writes the recording, a line at a time, to `write`.
  public static func write(_ recording: Recording, _ settings: Settings, to write: (String) -> Void) {
    let t = recording.timeline
    let context = Screenshot.context(for: recording)
    var options = settings.options
    options.playing = true
    options.speed = settings.stepsPerSecond
    write(header(context, settings))
    let frameTime = 1 / settings.stepsPerSecond
    var previousRows: [String] = []
    var state = RunState()
    var applied = -1
    let stops = stops(t)
    for (index, position) in stops.enumerated() {
      // Forward, entry by entry: each frame costs the entries since the last.
      if applied < 0 {
        state = t.state(at: position)
      } else {
        for p in applied..<position { state.apply(t.entry(before: p + 1)!) }
      }
      applied = position
      let time = Double(index) * frameTime
      for label in markers(state, t.entry(before: position), context) {
        write(event(time, "m", label))
      }
      var frameOptions = options
      if state.ending != nil { frameOptions.playing = false }
      let grid = Screen.render(
        state: state, context: context, size: (settings.width, settings.height), options: frameOptions)
      let rows = (0..<grid.height).map { ANSIWriter.row(grid, $0) }
      // The first frame hides the cursor and clears; the rest redraw
      // only the rows that changed.
      var text = previousRows.isEmpty ? "\u{1B}[?25l\u{1B}[H\u{1B}[2J" : ""
      for (y, row) in rows.enumerated() where previousRows.isEmpty || previousRows[y] != row {
        text += "\u{1B}[\(y + 1);1H" + row
      }
      previousRows = rows
      write(event(time, "o", text))
    }
    // The cursor comes back, the last frame held for a frame's time.
    write(event(Double(stops.count) * frameTime, "o", "\u{1B}[?25h"))
  }

  /// The markers of a frame: a collection that starts there, a caption
  /// of the line about to run.
  static func markers(_ state: RunState, _ entry: Entry?, _ context: ScreenContext) -> [String] {
    var labels: [String] = []
    if case .event(.collectionStarted(let generation, let automatic))? = entry {
      labels.append(
        context.isJVM
          ? "cycle collection"
          : "collection of generation \(generation)\(automatic ? " (automatic)" : "") at step \(state.step)")
    }
    if state.ending == nil, state.stopInStep == 0, case .line? = entry, let caption = context.captions[state.line] {
      labels.append("line \(state.line): " + InertText.escaping(caption, keep: []))
    }
    return labels
  }

  static func header(_ context: ScreenContext, _ settings: Settings) -> String {
    let title = InertText.escaping("gcviz · \(context.scenarioName) · \(context.profileName)", keep: [])
    return "{\"version\": 2, \"width\": \(settings.width), \"height\": \(settings.height), \"title\": "
      + json(title) + ", \"env\": {\"TERM\": \"xterm-256color\"}}"
  }

  static func event(_ time: Double, _ kind: String, _ data: String) -> String {
    "[" + String(format: "%.6f", time) + ", " + json(kind) + ", " + json(data) + "]"
  }

  /// `text` as a JSON string, escaped as the trace file's strings are
  /// (control characters, ESC included, as `\u` escapes).
  static func json(_ text: String) -> String { TraceWriter.escape(text) }
}
