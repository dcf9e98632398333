import Foundation
import GCEngine
import GCVizKit
import TestSupport
import Testing

/// The real interpreters installed through pyenv: the ground truth.
enum Oracle {
  static func interpreter(for profile: Profile) -> String? {
    guard profile.family == .cpython else { return nil }
    let root = ProcessInfo.processInfo.environment["PYENV_ROOT"] ?? (NSHomeDirectory() + "/.pyenv")
    // pyenv's layout: versions/3.12.1/bin/python3.12.
    let version = profile.displayVersion
    let minor = version.split(separator: ".").prefix(2).joined(separator: ".")
    let path = root + "/versions/\(version)/bin/python\(minor)"
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
  }

  static var required: Bool { ChildProcess.oraclesRequired }

  /// Runs `file` (a name inside `directory`) the way the tests compare it:
  /// a fixed hash seed, address randomisation off, stderr a pipe and
  /// stdout as `mode` says (a pipe; a pseudo-terminal; a pipe with
  /// PYTHONUNBUFFERED=1).
  static func run(
    _ interpreter: String, file: String, in directory: String, stdout mode: StdoutMode = .pipe
  ) throws -> RunResult {
    let setarch = "/usr/bin/setarch"
    let (executable, arguments) =
      FileManager.default.isExecutableFile(atPath: setarch)
      ? (setarch, ["x86_64", "-R", interpreter, file]) : (interpreter, [file])
    // A fixed, minimal environment: the interpreter's startup allocations
    // (and so which freed blocks later come back) depend on its size.
    var environment = ["PATH": "/usr/bin:/bin", "HOME": "/tmp", "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"]
    if mode == .unbuffered { environment["PYTHONUNBUFFERED"] = "1" }
    let output = try ChildProcess.run(
      executable, arguments, in: directory, environment: environment, stdoutOnTerminal: mode == .tty)
    return RunResult(stdout: output.stdout, stderr: output.stderr, exitCode: output.exitCode)
  }
}

/// Where cases run, on both sides: a fixed folder, so file names and paths
/// (which 3.11 tracebacks print, and which size startup's allocations) are
/// the same on every machine and checkout.
/// The profile named `name` and its oracle interpreter; nil (with an issue
/// recorded, or a loud skip when oracles are not required) when either is
/// missing. `what` names the case in the skip line.
func profileAndOracle(_ name: String, for what: String) -> (Profile, String)? {
  // Not `#require`: Swift Testing 6.3 crashed reflecting a Profile value here.
  guard let profile = Profile.named(name) else {
    Issue.record("unknown profile \(name)")
    return nil
  }
  guard let interpreter = Oracle.interpreter(for: profile) else {
    if Oracle.required {
      Issue.record("oracle for \(name) missing and GCVIZ_REQUIRE_ORACLES=1")
    } else {
      print("SKIPPED (no oracle for \(name)): \(what) — set up pyenv \(profile.displayVersion)")
    }
    return nil
  }
  return (profile, interpreter)
}

func stagedCase(_ source: String, file: String, profile: String) throws -> String {
  let directory = "/tmp/gcviz-differential/" + profile
  try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  try source.write(toFile: directory + "/" + file, atomically: true, encoding: .utf8)
  return directory
}

/// Renames object addresses A1, A2, ... in order of first appearance
/// (stdout first, then stderr), so two runs compare by identity pattern.
func normalizeAddresses(_ result: RunResult) -> (stdout: String, stderr: String, exitCode: Int32) {
  var names: [Substring: String] = [:]
  func rename(_ text: String) -> String {
    var out = ""
    var rest = Substring(text)
    while let r = rest.firstRange(of: /0x[0-9a-fA-F]{6,16}/) {
      out += rest[..<r.lowerBound]
      let address = rest[r]
      if names[address] == nil { names[address] = "A\(names.count + 1)" }
      out += names[address]!
      rest = rest[r.upperBound...]
    }
    return out + rest
  }
  let stdout = rename(result.stdout)
  let stderr = rename(result.stderr)
  return (stdout, stderr, result.exitCode)
}
