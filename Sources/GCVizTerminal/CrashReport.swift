import CNcursesw
import Foundation
import Glibc

/// What a crash while the screen is up leaves behind: the terminal as it
/// was, what the Swift runtime said (`Fatal error: Index out of range`),
/// and a line that says what happened and how to report it.
///
/// A signal handler may only make async-signal-safe calls, so everything
/// is prepared while the screen starts: the terminal's reset sequences
/// looked up in terminfo as plain bytes, the message, and a file that
/// stderr goes to meanwhile (on the alternate screen a message would be
/// wiped as the screen is left). The handler then only writes bytes.
enum CrashReport {
  /// A byte string allocated once and never freed (the handler reads it).
  struct Bytes {
    var start: UnsafeMutablePointer<UInt8>?
    var count = 0

    init() {}

    init(_ bytes: [UInt8]) {
      start = .allocate(capacity: max(1, bytes.count))
      start!.initialize(from: bytes, count: bytes.count)
      count = bytes.count
    }

    func write(to fd: Int32) {
      if let start { Self.write(start, count, to: fd) }
    }

    static func write(_ start: UnsafePointer<UInt8>, _ count: Int, to fd: Int32) {
      var offset = 0
      while offset < count {
        let n = Glibc.write(fd, start + offset, count - offset)
        if n <= 0 { return }
        offset += n
      }
    }
  }

  /// Attributes off, cursor shown, keypad transmit off, alternate screen
  /// left: sgr0, cnorm, rmkx, rmcup of the terminal's terminfo entry.
  nonisolated(unsafe) static var reset = Bytes()
  /// "gcviz: internal error (signal " ... N ... ") while playing f2; ...".
  nonisolated(unsafe) static var before = Bytes()
  nonisolated(unsafe) static var after = Bytes()
  /// The terminal, and /dev/null: a crash on one thread does not stop
  /// another from drawing, so the handler first points stdout (where
  /// ncurses writes) at /dev/null and writes to the terminal through its
  /// own descriptor.
  nonisolated(unsafe) static var terminal: Int32 = -1
  nonisolated(unsafe) static var nullDevice: Int32 = -1
  /// Where stderr writes while the screen is up, and the real stderr.
  nonisolated(unsafe) static var captured: Int32 = -1
  nonisolated(unsafe) static var realStderr: Int32 = -1
  /// Scratch space for copying the captured stderr out in the handler.
  nonisolated(unsafe) static var scratch = Bytes([UInt8](repeating: 0, count: 4096))

  /// Looks the reset sequences up (once the terminal is set up) and starts
  /// capturing stderr.
  static func prepare() {
    // CAN first: it ends an escape sequence another thread may have left
    // half written.
    var bytes: [UInt8] = [0x18]
    for name in ["sgr0", "cnorm", "rmkx", "rmcup"] {
      guard let value = gcviz_terminfo_string(name) else { continue }
      bytes += withoutPadding(Array(String(cString: value).utf8))
    }
    reset = Bytes(bytes)
    describe("while the screen was up")
    terminal = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 0)
    nullDevice = open("/dev/null", O_WRONLY | O_CLOEXEC)
    captureStderr()
  }

  /// Terminfo's `$<5>` delays are for tputs; as bytes they would print.
  static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    var i = 0
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "$"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "<"),
        let end = bytes[(i + 2)...].firstIndex(of: UInt8(ascii: ">"))
      {
        i = end + 1
        continue
      }
      out.append(bytes[i])
      i += 1
    }
    return out
  }

  /// What the crash line says after the signal: `while playing f2`, and how
  /// to report it (inert text: the caller makes it so).
  static func describe(_ what: String) {
    before = Bytes(Array("gcviz: internal error (signal ".utf8))
    after = Bytes(Array(") \(what)\n".utf8))
  }

  /// stderr goes to an unlinked temporary file until `release`.
  private static func captureStderr() {
    let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array("\(folder)/gcviz-stderr-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { return }
    // Only fd 2 is for programs gcviz runs (the picker's `gcviz play`).
    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    let saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 0)
    guard saved >= 0, dup2(fd, STDERR_FILENO) >= 0 else {
      close(fd)
      if saved >= 0 { close(saved) }
      return
    }
    captured = fd
    realStderr = saved
  }

  /// The screen ended normally: stderr back, and what was written to it
  /// meanwhile shown now.
  static func release() {
    restoreStderr()
    for fd in [terminal, nullDevice] where fd >= 0 { close(fd) }
    terminal = -1
    nullDevice = -1
  }

  /// How much has been written to stderr since `prepare` (a mark for
  /// `errorOutput(since:)`).
  static var errorOutputLength: Int {
    guard captured >= 0 else { return 0 }
    var info = stat()
    return fstat(captured, &info) == 0 ? Int(info.st_size) : 0
  }

  /// What was written to stderr after `mark` (by gcviz, or a child it ran).
  static func errorOutput(since mark: Int) -> String {
    let end = errorOutputLength
    guard end > mark else { return "" }
    var bytes = [UInt8](repeating: 0, count: end - mark)
    let n = bytes.withUnsafeMutableBytes { pread(captured, $0.baseAddress, $0.count, off_t(mark)) }
    return String(decoding: bytes.prefix(max(0, n)), as: UTF8.self)
  }

  /// In the signal handler, with the terminal's modes already restored.
  static func emit(signal: Int32) {
    if terminal >= 0 && nullDevice >= 0 {
      _ = dup2(nullDevice, STDOUT_FILENO)
      reset.write(to: terminal)
    } else {
      reset.write(to: STDOUT_FILENO)
    }
    restoreStderr()
    before.write(to: STDERR_FILENO)
    writeNumber(signal, to: STDERR_FILENO)
    after.write(to: STDERR_FILENO)
  }

  /// Puts fd 2 back and copies what was captured to it (async-signal-safe:
  /// dup2, lseek, read, write, close).
  private static func restoreStderr() {
    guard captured >= 0, realStderr >= 0 else { return }
    _ = dup2(realStderr, STDERR_FILENO)
    _ = close(realStderr)
    realStderr = -1
    if lseek(captured, 0, SEEK_SET) == 0, let buffer = scratch.start {
      while true {
        let n = read(captured, buffer, scratch.count)
        if n <= 0 { break }
        Bytes.write(buffer, n, to: STDERR_FILENO)
      }
    }
    _ = close(captured)
    captured = -1
  }

  private static func writeNumber(_ value: Int32, to fd: Int32) {
    var digits: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
    var n = min(max(0, value), 9999)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { raw in
      repeat {
        raw[3 - count] = UInt8(ascii: "0") + UInt8(n % 10)
        n /= 10
        count += 1
      } while n > 0
      _ = Glibc.write(fd, raw.baseAddress! + (4 - count), count)
    }
  }
}
