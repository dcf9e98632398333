import Foundation
import TestSupport
import Testing

/// gcviz installed as README's "Installing" says: the binary and its
/// resource bundle (the built-in scenarios) copied to a folder of their
/// own, the binary linked from a `bin` folder. Where a private mount
/// namespace is allowed (`unshare -rm`: root, or user namespaces), the
/// checkout the binary was built from is hidden under an empty tmpfs, so
/// the copy cannot find the scenarios through the source tree.
@Suite("An installed gcviz")
struct InstallTests {
  static var buildFolder: URL { URL(fileURLWithPath: TerminalTests.gcviz).deletingLastPathComponent() }
  static let bundleName = "gcviz_GCVizKit.resources"
  static var checkout: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// An install in a temporary folder: `opt/gcviz/gcviz` (with the bundle
  /// when `bundle`), and `bin/gcviz` linking to it. Removed at the end.
  final class Install {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("gcviz-install-\(UUID().uuidString)")
    var folder: URL { root.appendingPathComponent("opt/gcviz") }
    var bundle: URL { folder.appendingPathComponent(InstallTests.bundleName) }
    var binary: String { root.appendingPathComponent("bin/gcviz").path }

    init(bundle withBundle: Bool) throws {
      let fm = FileManager.default
      try fm.createDirectory(at: folder, withIntermediateDirectories: true)
      try fm.createDirectory(at: root.appendingPathComponent("bin"), withIntermediateDirectories: true)
      try fm.copyItem(
        at: InstallTests.buildFolder.appendingPathComponent("gcviz"), to: folder.appendingPathComponent("gcviz"))
      if withBundle {
        try fm.copyItem(at: InstallTests.buildFolder.appendingPathComponent(InstallTests.bundleName), to: bundle)
      }
      try fm.createSymbolicLink(atPath: binary, withDestinationPath: "../opt/gcviz/gcviz")
    }

    deinit { try? FileManager.default.removeItem(at: root) }
  }

  /// Whether a private mount namespace can hide the checkout here.
  static let canHideCheckout: Bool = {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare"),
      let result = try? ChildProcess.run(
        "/usr/bin/unshare", ["-rm", "true"], in: "/tmp", environment: ProcessInfo.processInfo.environment, timeout: 30)
    else { return false }
    return result.exitCode == 0
  }()

  /// `command` run with the checkout hidden under an empty tmpfs, in a
  /// mount namespace of its own (nothing outside it sees the mount).
  static func hidingCheckout(_ command: [String]) -> [String] {
    ["/usr/bin/unshare", "-rm", "sh", "-c", "mount -t tmpfs gcviz-hidden \"$1\" && shift && exec \"$@\"", "sh"]
      + [checkout.path] + command
  }

  static func run(_ command: [String]) throws -> ProcessOutput {
    // A binary copied a moment ago can be "busy" (ETXTBSY): a process
    // another test forked meanwhile may still hold the copy's write
    // descriptor until it execs. That is the test host, not gcviz: wait
    // and run again.
    var result = try runOnce(command)
    for _ in 0..<20 where result.exitCode == 126 && result.stderr.contains("Text file busy") {
      Thread.sleep(forTimeInterval: 0.1)
      result = try runOnce(command)
    }
    return result
  }

  private static func runOnce(_ command: [String]) throws -> ProcessOutput {
    try ChildProcess.run(
      command[0], Array(command.dropFirst()), in: "/tmp", environment: ProcessInfo.processInfo.environment,
      timeout: 120)
  }

  /// The first word of each line of `gcviz list`: the names.
  static func names(_ listing: String) -> [String] {
    listing.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
  }

  static func skipNotice(_ what: String) {
    print("⚠️  SKIPPED: \(what): no private mount namespace (unshare -rm) to hide the checkout")
  }

