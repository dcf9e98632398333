import Foundation
import TestSupport
import Testing

/// `gcviz run --trace PATH` writes through PATH as a shell's `>` would:
/// a symlink is followed, a FIFO or device is written to, a directory is
/// refused; write errors and the size limit end the command with a message
/// and their exit code, never a trap.
@Suite("--trace files")
struct TraceFileTests {
  typealias Folder = HostileInputTests.Folder

  static func run(_ arguments: [String]) throws -> ProcessOutput { try HostileInputTests.run(arguments) }

  /// Waits a little for a FIFO's reader; one still blocked in open (gcviz
  /// replaced the FIFO instead of opening it) is let go, and it is false.
  static func finished(_ reader: Thread, fifo path: String) -> Bool {
    for _ in 0..<500 where !reader.isFinished { usleep(10_000) }
    if reader.isFinished { return true }
    close(open(path, O_WRONLY | O_NONBLOCK))
    return false
  }

  @Test("a symlink is followed: the link stays, its target gets the trace")
  func symlink() throws {
    guard HostileInputTests.available() else { return }
    let folder = try Folder()
    let target = folder.path + "/target.jsonl"
    let link = folder.path + "/link.jsonl"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
    let result = try Self.run(["run", "f2", "--trace", link])
    #expect(result.exitCode == 0, "\(result.stderr)")
    let attributes = try FileManager.default.attributesOfItem(atPath: link)
    #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
    let text = try String(contentsOfFile: target, encoding: .utf8)
    #expect(text.hasPrefix("{\"i\":0,") && text.hasSuffix("}\n"))
  }

  @Test("a FIFO is written to, and stays a FIFO")
  func fifo() throws {
    guard HostileInputTests.available() else { return }
    let folder = try Folder()
    let path = folder.path + "/trace.fifo"
    #expect(mkfifo(path, 0o600) == 0)
    final class Box: @unchecked Sendable { var data = Data() }
    let box = Box()
    let reader = Thread {
      if let handle = FileHandle(forReadingAtPath: path) { box.data = handle.readDataToEndOfFile() }
    }
    reader.start()
    let result = try Self.run(["run", "f2", "--trace", path])
    #expect(result.exitCode == 0, "\(result.stderr)")
    #expect(Self.finished(reader, fifo: path), "gcviz never opened the FIFO")
    let lines = String(decoding: box.data, as: UTF8.self).split(separator: "\n")
    #expect(lines.count > 1000 && lines.first?.hasPrefix("{\"i\":0,") == true)
    var info = stat()
    #expect(stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
  }

  @Test("a FIFO whose reader goes away: a clean error, exit 9, not a SIGPIPE")
  func brokenPipe() throws {
    guard HostileInputTests.available() else { return }
    let folder = try Folder()
    let path = folder.path + "/trace.fifo"
    #expect(mkfifo(path, 0o600) == 0)
    let reader = Thread {
      // Reads a little, then closes: the rest of the trace has no reader.
      let fd = open(path, O_RDONLY)
      var buffer = [UInt8](repeating: 0, count: 16)
      _ = read(fd, &buffer, buffer.count)
      close(fd)
    }
    reader.start()
    let result = try Self.run(["run", "f2", "--trace", path])
    #expect(Self.finished(reader, fifo: path), "gcviz never opened the FIFO")
    #expect(result.exitCode == 9)
    #expect(result.stderr.hasSuffix("gcviz: error: cannot write the trace to '\(path)': Broken pipe\n"))
  }

  @Test("a device is written to: /dev/full fails with ENOSPC, exit 9, and stays a device")
  func deviceFull() throws {
    guard HostileInputTests.available() else { return }
    let result = try Self.run(["run", "f2", "--trace", "/dev/full"])
    #expect(result.exitCode == 9)
    #expect(result.stderr == "gcviz: error: cannot write the trace to '/dev/full': No space left on device\n")
    // The scenario's output is all there.
    #expect(result.stdout.contains("after 30 rounds"))
    var info = stat()
    #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
  }

  @Test("a directory or a path that cannot be made is refused before the run, exit 2")
  func unopenable() throws {
    guard HostileInputTests.available() else { return }
    let folder = try Folder()
    let directory = try Self.run(["run", "f2", "--trace", folder.path])
    #expect(directory.exitCode == 2 && directory.stdout.isEmpty)
    #expect(directory.stderr == "gcviz: error: cannot write the trace to '\(folder.path)': Is a directory\n")
    let missing = try Self.run(["run", "f2", "--trace", folder.path + "/no/such/dir/t.jsonl"])
    #expect(missing.exitCode == 2)
    #expect(missing.stderr.hasSuffix(": No such file or directory\n"))
    let evil = try Self.run(["run", "f2", "--trace", folder.path + "/no/\u{1B}]0;x\u{7}"])
    #expect(evil.stderr.contains("/no/\\x1b]0;x\\x07'"))
  }

  @Test("the trace stops at --trace-limit on a whole line: a message, exit 7")
  func sizeLimit() throws {
    guard HostileInputTests.available() else { return }
    let folder = try Folder()
    let path = folder.path + "/t.jsonl"
    let result = try Self.run(["run", "f2", "--trace", path, "--trace-limit", "64K"])
    #expect(result.exitCode == 7)
    #expect(
      result.stderr
        == "gcviz: stopped: the trace reached its size limit (64 KiB; raise it with --trace-limit SIZE, 0 for none): the events after that are not in it\n"
    )
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(data.count <= 64 << 10 && data.count > 60 << 10)
    #expect(data.last == UInt8(ascii: "\n"))
    // Without a limit the same run makes a longer trace.
    #expect(try Self.run(["run", "f2", "--trace", path, "--trace-limit", "0"]).exitCode == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count > 64 << 10)
    let wrong = try Self.run(["run", "f2", "--trace", path, "--trace-limit", "12X"])
    #expect(wrong.exitCode != 0 && wrong.stderr.contains("'12X' is invalid for '--trace-limit"))
  }
}
