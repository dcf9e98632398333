import Foundation
import JavaFrontEnd
import Testing

/// One Java file: a built-in scenario or a corpus case.
struct JavaCase: CustomTestStringConvertible, Sendable {
  var directory: String
  var file: String
  var testDescription: String { file }
  var isScenario: Bool
  var path: String { directory + "/" + file }
  var className: String { String(file.dropLast(".java".count)) }
}

enum JavaCases {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let corpus = root.appendingPathComponent("corpus").path
  static let scenarios = root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
    "scenarios"
  )
  .path

  static func load(_ directory: String, isScenario: Bool) -> [JavaCase] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".java") }.sorted()
      .map { JavaCase(directory: directory, file: $0, isScenario: isScenario) }
  }

  static let all = load(scenarios, isScenario: true) + load(corpus, isScenario: false)

  /// The toy JVM's own corpus (Tests/JavaRuntimeTests/corpus), which it
  /// compiles with this front end.
  static let runtimeCorpus = load(
    root.deletingLastPathComponent().appendingPathComponent("JavaRuntimeTests/corpus").path, isScenario: false)

  /// Every Java file a test compiles: scenarios, this corpus, the runtime's.
  static let everyProgram = all + runtimeCorpus

  /// javap's listing of every program (javac and javap run once for all of them), by path.
  static let javacListings = listings(debugInfo: false)
  /// The same compiled with `javac -g` (with LocalVariableTables).
  static let javacDebugListings = listings(debugInfo: true)

  private static func listings(debugInfo: Bool) -> Result<
    [String: Result<String, JDKOracle.CompileFailure>], any Error
  > {
    Result {
      let sources = try everyProgram.map {
        (source: try String(contentsOfFile: $0.path, encoding: .utf8), fileName: $0.file)
      }
      let listings = try JDKOracle.compileAndDisassemble(sources, debugInfo: debugInfo)
      return Dictionary(uniqueKeysWithValues: zip(everyProgram.map(\.path), listings))
    }
  }
}

/// Says once per case that the JDK is missing (or fails under GCVIZ_REQUIRE_ORACLES=1).
func jdkAvailable(for what: String) -> Bool {
  if JDKOracle.javac != nil && JDKOracle.javap != nil && JDKOracle.java != nil { return true }
  if JDKOracle.required {
    Issue.record("javac/javap/java not found and GCVIZ_REQUIRE_ORACLES=1")
  } else {
    print("SKIPPED (javac/javap/java not found; install a JDK 17 or set JAVA_HOME): \(what)")
  }
  return false
}

@Suite("Differential: gcviz's bytecode against javac 17")
struct JavaDifferentialTests {
  @Test("corpus and scenarios have enough cases")
  func caseCount() {
    #expect(JavaCases.load(JavaCases.corpus, isScenario: false).count >= 12)
    #expect(JavaCases.load(JavaCases.scenarios, isScenario: true).count >= 6)
  }

  @Test("same classes, fields, methods, instructions and line numbers as javac", arguments: JavaCases.everyProgram)
  func matchesJavac(_ c: JavaCase) throws {
    guard jdkAvailable(for: c.file) else { return }
    guard let (program, expected) = try compiledBoth(c, JavaCases.javacListings) else { return }
    // Every method has code: an empty parse would make the comparison vacuous.
    #expect(!expected.isEmpty && expected.allSatisfy { $0.methods.allSatisfy { !$0.instructions.isEmpty } })
    let differences = compare(program, expected)
    if !differences.isEmpty { Issue.record("\(c.file):\n\(differences.joined(separator: "\n"))") }
  }

  @Test(
    "same LocalVariableTable as javac -g, whose code is the same as without -g", arguments: JavaCases.everyProgram)
  func matchesJavacDebugInfo(_ c: JavaCase) throws {
    guard jdkAvailable(for: c.file) else { return }
    guard let (program, expected) = try compiledBoth(c, JavaCases.javacDebugListings),
      case .success(let plain) = try #require(try JavaCases.javacListings.get()[c.path])
    else { return }
    // -g adds the tables and changes nothing else javap shows of the code.
    let javacDifferences = codeDifferences(JavapClass.parse(plain), expected)
    if !javacDifferences.isEmpty {
      Issue.record("\(c.file): javac -g changes the code:\n\(javacDifferences.joined(separator: "\n"))")
    }
    // main(String[] args) has at least its parameter: the table was parsed.
    #expect(expected.contains { $0.methods.contains { !$0.localVariables.isEmpty } })
    let differences = compare(program, expected, localVariables: true)
    if !differences.isEmpty { Issue.record("\(c.file):\n\(differences.joined(separator: "\n"))") }
  }

