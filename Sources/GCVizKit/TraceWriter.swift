import Foundation
import GCEngine
import ScenarioSource

/// `gcviz run --trace FILE`: one JSON object per event, in order.
///
/// The file is opened as a shell's `>` opens it (open(2), created or
/// truncated): a symlink is followed, a FIFO or a device is written to, a
/// directory is refused. At most `limit` bytes are written, whole lines
/// only; past that, and after a write error, events are dropped and the
/// writer says why (`stop`), for the command to report after the run.
public final class TraceWriter: EventSink {
  /// Why the trace stopped before the run's end.
  public enum Stop: Equatable, Sendable {
    /// The next line would have passed the size limit.
    case sizeLimit
    /// write(2) failed with this errno.
    case writeFailed(Int32)
  }

  /// Why the trace could not be opened.
  public struct OpenError: Error, Sendable {
    public var path: String
    public var code: Int32
  }

  /// 256 MiB: far more than a scenario a student steps through makes.
  public static let defaultLimit = 256 << 20

  public let path: String
  /// Bytes the file may hold (0: no limit).
  public let limit: Int
  public private(set) var stop: Stop?
  /// Bytes written to the file so far.
  public private(set) var written = 0
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private var line = 0
  private var column = 0
  private var frame = 0
  private var index = 0

  public init(path: String, limit: Int = TraceWriter.defaultLimit) throws(OpenError) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard fd >= 0 else { throw OpenError(path: path, code: errno) }
    self.path = path
    self.limit = limit
    descriptor = fd
  }

  public func record(_ event: HeapEvent) {
    guard stop == nil else { return }
    if case .line(let l, let c, let depth) = event {
      line = l
      column = c
      frame = depth
    }
    let text = TraceWriter.json(event, index: index, line: line, column: column, frame: frame) + "\n"
    if limit > 0 && written + buffer.count + text.utf8.count > limit {
      flush()
      if stop == nil { stop = .sizeLimit }
      return
    }
    buffer.append(contentsOf: text.utf8)
    index += 1
    if buffer.count > 1 << 16 { flush() }
  }

  /// Writes what is buffered; a failure stops the trace (see `stop`).
  public func flush() {
    guard descriptor >= 0, !buffer.isEmpty else { return }
    defer { buffer.removeAll(keepingCapacity: true) }
    let failure = buffer.withUnsafeBytes { TraceWriter.writeAll(descriptor, $0) }
    if let failure {
      stop = .writeFailed(failure)
    } else {
      written += buffer.count
    }
  }

  /// Flushes and closes the file (a failed close is a failed write: NFS
  /// reports some errors only there). Safe to call twice.
  public func finish() {
    flush()
    guard descriptor >= 0 else { return }
    if close(descriptor) != 0, stop == nil { stop = .writeFailed(errno) }
    descriptor = -1
  }

  deinit { finish() }

  /// Writes all of `bytes` to `fd`; the errno of a failure, or nil. A
  /// reader that went away (a FIFO) is EPIPE here, not a SIGPIPE that
  /// would kill gcviz mid-run: the signal is blocked on this thread for
  /// the write and a pending one is taken back.
  static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    var pipeSignal = sigset_t()
    sigemptyset(&pipeSignal)
    sigaddset(&pipeSignal, SIGPIPE)
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
    defer {
      var pending = sigset_t()
      if sigpending(&pending) == 0, sigismember(&pending, SIGPIPE) == 1, sigismember(&previous, SIGPIPE) == 0 {
        var now = timespec()
        _ = sigtimedwait(&pipeSignal, nil, &now)
      }
      pthread_sigmask(SIG_SETMASK, &previous, nil)
    }
    var offset = 0
    while offset < bytes.count {
      let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
      if n < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += n
    }
    return nil
  }

  /// A JSON string. Besides what JSON requires, what `InertText` escapes
  /// (DEL, C1 controls, bidi and zero-width characters) is written as
  /// `\u` escapes: the same string to a JSON reader, inert to `cat`.
  static func escape(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if InertText.mustEscape(scalar) {
          // Above U+FFFF as its UTF-16 surrogate pair, as JSON spells it.
          for unit in String(scalar).utf16 { out += String(format: "\\u%04x", unit) }
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  /// The event as one JSON line (fields in a fixed order: streams diff cleanly).
  public static func json(_ event: HeapEvent, index: Int, line: Int, column: Int, frame: Int) -> String {
    var fields: [(String, String)] = [("i", String(index))]
    func add(_ k: String, _ v: String) { fields.append((k, v)) }
    switch event {
    case .allocated(let id, let kind, let address):
      add("event", "\"alloc\""); add("object", String(id.raw)); add("kind", "\"\(kind)\"")
      add("address", "\"0x\(String(address, radix: 16))\"")
    case .incref(let id, let count, let cause):
      add("event", "\"incref\""); add("object", String(id.raw)); add("rc", String(count));
      add("cause", "\"\(cause.rawValue)\"")
    case .decref(let id, let count, let cause):
      add("event", "\"decref\""); add("object", String(id.raw)); add("rc", String(count));
      add("cause", "\"\(cause.rawValue)\"")
    case .freed(let id): add("event", "\"free\""); add("object", String(id.raw))
    case .tracked(let id, let g): add("event", "\"track\""); add("object", String(id.raw)); add("generation", String(g))
    case .untracked(let id): add("event", "\"untrack\""); add("object", String(id.raw))
    case .collectionStarted(let g, let automatic):
      add("event", "\"collect\""); add("generation", String(g)); add("automatic", automatic ? "true" : "false")
    case .phase(let p): add("event", "\"phase\""); add("phase", "\"\(p.rawValue)\"")
    case .trialPhase(let p): add("event", "\"phase\""); add("phase", "\"\(p.rawValue)\"")
    case .colored(let id, let color):
      add("event", "\"color\""); add("object", String(id.raw)); add("color", "\"\(color)\"")
    case .buffered(let id, let isBuffered):
      add("event", isBuffered ? "\"buffer\"" : "\"unbuffer\""); add("object", String(id.raw))
    case .gcRefs(let id, let v): add("event", "\"gc_refs\""); add("object", String(id.raw)); add("gc_refs", String(v))
    case .reachable(let id): add("event", "\"reachable\""); add("object", String(id.raw))
    case .unreachable(let id): add("event", "\"unreachable\""); add("object", String(id.raw))
    case .promoted(let n, let g): add("event", "\"promote\""); add("count", String(n)); add("generation", String(g))
    case .finalizerCalled(let id): add("event", "\"finalizer\""); add("object", String(id.raw))
    case .resurrected(let id): add("event", "\"resurrected\""); add("object", String(id.raw))
    case .cleared(let id): add("event", "\"clear\""); add("object", String(id.raw))
    case .addedToGarbage(let id): add("event", "\"garbage\""); add("object", String(id.raw))
    case .referencesChanged(let id): add("event", "\"references\""); add("object", String(id.raw))
    case .collectionFinished(let g, let m, let n):
      add("event", "\"collected\""); add("generation", String(g)); add("collected", String(m));
      add("uncollectable", String(n))
    case .output(let stream, let text):
      add("event", "\"output\""); add("stream", "\"\(stream.rawValue)\""); add("text", escape(text))
    case .line(let l, let c, let depth):
      add("event", "\"line\""); add("line", String(l)); add("col", String(c)); add("frame", String(depth))
    }
    if case .line = event {
    } else {
      add("line", String(line)); add("col", String(column)); add("frame", String(frame))
    }
    return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
  }
}
