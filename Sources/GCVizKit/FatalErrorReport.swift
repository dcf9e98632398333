import Foundation

/// `gcviz run` and `render` on a fatal signal (a trap in the simulator,
/// memory the host could not give): one line that says what happened and
/// how to report it, and exit 9, instead of a signal and a backtrace a
/// teacher cannot act on. The Swift runtime has already written its own
/// `Fatal error: ...` line by then. With `SWIFT_BACKTRACE` asking for the
/// runtime's backtracer, it is kept (for whoever debugs gcviz itself);
/// `SWIFT_BACKTRACE=enable=no` (the ASan and fuzz scripts set it) keeps
/// this report.
public enum FatalErrorReport {
  /// The prepared message; the handler only writes bytes.
  nonisolated(unsafe) static var before: UnsafeMutableBufferPointer<UInt8>?
  nonisolated(unsafe) static var after: UnsafeMutableBufferPointer<UInt8>?

  static let signals = [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE]

  /// `what`: `while running f2` (inert text: the caller makes it so).
  public static func install(_ what: String) {
    if wantsRuntimeBacktracer(ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"]) { return }
    before = buffer("gcviz: internal error (signal ")
    after = buffer(") \(what); please report it with the scenario file (see \"Reporting a problem\" in the README)\n")
    for signal in signals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { signal in FatalErrorReport.handle(signal) }
      // On the alternate stack: a stack overflow must still be reported.
      action.sa_flags = Int32(SA_ONSTACK)
      sigemptyset(&action.sa_mask)
      sigaction(signal, &action, nil)
    }
  }

  /// Whether `SWIFT_BACKTRACE` (comma-separated `key=value` settings) asks
  /// for the runtime's backtracer: set, and not `enable=no` (or off, false, 0).
  static func wantsRuntimeBacktracer(_ setting: String?) -> Bool {
    guard let setting else { return false }
    for pair in setting.split(separator: ",") {
      let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
      if parts.count == 2, parts[0] == "enable", ["no", "off", "false", "0"].contains(parts[1]) { return false }
    }
    return true
  }

  private static func buffer(_ text: String) -> UnsafeMutableBufferPointer<UInt8> {
    let bytes = Array(text.utf8)
    let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
    _ = memory.initialize(from: bytes)
    return memory
  }

  /// Async-signal-safe: writes and `_exit` only.
  private static func handle(_ signal: Int32) {
    write(before)
    var digits: (UInt8, UInt8, UInt8) = (0, 0, 0)
    var n = signal
    var count = 0
    withUnsafeMutableBytes(of: &digits) { raw in
      repeat {
        raw[2 - count] = UInt8(ascii: "0") + UInt8(n % 10)
        n /= 10
        count += 1
      } while n > 0 && count < 3
      _ = Glibc.write(STDERR_FILENO, raw.baseAddress! + (3 - count), count)
    }
    write(after)
    _exit(Runner.exitInternalFailure)
  }

  private static func write(_ buffer: UnsafeMutableBufferPointer<UInt8>?) {
    guard let buffer, let base = buffer.baseAddress else { return }
    var offset = 0
    while offset < buffer.count {
      let n = Glibc.write(STDERR_FILENO, base + offset, buffer.count - offset)
      if n <= 0 { return }
      offset += n
    }
  }
}
