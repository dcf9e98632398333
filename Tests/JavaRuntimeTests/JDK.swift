import Foundation
import TestSupport
import Testing

/// The JDK (javac, java), found through JAVA_HOME, /usr/bin or PATH.
enum JDK {
  static var required: Bool { ChildProcess.oraclesRequired }

  static func tool(_ name: String) -> String? { ChildProcess.jdkTool(name) }

  static let javac = tool("javac")
  static let java = tool("java")

  /// Says that the JDK is missing (or fails the test under GCVIZ_REQUIRE_ORACLES=1).
  static func available(for what: String) -> Bool {
    if javac != nil && java != nil { return true }
    if required {
      Issue.record("javac/java not found and GCVIZ_REQUIRE_ORACLES=1")
    } else {
      print("SKIPPED (javac/java not found; install a JDK 17 or set JAVA_HOME): \(what)")
    }
    return false
  }

  typealias Result = ProcessOutput

  /// Runs a program (a JDK tool, or gcviz) with the JDK's environment; one
  /// still running after `timeout` seconds is killed (exit code 137 then).
  static func run(_ executable: String, _ arguments: [String], in directory: String, timeout: Double = 60) throws
    -> Result
  {
    try ChildProcess.run(
      executable, arguments, in: directory, environment: ChildProcess.jdkEnvironment, timeout: timeout)
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Every file compiled by javac into a directory of its own (one javac
  /// run for all: a JVM start costs about a second), by path.
  static let compiled: Swift.Result<[String: String], Failure> = {
    guard let javac else { return .failure(Failure(description: "no javac")) }
    let work = NSTemporaryDirectory() + "gcviz-jvm-runtime-\(UUID().uuidString)"
    var directories: [String: String] = [:]
    var sources: [String] = []
    do {
      for (index, file) in JavaFiles.all.enumerated() {
        let directory = "\(work)/\(index)"
        try FileManager.default.createDirectory(atPath: directory + "/classes", withIntermediateDirectories: true)
        try file.source.write(toFile: directory + "/" + file.fileName, atomically: true, encoding: .utf8)
        directories[file.path] = directory
        sources.append(directory + "/" + file.fileName)
      }
      // javac compiles each file's classes into its own directory through
      // one small driver (javax.tools), since their class names collide.
      let driver = work + "/CompileEach.java"
      try compileEachSource.write(toFile: driver, atomically: true, encoding: .utf8)
      let built = try run(javac, ["-d", work + "/tool", driver], in: work)
      guard built.exitCode == 0, let java else { return .failure(Failure(description: built.stderr)) }
      let result = try run(java, ["-cp", work + "/tool", "CompileEach"] + sources, in: work)
      guard result.exitCode == 0 else { return .failure(Failure(description: result.stdout + result.stderr)) }
    } catch {
      return .failure(Failure(description: "\(error)"))
    }
    return .success(directories.mapValues { $0 + "/classes" })
  }()

  /// Compiles each file named on the command line into `classes` beside it.
  static let compileEachSource = """
    import javax.tools.*;
    import java.io.File;
    import java.util.*;

    public class CompileEach {
        public static void main(String[] args) throws Exception {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            boolean all = true;
            for (String path : args) {
                File file = new File(path);
                StandardJavaFileManager manager = javac.getStandardFileManager(null, null, null);
                List<String> options = List.of("-d", file.getParent() + "/classes", "-encoding", "UTF-8", "-nowarn");
                boolean ok = javac.getTask(null, manager, null, options, null,
                    manager.getJavaFileObjects(file)).call();
                if (!ok) { System.out.println("javac rejects " + path); all = false; }
            }
            System.exit(all ? 0 : 1);
        }
    }
    """
}
