import Foundation

/// The JDK on this machine (javac, javap, java): the ground truth for the
/// compiled form. Found through JAVA_HOME, /usr/bin, or PATH.
enum JDKOracle {
  struct ProcessResult {
    var stdout: String
    var stderr: String
    var exitCode: Int32
  }

  static var required: Bool { ProcessInfo.processInfo.environment["GCVIZ_REQUIRE_ORACLES"] == "1" }

  static func tool(_ name: String) -> String? {
    var candidates: [String] = []
    if let home = ProcessInfo.processInfo.environment["JAVA_HOME"] { candidates.append(home + "/bin/" + name) }
    candidates.append("/usr/bin/" + name)
    for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
      candidates.append(directory + "/" + name)
    }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  static var javac: String? { tool("javac") }
  static var javap: String? { tool("javap") }
  static var java: String? { tool("java") }

  /// Runs a program with pipes; stderr is read on another thread so that
  /// neither pipe can fill up and block the child.
  static func run(_ executable: String, _ arguments: [String], in directory: String) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    var environment = ProcessInfo.processInfo.environment
    // javac and javap print in the platform's encoding; make it UTF-8.
    environment["LC_ALL"] = "C.UTF-8"
    environment["JAVA_TOOL_OPTIONS"] = nil
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    final class Box: @unchecked Sendable { var data = Data() }
    let errBox = Box()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errBox.data = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return ProcessResult(
      stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errBox.data, as: UTF8.self),
      exitCode: process.terminationStatus)
  }

  /// A fresh directory under the system's temporary directory.
  static func temporaryDirectory(_ label: String) throws -> String {
    let path = NSTemporaryDirectory() + "gcviz-java-\(label)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Compiles `source` as `fileName` with javac (no -g: javac's default
  /// line numbers and source file only), then disassembles every class
  /// file with `javap -v -p`. Returns javap's text, or javac's errors.
  static func compileAndDisassemble(_ source: String, fileName: String) throws -> Result<String, CompileFailure> {
    guard let javac, let javap else { throw OracleMissing() }
    let directory = try temporaryDirectory("javac")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try source.write(toFile: directory + "/" + fileName, atomically: true, encoding: .utf8)
    let compiled = try run(javac, ["-encoding", "UTF-8", "-d", "classes", fileName], in: directory)
    guard compiled.exitCode == 0 else { return .failure(CompileFailure(message: compiled.stderr)) }
    let classFiles = try FileManager.default.contentsOfDirectory(atPath: directory + "/classes")
      .filter { $0.hasSuffix(".class") }.sorted().map { "classes/" + $0 }
    let listing = try run(javap, ["-v", "-p"] + classFiles, in: directory)
    guard listing.exitCode == 0 else { return .failure(CompileFailure(message: listing.stderr)) }
    return .success(listing.stdout)
  }

  /// Compiles and runs `source` with the JDK; its stdout, stderr and exit code.
  static func compileAndRun(_ source: String, fileName: String, mainClass: String) throws -> ProcessResult {
    guard let javac, let java else { throw OracleMissing() }
    let directory = try temporaryDirectory("java")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try source.write(toFile: directory + "/" + fileName, atomically: true, encoding: .utf8)
    let compiled = try run(javac, ["-encoding", "UTF-8", "-d", "classes", fileName], in: directory)
    guard compiled.exitCode == 0 else { return compiled }
    return try run(java, ["-Xshare:auto", "-cp", "classes", mainClass], in: directory)
  }

  struct OracleMissing: Error {}

  struct CompileFailure: Error {
    var message: String
  }
}
