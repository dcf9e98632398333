import Foundation

/// What a program the tests ran printed, and how it exited.
public struct ProcessOutput: Sendable {
  public var stdout: String
  public var stderr: String
  public var exitCode: Int32
}

/// Runs the oracles (python, javac, javap, java) and the gcviz binary for
/// the test targets, one way: pipes for both streams, stdin closed.
public enum ChildProcess {
  /// Runs `executable` in `directory` with exactly `environment`. stderr is
  /// read on another thread so that neither pipe can fill up and block the
  /// child; a child still running after `timeout` seconds is killed (exit
  /// code 137 then).
  /// `stdoutOnTerminal`: stdout is a pseudo-terminal instead (stderr
  /// stays a pipe), read to its end with the terminal's `\r\n` turned
  /// back into `\n`: how an interpreter prints on a terminal.
  public static func run(
    _ executable: String, _ arguments: [String], in directory: String, environment: [String: String],
    timeout: Double = 600, stdoutOnTerminal: Bool = false
  ) throws -> ProcessOutput {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    var terminal: (main: Int32, child: Int32)?
    if stdoutOnTerminal {
      var main: Int32 = -1
      var child: Int32 = -1
      guard openpty(&main, &child, nil, nil, nil) == 0 else { throw CocoaError(.fileWriteUnknown) }
      terminal = (main, child)
      process.standardOutput = FileHandle(fileDescriptor: child, closeOnDealloc: false)
    } else {
      process.standardOutput = out
    }
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    if let terminal {
      // The child has its copy; the main side then reads to EIO at its exit.
      close(terminal.child)
      out.fileHandleForWriting.closeFile()
    }
    let pid = process.processIdentifier
    let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
    defer { watchdog.cancel() }
    final class Box: @unchecked Sendable { var data = Data() }
    let errBox = Box()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errBox.data = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    var outData = Data()
    if let terminal {
      var chunk = [UInt8](repeating: 0, count: 65536)
      while true {
        let n = read(terminal.main, &chunk, chunk.count)
        if n <= 0 { break }
        outData.append(contentsOf: chunk[0..<n])
      }
      close(terminal.main)
    } else {
      outData = out.fileHandleForReading.readDataToEndOfFile()
    }
    group.wait()
    process.waitUntilExit()
    var stdout = String(decoding: outData, as: UTF8.self)
    if terminal != nil { stdout = stdout.replacingOccurrences(of: "\r\n", with: "\n") }
    return ProcessOutput(
      stdout: stdout, stderr: String(decoding: errBox.data, as: UTF8.self), exitCode: process.terminationStatus)
  }

  /// This process's environment with the JDK's output made UTF-8 (javac,
  /// javap and java print in the locale's charset) and no injected options.
  public static var jdkEnvironment: [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["LC_ALL"] = "C.UTF-8"
    environment["JAVA_TOOL_OPTIONS"] = nil
    return environment
  }

  /// A JDK tool (javac, javap, java) through JAVA_HOME, /usr/bin or PATH.
  public static func jdkTool(_ name: String) -> String? {
    var candidates: [String] = []
    if let home = ProcessInfo.processInfo.environment["JAVA_HOME"] { candidates.append(home + "/bin/" + name) }
    candidates.append("/usr/bin/" + name)
    for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
      candidates.append(directory + "/" + name)
    }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// CI sets GCVIZ_REQUIRE_ORACLES=1: a missing oracle fails instead of skipping.
  public static var oraclesRequired: Bool { ProcessInfo.processInfo.environment["GCVIZ_REQUIRE_ORACLES"] == "1" }
}
