import GCEngine
import JavaRuntime
import Testing

/// After every instruction of every Java scenario and corpus file, under
/// both profiles, each live object's count equals the slots that hold it
/// (frames' locals and operand stacks, statics, fields, elements) and no
/// slot holds a dead object.
@Suite("Counts equal slots after every instruction")
struct InvariantTests {
  @Test("enough files to check")
  func caseCount() {
    #expect(JavaFiles.scenarios.count >= 7)
    #expect(JavaFiles.corpus.count >= 10)
  }

  @Test("jvm-rc", arguments: JavaFiles.all)
  func pureReferenceCounting(_ file: JavaFile) throws {
    try check(file, profile: .jvmRC)
  }

  @Test("jvm-rc+cycles", arguments: JavaFiles.all)
  func withCycleCollection(_ file: JavaFile) throws {
    try check(file, profile: .jvmRCCycles)
  }

  private func check(_ file: JavaFile, profile: Profile) throws {
    let m = try machine(file.source, fileName: file.fileName, profile: profile)
    let (problems, _) = runCheckingInvariants(m)
    #expect(problems.isEmpty, "\(file.fileName):\n\(problems.prefix(10).joined(separator: "\n"))")
    #expect(m.isFinished)
    // The end of the run: classes unloaded, then only leaks are alive, each
    // held by other leaked objects alone.
    _ = m.finish()
    #expect(m.invariantProblems().isEmpty)
    #expect(m.frames.isEmpty)
  }

  @Test("the check finds a count that does not match its slots")
  func checkerCatchesAMiscount() throws {
    let m = try machine(
      """
      public class Main {
          Main other;
          public static void main(String[] args) {
              Main a = new Main();
              System.out.println("made");
          }
      }
      """)
    while m.programObjects.isEmpty { try m.step() }
    let node = try #require(m.programObjects.first)
    #expect(m.invariantProblems().isEmpty)
    m.heap.incref(node, .other)
    #expect(m.invariantProblems().count == 1)
  }
}