  /// gcviz's program and javac's class files for a case, or nil after
  /// recording why one of them is missing.
  private func compiledBoth(
    _ c: JavaCase, _ listings: Result<[String: Result<String, JDKOracle.CompileFailure>], any Error>
  ) throws -> (JavaProgram, [JavapClass])? {
    let source = try String(contentsOfFile: c.path, encoding: .utf8)
    let expected: [JavapClass]
    switch try #require(try listings.get()[c.path]) {
    case .success(let listing): expected = JavapClass.parse(listing)
    case .failure(let failure):
      Issue.record("javac rejects \(c.file):\n\(failure.message)")
      return nil
    }
    do {
      return (try JavaFrontEnd.compile(source, fileName: c.file), expected)
    } catch {
      Issue.record("gcviz rejects \(c.file):\n\(error.rendered(file: c.file, source: source))")
      return nil
    }
  }

  @Test("the comparison notices a changed instruction, line or local count")
  func comparisonCanFail() throws {
    guard jdkAvailable(for: "comparisonCanFail") else { return }
    let source = "public class C {\n  public static void main(String[] args) {\n    int i = 1;\n    i++;\n  }\n}\n"
    guard case .success(let listing) = try JDKOracle.compileAndDisassemble(source, fileName: "C.java") else {
      Issue.record("javac failed")
      return
    }
    let expected = JavapClass.parse(listing)
    let program = try JavaFrontEnd.compile(source, fileName: "C.java")
    #expect(compare(program, expected).isEmpty)
    let main = program.classes[0].methods.firstIndex { $0.name == "main" }!
    var changed = program
    changed.classes[0].methods[main].code[0].opcode = .iconst_2
    #expect(!compare(changed, expected).isEmpty)
    changed = program
    changed.classes[0].methods[main].lineNumbers[0].line += 1
    #expect(!compare(changed, expected).isEmpty)
    changed = program
    changed.classes[0].methods[main].maxLocals += 1
    #expect(!compare(changed, expected).isEmpty)
  }

  @Test("the comparison notices a changed, missing or reordered local variable row")
  func localVariableComparisonCanFail() throws {
    guard jdkAvailable(for: "localVariableComparisonCanFail") else { return }
    let source = "public class C {\n  public static void main(String[] args) {\n    int i = 1;\n    i++;\n  }\n}\n"
    guard case .success(let listing) = try JDKOracle.compileAndDisassemble(source, fileName: "C.java", debugInfo: true)
    else {
      Issue.record("javac failed")
      return
    }
    let expected = JavapClass.parse(listing)
    let program = try JavaFrontEnd.compile(source, fileName: "C.java")
    let main = program.classes[0].methods.firstIndex { $0.name == "main" }!
    #expect(program.classes[0].methods[main].localVariables.count == 2)
    #expect(compare(program, expected, localVariables: true).isEmpty)
    // Without localVariables the tables are not compared.
    var changed = program
    changed.classes[0].methods[main].localVariables = []
    #expect(compare(changed, expected).isEmpty)
    #expect(!compare(changed, expected, localVariables: true).isEmpty)
    changed = program
    changed.classes[0].methods[main].localVariables[1].startPC -= 1
    #expect(!compare(changed, expected, localVariables: true).isEmpty)
    changed = program
    changed.classes[0].methods[main].localVariables[1].name = "j"
    #expect(!compare(changed, expected, localVariables: true).isEmpty)
    changed = program
    changed.classes[0].methods[main].localVariables.reverse()
    #expect(!compare(changed, expected, localVariables: true).isEmpty)
  }

  @Test("each scenario runs on the JDK and exits 0", arguments: JavaCases.load(JavaCases.scenarios, isScenario: true))
  func scenarioRuns(_ c: JavaCase) throws {
    guard jdkAvailable(for: c.file) else { return }
    let source = try String(contentsOfFile: c.path, encoding: .utf8)
    let run = try JDKOracle.compileAndRun(source, fileName: c.file, mainClass: c.className)
    #expect(run.exitCode == 0, "\(c.file) exited \(run.exitCode):\n\(run.stderr)")
    #expect(!run.stdout.isEmpty, "\(c.file) printed nothing")
  }
}

/// Every difference between gcviz's program and javac's class files, as
/// readable lines; with `localVariables` (for class files compiled with
/// `javac -g`) the LocalVariableTables too.
func compare(_ program: JavaProgram, _ expected: [JavapClass], localVariables: Bool = false) -> [String] {
  var differences: [String] = []
  let expectedNames = Set(expected.map(\.name))
  let actualNames = Set(program.classes.map(\.name))
  if expectedNames != actualNames {
    differences.append("classes: javac \(expectedNames.sorted()), gcviz \(actualNames.sorted())")
  }
  for javap in expected {
    guard let actual = program.class(named: javap.name) else { continue }
    differences += compare(actual, javap, localVariables: localVariables)
  }
  return differences
}

