import ArgumentParser
import Foundation
import GCEngine
import GCVizKit
import GCVizScreen
import GCVizTimeline

/// `gcviz record`: a play-through as an asciicast v2 file.
struct Record: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a play-through of a scenario as an asciicast v2 recording (`asciinema play FILE.cast`).",
    discussion: """
      Every line step is a frame, and so is every phase of a collection. A marker ("m" event) \
      names each collection as it starts and each caption (`#>`, `//>`) as its line is about to \
      run: a player's chapters.
      """
  )

  @OptionGroup var target: ScenarioArguments

  @Option(
    name: .shortAndLong, help: ArgumentHelp("The file to write (an asciicast, usually .cast).", valueName: "file"))
  var output: String

  @Option(help: "The screen size as WIDTHxHEIGHT, at least \(Screen.minimumWidth)x\(Screen.minimumHeight).")
  var size: String = "120x40"

  /// `.unconditional`: `--speed -1` is a value to refuse, not an option.
  @Option(parsing: .unconditional, help: "Frames per second of the recording (0.1 to 1000).")
  var speed: Double = 4

  @Flag(help: "Draw with ASCII characters instead of box drawing.")
  var ascii = false

  @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).")
  var noColor = false

  /// `--max-steps` defaults to 2,000 lines here: a frame each (8 minutes at 4 a second).
  @OptionGroup var bounds: LimitOptions

  @OptionGroup var stdout: StdoutOptions

  static let defaultSteps = 2_000

  func validate() throws {
    guard let (width, height) = Render.parseSize(size) else {
      throw ValidationError("--size must look like 120x40 (each 1 to 1000)")
    }
    if width < Screen.minimumWidth || height < Screen.minimumHeight {
      throw ValidationError(
        "--size \(width)x\(height) is too small: the screen needs at least \(Screen.minimumWidth)x\(Screen.minimumHeight)"
      )
    }
    if !(0.1...1000).contains(speed) { throw ValidationError("--speed must be between 0.1 and 1000") }
    if output.isEmpty { throw ValidationError("--output must name a file") }
  }

  func run() throws {
    let (loaded, chosen) = try target.load()
    target.reportFatalErrors(while: "recording", loaded)
    let recording: Recording
    switch Recording.record(
      loaded, profile: chosen, limits: bounds.limits(defaultSteps: Self.defaultSteps),
      workingDirectory: FileManager.default.currentDirectoryPath, onStepTimeout: LimitOptions.exitOnStepTimeout,
      stdoutMode: stdout.mode(default: .tty))
    {
    case .failure(let error):
      FileHandle.standardError.write(Data(error.message.utf8))
      throw ExitCode(Runner.exitBadInput)
    case .success(let r): recording = r
    }
    let file = try open()
    let (width, height) = Render.parseSize(size)!
    let color = !noColor && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    let settings = Asciicast.Settings(
      width: width, height: height, stepsPerSecond: speed, options: ScreenOptions(ascii: ascii, color: color))
    var failed: Error?
    Asciicast.write(recording, settings) { line in
      guard failed == nil else { return }
      do { try file.write(contentsOf: Data((line + "\n").utf8)) } catch { failed = error }
    }
    try? file.close()
    if let failed {
      FileHandle.standardError.write(
        Data("gcviz: error: cannot write \(output): \(failed.localizedDescription)\n".utf8))
      throw ExitCode(Runner.exitBadInput)
    }
    // A bound that stopped the run: the recording shows where, and
    // stderr and the exit code say which, as for `render`.
    if let report = recording.stopReport {
      FileHandle.standardError.write(Data(report.utf8))
      throw ExitCode(recording.exitCode)
    }
  }

  /// The output file, made or emptied; a folder or a path that cannot be
  /// written is an error naming it (exit 2).
  private func open() throws -> FileHandle {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), isFolder.boolValue {
      FileHandle.standardError.write(Data("gcviz: error: \(output) is a directory, not a file to write\n".utf8))
      throw ExitCode(Runner.exitBadInput)
    }
    guard FileManager.default.createFile(atPath: output, contents: nil), let file = FileHandle(forWritingAtPath: output)
    else {
      FileHandle.standardError.write(Data("gcviz: error: cannot write \(output)\n".utf8))
      throw ExitCode(Runner.exitBadInput)
    }
    return file
  }
}
