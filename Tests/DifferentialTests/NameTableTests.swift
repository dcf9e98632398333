import Foundation
import GCEngine
import PythonFrontEnd
import TestSupport
import Testing

@testable import PythonRuntime

/// PythonNames (what the refusal rule calls a real name) is what the real
/// interpreters print through scripts/python-names.py, name for name.
@Suite("The table of real names")
struct NameTableTests {
  @Test("PythonNames equals what the interpreter lists", arguments: Profile.cpythonProfiles.map(\.name))
  func table(_ name: String) throws {
    guard let (profile, interpreter) = profileAndOracle(name, for: "the table of real names") else { return }
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../scripts/python-names.py").standardized.path
    let output = try ChildProcess.run(
      interpreter, [script], in: "/tmp", environment: ["PATH": "/usr/bin:/bin", "HOME": "/tmp"])
    #expect(output.exitCode == 0, "\(output.stderr)")
    var real: [String: Set<String>] = [:]
    for line in output.stdout.split(separator: "\n") {
      let parts = line.split(separator: ":", maxSplits: 1)
      real[String(parts[0])] = Set(parts[1].split(separator: " ").map(String.init))
    }
    let table = Interpreter.realNames(is27: profile.pythonMajorVersion == 2, profile: profile)
    #expect(real.keys.sorted() == table.keys.sorted())
    for (kind, names) in real {
      let ours = table[kind] ?? []
      #expect(
        names == ours, "\(kind): missing \(names.subtracting(ours).sorted()), extra \(ours.subtracting(names).sorted())"
      )
    }
  }
}