/// What differs in the code javap shows of two compilations of the same
/// classes: methods, instructions, line numbers, stack and local sizes.
func codeDifferences(_ first: [JavapClass], _ second: [JavapClass]) -> [String] {
  var differences: [String] = []
  if first.map(\.name) != second.map(\.name) {
    differences.append("classes \(first.map(\.name)), \(second.map(\.name))")
  }
  for (one, other) in zip(first, second) {
    let signatures = { (javap: JavapClass) in javap.methods.map { "\($0.name)\($0.descriptor)" } }
    if signatures(one) != signatures(other) {
      differences.append("\(one.name): methods \(signatures(one)), \(signatures(other))")
    }
    for (method, again) in zip(one.methods, other.methods)
    where method.instructions != again.instructions || method.lineNumbers != again.lineNumbers
      || method.stack != again.stack || method.locals != again.locals
    {
      differences.append(
        "\(one.name).\(method.name)\(method.descriptor):\n" + sideBySide(method.instructions, again.instructions))
    }
  }
  return differences
}

private func compare(_ actual: JavaClassFile, _ javap: JavapClass, localVariables: Bool) -> [String] {
  var differences: [String] = []
  let name = javap.name
  if actual.access.rawValue != javap.flags {
    differences.append(
      "\(name): class flags 0x\(String(actual.access.rawValue, radix: 16)), javac 0x\(String(javap.flags, radix: 16))")
  }
  if actual.superName != javap.superName {
    differences.append("\(name): super \(actual.superName), javac \(javap.superName)")
  }
  let fields = actual.fields.map {
    JavapClass.Field(name: $0.name, descriptor: $0.descriptor, flags: $0.access.rawValue)
  }
  if fields != javap.fields { differences.append("\(name): fields \(fields), javac \(javap.fields)") }
  let actualMethods = actual.methods.map { "\($0.name)\($0.descriptor)" }
  let expectedMethods = javap.methods.map { "\($0.name)\($0.descriptor)" }
  if actualMethods != expectedMethods {
    differences.append("\(name): methods \(actualMethods), javac \(expectedMethods)")
  }
  for expected in javap.methods {
    guard let method = actual.method(named: expected.name, descriptor: expected.descriptor) else { continue }
    let where_ = "\(name).\(expected.name)\(expected.descriptor)"
    if method.access.rawValue != expected.flags {
      differences.append(
        "\(where_): flags 0x\(String(method.access.rawValue, radix: 16)), javac 0x\(String(expected.flags, radix: 16))")
    }
    if method.maxStack != expected.stack || method.maxLocals != expected.locals {
      differences.append(
        "\(where_): stack=\(method.maxStack) locals=\(method.maxLocals), javac stack=\(expected.stack) locals=\(expected.locals)"
      )
    }
    // javap strips trailing spaces from its lines (a string constant's too).
    let instructions = method.code.map { "\($0.offset): \($0.description)".trimmingTrailingSpaces() }
    if instructions != expected.instructions {
      differences.append("\(where_): instructions differ\n" + sideBySide(instructions, expected.instructions))
    }
    let lines = method.lineNumbers.map { "line \($0.line): \($0.startOffset)" }
    if lines != expected.lineNumbers {
      differences.append("\(where_): line numbers \(lines), javac \(expected.lineNumbers)")
    }
    differences += compareConcatSites(method, expected, javap, where_)
    if localVariables {
      let rows = method.localVariables.map { "\($0.startPC) \($0.length) \($0.slot) \($0.name) \($0.descriptor)" }
      if rows != expected.localVariables {
        differences.append(
          "\(where_): LocalVariableTable differs (start length slot name descriptor)\n"
            + sideBySide(rows, expected.localVariables))
      }
    }
  }
  return differences
}

/// The recipe and constants of each invokedynamic, against javap's BootstrapMethods.
private func compareConcatSites(
  _ method: JavaMethod, _ expected: JavapClass.Method, _ javap: JavapClass, _ where_: String
)
  -> [String]
{
  var differences: [String] = []
  for instruction in method.code {
    guard case .concat(let site) = instruction.operand,
      let index = expected.bootstrapIndex[instruction.offset], let arguments = javap.bootstrapArguments[index]
    else { continue }
    let actualArguments = ([site.recipe] + site.constants).map { javapEscaped($0).trimmingTrailingSpaces() }
    if actualArguments != arguments {
      differences.append("\(where_) @\(instruction.offset): concat \(actualArguments), javac \(arguments)")
    }
  }
  return differences
}

private func sideBySide(_ actual: [String], _ expected: [String]) -> String {
  // From a few lines before the first difference, up to 30 lines.
  let first =
    zip(actual, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    ?? min(actual.count, expected.count)
  let start = max(0, first - 4)
  let end = min(max(actual.count, expected.count), start + 30)
  var text = "    gcviz | javac\n"
  for index in start..<end {
    let left = index < actual.count ? actual[index] : ""
    let right = index < expected.count ? expected[index] : ""
    let marker = left == right ? " " : "≠"
    text += "  \(marker) \(left.padding(toLength: 58, withPad: " ", startingAt: 0)) | \(right)\n"
  }
  return text
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
