import Foundation
import GCEngine
import ScenarioSource

/// `gcviz run --trace FILE`: one JSON object per event, in order.
public final class TraceWriter: EventSink {
  private let handle: FileHandle
  private var buffer = ""
  private var line = 0
  private var column = 0
  private var frame = 0
  private var index = 0

  public init(path: String) throws {
    guard FileManager.default.createFile(atPath: path, contents: nil), let h = FileHandle(forWritingAtPath: path) else {
      throw ScenarioError.unreadable(path)
    }
    handle = h
  }

  public func record(_ event: HeapEvent) {
    if case .line(let l, let c, let depth) = event {
      line = l
      column = c
      frame = depth
    }
    buffer += TraceWriter.json(event, index: index, line: line, column: column, frame: frame)
    buffer += "\n"
    index += 1
    if buffer.utf8.count > 1 << 16 { flush() }
  }

  public func flush() {
    handle.write(Data(buffer.utf8))
    buffer = ""
  }

  deinit {
    flush()
    try? handle.close()
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