  @Test("the binary and its bundle copied elsewhere list, run and play the scenarios of the bundle")
  func copiedWithItsBundle() throws {
    guard HostileInputTests.available() else { return }
    let install = try Install(bundle: true)
    // The copy's library is its bundle, not the checkout's folder: a file
    // taken out of the bundle is gone from the list, one put in is there.
    let scenarios = install.bundle.appendingPathComponent("scenarios")
    try FileManager.default.removeItem(at: scenarios.appendingPathComponent("f1.py"))
    try "#: title: only in the installed bundle\nprint('installed')\n".write(
      to: scenarios.appendingPathComponent("zz-installed.py"), atomically: true, encoding: .utf8)
    let built = try HostileInputTests.run(["list"])
    let builtF2 = try HostileInputTests.run(["run", "f2"])
    #expect(builtF2.exitCode == 0)

    var commands: [(String, (([String]) -> [String]))] = [("as copied", { $0 })]
    if Self.canHideCheckout {
      commands.append(("with the checkout hidden", Self.hidingCheckout))
      let hidden = try Self.run(Self.hidingCheckout(["/bin/ls", "-A", Self.checkout.path]))
      #expect(hidden.exitCode == 0 && hidden.stdout.isEmpty, "the checkout is not hidden: \(hidden.stdout)")
    } else {
      Self.skipNotice("the install test with the checkout hidden")
    }
    for (how, wrap) in commands {
      let list = try Self.run(wrap([install.binary, "list"]))
      #expect(list.exitCode == 0, "\(how): \(list.stderr)")
      let names = Self.names(list.stdout)
      #expect(Set(names) == Set(Self.names(built.stdout)).subtracting(["f1"]).union(["zz-installed"]), "\(how)")
      #expect(names.contains("zz-installed") && !names.contains("f1"), "\(how): \(list.stdout)")
      #expect(list.stdout.contains("only in the installed bundle"), "\(how)")

      let f2 = try Self.run(wrap([install.binary, "run", "f2"]))
      #expect(f2.exitCode == 0, "\(how): \(f2.stderr)")
      #expect(f2.stdout == builtF2.stdout && f2.stderr == builtF2.stderr, "\(how)")
      let added = try Self.run(wrap([install.binary, "run", "zz-installed"]))
      #expect(added.exitCode == 0 && added.stdout == "installed\n", "\(how): \(added.stderr)")
    }

    // play f2 in a terminal, the checkout hidden where it can be.
    guard TerminalTests.available() else { return }
    let tmux = try TerminalTests.Tmux()
    let command =
      Self.canHideCheckout
      ? "/usr/bin/unshare -rm sh -c \"mount -t tmpfs gcviz-hidden \(Self.checkout.path) && exec \(install.binary) play f2\""
      : "\(install.binary) play f2"
    try tmux.start(command, width: 120, height: 40)
    try tmux.expectRender("f2", "--step", "0", "--size", "120x40")
    try tmux.keys("q")
    #expect(tmux.waitForFile("exit")?.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
  }

  @Test("a binary copied without its bundle, its checkout gone, says where the bundle belongs, exit 2")
  func copiedWithoutItsBundle() throws {
    guard HostileInputTests.available() else { return }
    guard Self.canHideCheckout else { return Self.skipNotice("the install test without the bundle") }
    let install = try Install(bundle: false)
    let message =
      "gcviz: error: the built-in scenarios are missing: \(Self.bundleName) is not next to the gcviz binary in \(install.folder.path) (copy it there with the binary, or set GCVIZ_SCENARIOS to a folder of scenarios)\n"
    for arguments in [["list"], ["play", "f2"], ["run", "f2"], []] {
      let result = try Self.run(Self.hidingCheckout([install.binary] + arguments))
      #expect(result.exitCode == 2, "\(arguments): \(result.stderr)")
      #expect(result.stderr == message, "\(arguments)")
      #expect(result.stdout.isEmpty, "\(arguments)")
    }
    // A scenario given by its path, or a folder in GCVIZ_SCENARIOS, needs no bundle.
    let folder = try HostileInputTests.Folder()
    let file = try folder.write("mine.py", "print('mine')\n")
    let byPath = try Self.run(Self.hidingCheckout([install.binary, "run", file]))
    #expect(byPath.exitCode == 0 && byPath.stdout == "mine\n", "\(byPath.stderr)")
    let listed = try Self.run(
      Self.hidingCheckout(["/usr/bin/env", "GCVIZ_SCENARIOS=\(folder.path)", install.binary, "list"]))
    #expect(listed.exitCode == 0 && Self.names(listed.stdout) == ["mine"], "\(listed.stderr)")
  }
}
