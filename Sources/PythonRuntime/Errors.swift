import GCEngine
import PythonFrontEnd

/// A Python exception on its way up the stack: caught by a `try` block,
/// reported inside `__del__` and weakref callbacks, or ending the run with
/// a traceback.
public struct PythonException: Error {
  public var type: String
  public var message: String
  /// Innermost frame last, like a traceback.
  public var traceback: [TracebackEntry] { unwound.entries.reversed() }
  /// The frames the exception has unwound through, innermost first. A
  /// reference, appended in place: each frame rethrows the exception, and
  /// copying (or inserting at the front of) the list at each made a
  /// traceback 40,000 frames deep quadratic.
  private let unwound: TracebackBuffer

  public init(_ type: String, _ message: String) {
    self.type = type
    self.message = message
    self.unwound = TracebackBuffer()
  }

  /// The exception leaves a frame: it goes on the traceback's outside.
  func unwinding(through entry: TracebackEntry) -> PythonException {
    unwound.entries.append(entry)
    return self
  }

  /// The heap's side of it, once there is one: the exception object (an
  /// owned reference; a runtime error gets one when a handler catches it),
  /// and the traceback objects made so far (the head, owned).
  var object: ObjectID? {
    get { unwound.object }
    nonmutating set { unwound.object = newValue }
  }
  var tracebackHead: Value {
    get { unwound.tracebackHead }
    nonmutating set { unwound.tracebackHead = newValue }
  }
  /// Raised again (`raise`, RERAISE): the frame it is raised in is on its
  /// traceback already, so it adds no entry there.
  var skipsNextFrame: Bool {
    get { unwound.skipsNextFrame }
    nonmutating set { unwound.skipsNextFrame = newValue }
  }
  /// The arguments a runtime error's exception object gets (KeyError's
  /// key); nil: the message alone.
  var arguments: [Value]? {
    get { unwound.arguments }
    nonmutating set { unwound.arguments = newValue }
  }
  /// 3.x: the exception handled when this one was raised (`__context__`),
  /// as printed above it.
  var context: PythonException? {
    get { unwound.context }
    nonmutating set { unwound.context = newValue }
  }
  /// 3.x `raise ... from`: the cause as printed above it, and whether the
  /// context is left out (`__suppress_context__`, set by any `from`).
  var cause: PythonException? {
    get { unwound.cause }
    nonmutating set { unwound.cause = newValue }
  }
  var suppressContext: Bool {
    get { unwound.suppressContext }
    nonmutating set { unwound.suppressContext = newValue }
  }
  /// A runtime error's context object (owned) until it gets its object.
  var contextObject: ObjectID? {
    get { unwound.contextObject }
    nonmutating set { unwound.contextObject = newValue }
  }
  /// Whether the exception has left the frame it was raised in.
  var hasEntries: Bool { !unwound.entries.isEmpty }

  /// The same exception with the traceback lines `record` had (raised
  /// again: its earlier frames stay on the traceback).
  init(reraising record: PythonException, object: ObjectID) {
    self.type = record.type
    self.message = record.message
    self.unwound = record.unwound
    unwound.object = object
  }

  /// The exception's last traceback line, e.g. `NameError: name 'x' is not defined`.
  public var summary: String { message.isEmpty ? type : "\(type): \(message)" }
}

final class TracebackBuffer: @unchecked Sendable {
  var entries: [TracebackEntry] = []
  var object: ObjectID?
  var tracebackHead: Value = .none
  var skipsNextFrame = false
  var arguments: [Value]?
  var context: PythonException?
  var contextObject: ObjectID?
  var cause: PythonException?
  var suppressContext = false
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
