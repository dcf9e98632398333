/// What bounds a run. Scenarios are shared between teachers and students,
/// so a file is untrusted: each bound ends the run early with its own
/// message and exit code instead of letting it take the host's memory, time
/// or disk. A value of 0 means no bound.
public struct RunLimits: Sendable, Equatable {
  /// Line steps (a step is one source line executed).
  public var steps: Int
  /// Objects alive at once.
  public var objects: Int
  /// Simulated heap bytes: the allocator's blocks plus dict tables.
  public var memory: Int
  /// Frames on the call stack. Python's own recursion limit (1000) raises
  /// RecursionError long before, unless the scenario raises it.
  public var depth: Int
  /// Bytes the scenario writes, stdout and stderr together.
  public var output: Int
  /// Wall-clock seconds one step may take.
  public var stepSeconds: Double

  public init(
    steps: Int = 100_000_000, objects: Int = 5_000_000, memory: Int = 512 << 20, depth: Int = 20_000,
    output: Int = 64 << 20, stepSeconds: Double = 30
  ) {
    self.steps = steps
    self.objects = objects
    self.memory = memory
    self.depth = depth
    self.output = output
    self.stepSeconds = stepSeconds
  }

  /// The defaults of `gcviz run`.
  public static let standard = RunLimits()

  /// Small bounds for the fuzz targets (Fuzz/) and the regression tests
  /// of what they found: an input takes milliseconds, and a loop or a
  /// growth ends here long before libFuzzer's timeout or memory limit. No
  /// time per step: libFuzzer's `-timeout` is what catches a hang.
  public static let fuzzing = RunLimits(
    steps: 20_000, objects: 20_000, memory: 64 << 20, depth: 2_000, output: 1 << 20, stepSeconds: 0)
}

/// A bound a run reached (see `RunLimits`).
public enum LimitReached: Error, Sendable, Equatable {
  case steps(Int)
  case objects(Int)
  case memory(Int)
  case depth(Int)
  case output(Int)
  case stepTime(Double)

  /// Each limit its own exit code, after the interpreter's 0 and 1 and
  /// the 2 of input the simulator refuses.
  public var exitCode: Int32 {
    switch self {
    case .steps: return 3
    case .objects: return 4
    case .memory: return 5
    case .depth: return 6
    case .output: return 7
    case .stepTime: return 8
    }
  }

  /// What stopped the run and how to raise the bound, one line.
  public var message: String {
    switch self {
    case .steps(let n):
      return "gcviz: stopped after \(grouped(n)) steps (the step limit; raise it with --max-steps N, 0 for none)"
    case .objects(let n):
      return
        "gcviz: stopped: the scenario made more than \(grouped(n)) live objects (the object limit; raise it with --max-objects N, 0 for none)"
    case .memory(let n):
      return
        "gcviz: stopped: the simulated heap would pass \(byteCount(n)) (the memory limit; raise it with --max-memory SIZE, 0 for none)"
    case .depth(let n):
      return
        "gcviz: stopped: the call stack passed \(grouped(n)) frames (the depth limit; raise it with --max-depth N, 0 for none)"
    case .output(let n):
      return
        "gcviz: stopped: the scenario wrote more than \(byteCount(n)) (the output limit; raise it with --max-output SIZE, 0 for none)"
    case .stepTime(let s):
      return
        "gcviz: stopped: one step ran longer than \(seconds(s)) (the time limit per step; raise it with --step-timeout SECONDS, 0 for none)"
    }
  }

  private func byteCount(_ n: Int) -> String { ByteSize.format(n) }

  private func seconds(_ s: Double) -> String {
    s == s.rounded() ? "\(Int(s)) s" : "\(s) s"
  }
}

/// Sizes as the command line takes and shows them: `1G`, `64M`, `512K`,
/// or plain bytes.
public enum ByteSize {
  /// `1G` is 1 GiB (K, M, G, T: powers of 1024; `KiB`, `MB` and lower case
  /// read the same); a plain number is bytes; nil when not a size.
  public static func parse(_ text: String) -> Int? {
    var text = text.uppercased()
    for unit in ["IB", "B"] where text.hasSuffix(unit) && text.count > unit.count {
      text.removeLast(unit.count)
      break
    }
    let shifts: [Character: Int] = ["K": 10, "M": 20, "G": 30, "T": 40]
    var shift = 0
    if let last = text.last, let s = shifts[last] {
      shift = s
      text.removeLast()
    }
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(text), n <= Int.max >> shift
    else { return nil }
    return n << shift
  }

  /// The largest unit that divides it (`1 GiB`, `64 MiB`), else bytes
  /// (`10,000 bytes`).
  public static func format(_ n: Int) -> String {
    for (unit, shift) in [("TiB", 40), ("GiB", 30), ("MiB", 20), ("KiB", 10)] where n > 0 && n % (1 << shift) == 0 {
      return "\(n >> shift) \(unit)"
    }
    return n == 1 ? "1 byte" : "\(grouped(n)) bytes"
  }
}

/// `1,000,000`: a count's digits in groups of three.
func grouped(_ n: Int) -> String {
  let digits = String(n)
  var out = ""
  for (i, c) in digits.enumerated() {
    if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
    out.append(c)
  }
  return out
}

/// What a run has written, against `RunLimits.output`.
public struct OutputBudget: Sendable {
  /// 0: no bound.
  public var limit: Int
  public private(set) var used = 0

  public init(limit: Int) { self.limit = limit }

  /// The part of `text` that fits (cut between characters), and whether
  /// the bound was passed: the run then stops at its next step.
  public mutating func admit(_ text: String) -> (text: String, exceeded: Bool) {
    guard limit > 0 else { return (text, false) }
    let bytes = text.utf8.count
    var room = limit - used
    guard bytes > room else {
      used += bytes
      return (text, false)
    }
    let utf8 = Array(text.utf8)
    room = max(room, 0)
    while room > 0 && utf8[room] & 0xC0 == 0x80 { room -= 1 }
    used += room
    return (String(decoding: utf8[..<room], as: UTF8.self), true)
  }
}
