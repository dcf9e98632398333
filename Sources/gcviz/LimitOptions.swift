import ArgumentParser
import Foundation
import GCEngine

/// The bounds every command that runs a scenario takes. A scenario file is
/// untrusted: each bound ends the run with its own message and exit code
/// (3 steps, 4 objects, 5 memory, 6 depth, 7 output, 8 time per step).
/// A scenario's `#: steps:` may lower the step limit, never lift it.
///
/// Each takes its value `.unconditional`ly: `--max-steps -1` is a value to
/// refuse with a message, not a missing value followed by an option `-1`.
struct LimitOptions: ParsableArguments {
  @Option(
    name: .customLong("max-steps"), parsing: .unconditional, help: "Stop after this many executed lines (0 = no limit)."
  )
  var maxSteps: Int?

  @Option(
    name: .customLong("max-objects"), parsing: .unconditional,
    help: "Stop when more objects than this are alive at once (0 = no limit).")
  var maxObjects: Int = RunLimits.standard.objects

  @Option(
    name: .customLong("max-memory"), parsing: .unconditional,
    help: "Stop when the simulated heap would pass this size: bytes, or with K, M, G (0 = no limit).")
  var maxMemory = SizeArgument(bytes: RunLimits.standard.memory)

  @Option(
    name: .customLong("max-depth"), parsing: .unconditional,
    help: "Stop when the call stack passes this many frames (0 = no limit; Python's own recursion limit comes first).")
  var maxDepth: Int = RunLimits.standard.depth

  @Option(
    name: .customLong("max-output"), parsing: .unconditional,
    help: "Stop when the scenario has written more than this: bytes, or with K, M, G (0 = no limit).")
  var maxOutput = SizeArgument(bytes: RunLimits.standard.output)

  @Option(
    name: .customLong("step-timeout"), parsing: .unconditional,
    help: "Stop when one step runs longer than this many seconds (0 = no limit).")
  var stepTimeout: Double = RunLimits.standard.stepSeconds

  func validate() throws {
    if let maxSteps, maxSteps < 0 { throw ValidationError("--max-steps must be 0 or more") }
    if maxObjects < 0 { throw ValidationError("--max-objects must be 0 or more") }
    if maxDepth < 0 { throw ValidationError("--max-depth must be 0 or more") }
    if !(stepTimeout >= 0) { throw ValidationError("--step-timeout must be 0 or more seconds") }
  }

  /// A step that outlasts `--step-timeout` cannot be interrupted: the
  /// command says so and exits with the limit's code.
  static let exitOnStepTimeout: @Sendable (LimitReached) -> Void = { reached in
    FileHandle.standardError.write(Data((reached.message + "\n").utf8))
    _exit(reached.exitCode)
  }

  /// The bounds, with `defaultSteps` when `--max-steps` is not given.
  func limits(defaultSteps: Int) -> RunLimits {
    RunLimits(
      steps: maxSteps ?? defaultSteps, objects: maxObjects, memory: maxMemory.bytes, depth: maxDepth,
      output: maxOutput.bytes, stepSeconds: stepTimeout)
  }
}
