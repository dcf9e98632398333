import Foundation
import GCEngine

// The runner's own entry below its large-stack thread (`runHere`): the
// fuzz build passes `--enable-testable-imports` (see scripts/fuzz.sh).
@testable import GCVizKit

/// What the harness adds to the run's bounds (`RunLimits.fuzzing`, shared
/// with the regression tests).
public enum FuzzLimits {
  /// An input taking more CPU time than this is logged: the run's bounds
  /// stop loops and growth, so a slow input is work inside one step that
  /// nothing bounds. CPU time, not wall time: the machine is shared.
  public static let slowSeconds = 1.0
}

/// Runs one fuzz input as `gcviz run` would, with its output captured.
public enum FuzzRun {
  /// `GCVIZ_FUZZ_THREAD=1`: through the public `Runner.run`, which starts a
  /// 1 GiB-stack thread per input. Otherwise on the calling thread, whose
  /// stack scripts/fuzz.sh raises (`ulimit -s`): measured faster.
  static let onThreadPerInput = ProcessInfo.processInfo.environment["GCVIZ_FUZZ_THREAD"] == "1"
  /// Where inputs slower than `FuzzLimits.slowSeconds` are written, if set.
  static let slowDirectory = ProcessInfo.processInfo.environment["GCVIZ_FUZZ_SLOW_DIR"]
  /// `GCVIZ_FUZZ_VERBOSE=1`: each run's exit code and output on stderr
  /// (to check a seed or a reproducer without a gcviz build).
  static let verbose = ProcessInfo.processInfo.environment["GCVIZ_FUZZ_VERBOSE"] == "1"

  /// The input as text, decoded as `ScenarioLibrary.load` decodes a file
  /// (invalid UTF-8 becomes U+FFFD): any bytes can be a scenario file, so
  /// every input reaches the front end the way a file on disk does.
  public static func text(_ data: UnsafePointer<UInt8>?, _ size: Int) -> String {
    guard let data, size > 0 else { return "" }
    return String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  }

  /// Runs `scenario` under `profile`; an exit code outside 0...8 traps, and
  /// a slow run is logged with its input.
  public static func run(_ scenario: Scenario, profile: Profile) {
    let output = CapturedOutput()
    let start = cpuSeconds()
    let code: Int32
    if onThreadPerInput {
      code = Runner.run(scenario, profile: profile, output: output, limits: .fuzzing, workingDirectory: "/fuzz")
    } else {
      code = Runner.runHere(
        scenario, profile: profile, output: output, limits: .fuzzing, sink: nil, workingDirectory: "/fuzz",
        prepare: nil)
    }
    let seconds = cpuSeconds() - start
    if verbose {
      let text = "== \(profile.name): exit \(code)\n\(output.stdout)-- stderr\n\(output.stderr)"
      FileHandle.standardError.write(Data(text.utf8))
    }
    if seconds > FuzzLimits.slowSeconds { reportSlow(scenario, profile: profile, seconds: seconds) }
    guard (0...8).contains(code) else { fatalError("exit code \(code) under \(profile.name)") }
  }

  /// The process's CPU time so far (every thread's: `Runner.run` works on
  /// a thread of its own).
  static func cpuSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
  }

  /// Writes a slow input to `GCVIZ_FUZZ_SLOW_DIR` as `slow-<profile>-<hash>`
  /// and says so on stderr (libFuzzer's own slow-unit report keeps only
  /// ever slower ones, in whole seconds).
  static func reportSlow(_ scenario: Scenario, profile: Profile, seconds: Double) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in scenario.source.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    let name = "slow-\(profile.name)-\(String(hash, radix: 16))\(scenario.language.fileExtension)"
    var note = "gcviz-fuzz: slow input: \(String(format: "%.2f", seconds)) s of CPU under \(profile.name)"
    if let slowDirectory {
      let path = slowDirectory + "/" + name
      _ = FileManager.default.createFile(atPath: path, contents: Data(scenario.source.utf8))
      note += " -> \(path)"
    }
    FileHandle.standardError.write(Data((note + "\n").utf8))
  }
}
