import Foundation
import GCVizKit
import TestSupport
import Testing

/// Under `ulimit -v` at or below 1 GB a 1 GiB thread stack cannot be made;
/// every command used to wait for that thread for ever. Now each completes
/// with a smaller stack (and one shared malloc arena), as it does without
/// the limit.
@Suite(
  "Low ulimit -v", .serialized,
  .disabled(if: Runner.underAddressSanitizer, "ASan reserves terabytes of shadow address space: no ulimit -v holds it"))
struct AddressSpaceTests {
  static func underLimit(_ kilobytes: Int, _ arguments: String) throws -> ProcessOutput {
    let command = "ulimit -v \(kilobytes) && exec '\(HostileInputTests.gcviz)' \(arguments)"
    return try ChildProcess.run(
      "/bin/bash", ["-c", command], in: "/tmp", environment: ProcessInfo.processInfo.environment, timeout: 60)
  }

  @Test("run, render and list complete under 1,000,000 and 500,000 KB", arguments: [1_000_000, 500_000])
  func commandsComplete(kilobytes: Int) throws {
    guard HostileInputTests.available() else { return }
    let free = try HostileInputTests.run(["run", "f2"])
    let limited = try Self.underLimit(kilobytes, "run f2")
    #expect(limited.exitCode == 0, "\(limited.stderr)")
    #expect(limited.stdout == free.stdout && limited.stderr == free.stderr)

    let java = try Self.underLimit(kilobytes, "run NodeCycle")
    #expect(java.exitCode == 0 && java.stderr.hasSuffix("gcviz: 2 objects leaked\n"), "\(java.stderr)")

    let render = try Self.underLimit(kilobytes, "render f2 --step 40")
    #expect(render.exitCode == 0, "\(render.stderr)")
    #expect(render.stdout == (try HostileInputTests.run(["render", "f2", "--step", "40"])).stdout)

    let list = try Self.underLimit(kilobytes, "list")
    #expect(list.exitCode == 0 && list.stdout.contains("f2"))
  }

  @Test("with no room for even a 16 MiB stack, the run happens on the main thread and says so once")
  func noLargeStack() throws {
    guard HostileInputTests.available() else { return }
    let free = try HostileInputTests.run(["run", "f2"])
    // Where that happens depends on the binary's size: lower the limit
    // until it does. No level may hang (each is bounded by the timeout).
    // Steps of 2 MB: the levels where the thread fails but the run still
    // fits span some 5 MB (measured 91–96 MB for the debug binary), which
    // steps of 10 MB could jump over into one where the run cannot fit.
    var fellBack = false
    for kilobytes in stride(from: 130_000, through: 60_000, by: -2_000) {
      let limited = try Self.underLimit(kilobytes, "run f2")
      #expect(limited.exitCode != 137, "hung under \(kilobytes) KB")
      guard limited.stderr.contains("gcviz: warning: cannot make a thread") else { continue }
      #expect(limited.exitCode == 0, "\(limited.stderr)")
      #expect(limited.stdout == free.stdout)
      #expect(
        limited.stderr.hasPrefix(
          "gcviz: warning: cannot make a thread with a 16 MiB stack (is `ulimit -v` low?); running on the calling thread's stack"
        ))
      #expect(limited.stderr.components(separatedBy: "gcviz: warning:").count == 2)
      fellBack = true
      break
    }
    #expect(fellBack, "no limit between 130 and 60 MB left gcviz running without a thread of its own")
  }
}
