import Foundation
import TestSupport

/// The JDK on this machine (javac, javap, java): the ground truth for the
/// compiled form. Found through JAVA_HOME, /usr/bin, or PATH.
enum JDKOracle {
  typealias ProcessResult = ProcessOutput

  static var required: Bool { ChildProcess.oraclesRequired }

  static func tool(_ name: String) -> String? { ChildProcess.jdkTool(name) }

  static var javac: String? { tool("javac") }
  static var javap: String? { tool("javap") }
  static var java: String? { tool("java") }

  static func run(_ executable: String, _ arguments: [String], in directory: String) throws -> ProcessResult {
    try ChildProcess.run(executable, arguments, in: directory, environment: ChildProcess.jdkEnvironment)
  }

  /// A fresh directory under the system's temporary directory.
  static func temporaryDirectory(_ label: String) throws -> String {
    let path = NSTemporaryDirectory() + "gcviz-java-\(label)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Compiles `source` as `fileName` with javac, then disassembles every
  /// class file with `javap -v -p`. Returns javap's text, or javac's errors.
  /// Without `debugInfo` javac writes its default line numbers and source
  /// file only; with it (`-g`) also the LocalVariableTable.
  static func compileAndDisassemble(_ source: String, fileName: String, debugInfo: Bool = false) throws -> Result<
    String, CompileFailure
  > {
    try compileAndDisassemble([(source, fileName)], debugInfo: debugInfo)[0]
  }

  /// The same for many files at once, each compiled on its own, in one JVM
  /// for javac and one for javap (a JVM start costs most of a second here).
  static func compileAndDisassemble(_ files: [(source: String, fileName: String)], debugInfo: Bool = false) throws
    -> [Result<String, CompileFailure>]
  {
    guard let javap else { throw OracleMissing() }
    let work = try temporaryDirectory("javap")
    defer { try? FileManager.default.removeItem(atPath: work) }
    let verdicts = try compileEach(files, in: work, options: debugInfo ? ["-g"] : [])
    var classFiles: [[String]] = []
    for (index, verdict) in verdicts.enumerated() {
      guard verdict == nil else {
        classFiles.append([])
        continue
      }
      let classes = "\(work)/\(index)/classes"
      classFiles.append(
        try FileManager.default.contentsOfDirectory(atPath: classes).filter { $0.hasSuffix(".class") }.sorted().map {
          classes + "/" + $0
        })
    }
    let all = classFiles.flatMap { $0 }
    var listings: [String: String] = [:]
    if !all.isEmpty {
      let listing = try run(javap, ["-v", "-p"] + all, in: work)
      guard listing.exitCode == 0 else { throw CompileFailure(message: listing.stderr) }
      // Split per class file: each begins with `Classfile /path/to/X.class`.
      var current = ""
      for line in listing.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("Classfile ") { current = lastComponents(String(line.dropFirst("Classfile ".count))) }
        listings[current, default: ""] += line + "\n"
      }
    }
    return verdicts.enumerated().map { index, verdict in
      if let verdict { return .failure(CompileFailure(message: "line \(verdict.line): \(verdict.message)")) }
      return .success(classFiles[index].map { listings[lastComponents($0)] ?? "" }.joined())
    }
  }

  /// `<index>/classes/X.class`: javap prints canonical paths, which may differ in their prefix.
  private static func lastComponents(_ path: String) -> String {
    path.split(separator: "/").suffix(3).joined(separator: "/")
  }

  /// Compiles each file on its own, inside one JVM (javax.tools), into
  /// `work/<index>/classes`, with javac's `options` besides the usual ones;
  /// nil for a file that compiles, else javac's first error.
  static func compileEach(_ files: [(source: String, fileName: String)], in work: String, options: [String] = [])
    throws -> [(line: Int, message: String)?]
  {
    guard let javac, let java else { throw OracleMissing() }
    for (index, file) in files.enumerated() {
      try FileManager.default.createDirectory(atPath: "\(work)/\(index)/classes", withIntermediateDirectories: true)
      try file.source.write(toFile: "\(work)/\(index)/\(file.fileName)", atomically: true, encoding: .utf8)
    }
    try FileManager.default.createDirectory(atPath: work + "/tool", withIntermediateDirectories: true)
    try compileEachSource.write(toFile: work + "/tool/CompileEach.java", atomically: true, encoding: .utf8)
    let built = try run(javac, ["-d", ".", "CompileEach.java"], in: work + "/tool")
    guard built.exitCode == 0 else { throw CompileFailure(message: built.stderr) }
    let directories = files.indices.map { "\(work)/\($0)" }
    let compiled = try run(java, ["-cp", ".", "CompileEach"] + options + directories, in: work + "/tool")
    guard compiled.exitCode == 0 else { throw CompileFailure(message: compiled.stderr) }
    var verdicts: [String: (line: Int, message: String)?] = [:]
    for line in compiled.stdout.split(separator: "\n") {
      let parts = line.split(separator: "\t", maxSplits: 2).map(String.init)
      guard parts.count >= 2 else { continue }
      verdicts[parts[0]] = parts[1] == "OK" ? .some(nil) : (Int(parts[1]) ?? 0, parts.count > 2 ? parts[2] : "")
    }
    return try directories.map { directory in
      guard let verdict = verdicts[directory] else { throw CompileFailure(message: "no verdict for \(directory)") }
      return verdict
    }
  }

  /// Compiles every `.java` file of each directory named on the command
  /// line into that directory's `classes`, then prints one line per
  /// directory: `dir<TAB>OK` or `dir<TAB>line<TAB>message`. Arguments
  /// starting with `-` are javac options for every directory.
  static let compileEachSource = """
    import javax.tools.*;
    import java.io.File;
    import java.util.*;

    public class CompileEach {
        public static void main(String[] args) throws Exception {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            List<String> extra = new ArrayList<>();
            for (String arg : args) {
                if (arg.startsWith("-")) extra.add(arg);
            }
            for (String directory : args) {
                if (directory.startsWith("-")) continue;
                File[] files = new File(directory).listFiles((dir, name) -> name.endsWith(".java"));
                DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
                StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, null, null);
                List<String> options = new ArrayList<>(
                    List.of("-d", directory + "/classes", "-encoding", "UTF-8", "-nowarn"));
                options.addAll(extra);
                boolean ok = javac.getTask(null, manager, diagnostics, options, null,
                    manager.getJavaFileObjects(files)).call();
                String verdict = "OK";
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    if (d.getKind() == Diagnostic.Kind.ERROR) {
                        verdict = d.getLineNumber() + "\\t" + d.getMessage(Locale.ROOT).split("\\n")[0];
                        break;
                    }
                }
                System.out.println(directory + "\\t" + (ok ? "OK" : verdict));
            }
        }
    }
    """

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
