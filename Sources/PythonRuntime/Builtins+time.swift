import GCEngine
import PythonFrontEnd

/// The simulated `time` module: `sleep` only marks the output (a
/// scenario's pause is the player's speed).
extension Interpreter {
  /// `time.name`: the simulated member, or nil (refused or an
  /// AttributeError, as `moduleAttribute` decides).
  func timeAttribute(_ name: String) -> Value? {
    if name == "sleep" { return Native.timeSleep.value }
    return nil
  }

  /// Calls a function of `time`. Arguments are borrowed; the result
  /// is an owned reference.
  func callTime(_ native: Native, _ args: [Value]) throws(RunError) -> Value {
    switch native {
    case .timeSleep:
      heap.record(.output(.stdout, ""))
      return .none
    default:
      throw unsupported("calling \(native.pythonName)")
    }
  }
}
