// How a run ends early: an exception nothing catches (the subset has no
// try/catch), or one of the simulator's limits.

import GCEngine

public enum JavaRunError: Error, Sendable, Equatable {
  /// An uncaught exception; the frames are already unwound (their slots
  /// released) when the run reports it.
  case exception(JavaThrowable)
  /// One of the run's bounds (`RunLimits`).
  case limit(LimitReached)
}

/// An exception as the JVM's default handler prints it on stderr.
public struct JavaThrowable: Sendable, Equatable {
  /// `java.lang.NullPointerException`.
  public var className: String
  public var message: String?
  /// Innermost frame first: `Node.<init>(Main.java:7)`.
  public var stackTrace: [String]

  /// `Exception in thread "main" java.lang.ArithmeticException: / by zero`
  /// and a `\tat ...` line per frame.
  public var report: String {
    var text = "Exception in thread \"main\" " + className + (message.map { ": " + $0 } ?? "") + "\n"
    for frame in stackTrace { text += "\tat " + frame + "\n" }
    return text
  }
}
