import Foundation
import JavaFrontEnd
import Testing

/// Small programs, valid and invalid Java, on which gcviz must accept what
/// javac accepts and reject what javac rejects, naming the same line, and
/// compile what both accept to javac -g's code and LocalVariableTable. A
/// file whose first line is `// subset: rejected (why)` is valid Java that
/// the subset refuses on purpose: javac must accept it and gcviz reject it.
@Suite("Acceptance: gcviz accepts and rejects what javac does")
struct JavaAcceptanceTests {
  static let directory = JavaCases.root.appendingPathComponent("acceptance").path

  @Test("same verdict as javac, on the same line")
  func agreesWithJavac() throws {
    guard jdkAvailable(for: "acceptance") else { return }
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory).filter { $0.hasSuffix(".java") }
      .sorted()
    #expect(files.count >= 60)
    let sources = try files.map { try String(contentsOfFile: Self.directory + "/" + $0, encoding: .utf8) }
    let work = try JDKOracle.temporaryDirectory("acceptance")
    defer { try? FileManager.default.removeItem(atPath: work) }
    let verdicts = try JDKOracle.compileEach(zip(sources, files).map { ($0, $1) }, in: work)
    var bothAccept: [(source: String, fileName: String, program: JavaProgram)] = []
    for (file, (source, javacVerdict)) in zip(files, zip(sources, verdicts)) {
      var ours: Diagnostic? = nil
      do throws(Diagnostic) {
        let program = try JavaFrontEnd.compile(source, fileName: file)
        if javacVerdict == nil { bothAccept.append((source, file, program)) }
      } catch { ours = error }
      if source.hasPrefix("// subset: rejected") {
        #expect(javacVerdict == nil, "\(file): marked as valid Java, but javac rejects it")
        #expect(ours != nil, "\(file): marked as outside the subset, but gcviz accepts it")
        continue
      }
      switch (javacVerdict, ours) {
      case (nil, nil): break
      case (nil, let ours?):
        Issue.record("\(file): javac accepts, gcviz rejects: \(ours.rendered(file: file, source: source))")
      case (let javacError?, nil):
        Issue.record("\(file): javac rejects (line \(javacError.line): \(javacError.message)), gcviz accepts")
      case (let javacError?, let ours?):
        #expect(
          javacError.line == ours.location.line,
          "\(file): javac line \(javacError.line) \(javacError.message); gcviz \(ours.location) \(ours.message)")
      }
    }
    // What both accept compiles to javac -g's code and LocalVariableTable.
    #expect(bothAccept.count >= 30)
    let listings = try JDKOracle.compileAndDisassemble(bothAccept.map { ($0.source, $0.fileName) }, debugInfo: true)
    for (accepted, listing) in zip(bothAccept, listings) {
      guard case .success(let text) = listing else {
        Issue.record("\(accepted.fileName): javac -g rejects it")
        continue
      }
      let differences = compare(accepted.program, JavapClass.parse(text), localVariables: true)
      if !differences.isEmpty { Issue.record("\(accepted.fileName):\n\(differences.joined(separator: "\n"))") }
    }
  }
}
