import GCEngine

/// A Python exception raised in the scenario (there is no `try`, so every
/// one ends the run with a traceback, except inside `__del__` and weakref
/// callbacks, where CPython reports it and carries on).
public struct PythonException: Error {
  public var type: String
  public var message: String
  /// Innermost frame last, like a traceback.
  public var traceback: [TracebackEntry] { unwound.entries.reversed() }
  /// The frames the exception has unwound through, innermost first. A
  /// reference, appended in place: each frame rethrows the exception, and
  /// copying (or inserting at the front of) the list at each made a
  /// traceback 40,000 frames deep quadratic.
  private let unwound = TracebackBuffer()

  public init(_ type: String, _ message: String) {
    self.type = type
    self.message = message
  }

  /// The exception leaves a frame: it goes on the traceback's outside.
  func unwinding(through entry: TracebackEntry) -> PythonException {
    unwound.entries.append(entry)
    return self
  }

  /// The exception's last traceback line, e.g. `NameError: name 'x' is not defined`.
  public var summary: String { message.isEmpty ? type : "\(type): \(message)" }
}

final class TracebackBuffer: @unchecked Sendable {
  var entries: [TracebackEntry] = []
}

public struct TracebackEntry: Sendable {
  public var line: Int
  public var column: Int
  public var function: String
  /// The failing expression's span, when the instruction has one.
  public var span: ExprSpan?
}

/// Why a run stopped early, outside Python semantics.
public enum RunLimit: Error, Equatable {
  /// One of the run's bounds (`RunLimits`).
  case reached(LimitReached)
  /// Something the simulator cannot reproduce faithfully (exit 2).
  case unsupported(String, line: Int, column: Int)
}

/// A scenario stops with either a Python exception or a simulator limit.
public enum RunError: Error {
  case python(PythonException)
  case limit(RunLimit)
}
