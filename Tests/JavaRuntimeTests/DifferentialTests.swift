import Foundation
import GCEngine
import GCVizKit
import Testing

/// `java` is the oracle for what a program prints: every scenario and
/// corpus file is compiled by javac and run with `java -cp DIR Main`, and
/// its stdout and exit code must be gcviz's (stderr differs on purpose:
/// gcviz adds the leak report, and prints exceptions without JDK 17's
/// "because ..." part of NullPointerException messages).
@Suite("Differential: gcviz against java")
struct JavaDifferentialTests {
  @Test("same stdout and exit code as java", arguments: JavaFiles.all)
  func matchesJava(_ file: JavaFile) throws {
    guard JDK.available(for: file.fileName), let java = JDK.java else { return }
    let classes: String
    switch JDK.compiled {
    case .failure(let failure):
      Issue.record("javac failed: \(failure)")
      return
    case .success(let directories): classes = try #require(directories[file.path])
    }
    let expected = try JDK.run(java, ["-Xshare:auto", "-cp", classes, file.className], in: classes, timeout: 30)
    guard expected.exitCode != 137 else {
      Issue.record("\(file.fileName): java did not finish within 30 s (a corpus program must terminate)")
      return
    }
    let scenario = try ScenarioLibrary.load(file.path)
    let got = Runner.capture(
      scenario, profile: try Runner.profile(for: scenario, override: nil), limits: RunLimits(steps: 10_000_000))
    #expect(got.stdout == expected.stdout, "\(file.fileName): stdout")
    #expect(got.exitCode == expected.exitCode, "\(file.fileName): exit code; java's stderr:\n\(expected.stderr)")
    // An uncaught exception: the same first line (class and message up to "because").
    if expected.exitCode == 1 {
      let javaFirst = expected.stderr.split(separator: "\n").first.map(String.init) ?? ""
      let gcvizFirst = got.stderr.split(separator: "\n").first.map(String.init) ?? ""
      #expect(javaFirst.hasPrefix(gcvizFirst) && !gcvizFirst.isEmpty, "\(javaFirst)\n\(gcvizFirst)")
      // And the same stack trace.
      let javaTrace = expected.stderr.split(separator: "\n").filter { $0.hasPrefix("\tat ") }
      let gcvizTrace = got.stderr.split(separator: "\n").filter { $0.hasPrefix("\tat ") }
      #expect(javaTrace == gcvizTrace)
    }
  }
}
