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

  /// javap's listing of every case (javac and javap run once for all of them), by path.
  static let javacListings: Result<[String: Result<String, JDKOracle.CompileFailure>], any Error> = Result {
    let sources = try all.map { (source: try String(contentsOfFile: $0.path, encoding: .utf8), fileName: $0.file) }
    let listings = try JDKOracle.compileAndDisassemble(sources)
    return Dictionary(uniqueKeysWithValues: zip(all.map(\.path), listings))
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

  @Test("same classes, fields, methods, instructions and line numbers as javac", arguments: JavaCases.all)
  func matchesJavac(_ c: JavaCase) throws {
    guard jdkAvailable(for: c.file) else { return }
    let source = try String(contentsOfFile: c.path, encoding: .utf8)
    let expected: [JavapClass]
    let listing = try #require(try JavaCases.javacListings.get()[c.path])
    switch listing {
    case .success(let listing): expected = JavapClass.parse(listing)
    case .failure(let failure):
      Issue.record("javac rejects \(c.file):\n\(failure.message)")
      return
    }
    let program: JavaProgram
    do {
      program = try JavaFrontEnd.compile(source, fileName: c.file)
    } catch {
      Issue.record("gcviz rejects \(c.file):\n\(error.rendered(file: c.file, source: source))")
      return
    }
    // Every method has code: an empty parse would make the comparison vacuous.
    #expect(!expected.isEmpty && expected.allSatisfy { $0.methods.allSatisfy { !$0.instructions.isEmpty } })
    let differences = compare(program, expected)
    if !differences.isEmpty { Issue.record("\(c.file):\n\(differences.joined(separator: "\n"))") }
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

  @Test("each scenario runs on the JDK and exits 0", arguments: JavaCases.load(JavaCases.scenarios, isScenario: true))
  func scenarioRuns(_ c: JavaCase) throws {
    guard jdkAvailable(for: c.file) else { return }
    let source = try String(contentsOfFile: c.path, encoding: .utf8)
    let run = try JDKOracle.compileAndRun(source, fileName: c.file, mainClass: c.className)
    #expect(run.exitCode == 0, "\(c.file) exited \(run.exitCode):\n\(run.stderr)")
    #expect(!run.stdout.isEmpty, "\(c.file) printed nothing")
  }
}

/// Every difference between gcviz's program and javac's class files, as readable lines.
func compare(_ program: JavaProgram, _ expected: [JavapClass]) -> [String] {
  var differences: [String] = []
  let expectedNames = Set(expected.map(\.name))
  let actualNames = Set(program.classes.map(\.name))
  if expectedNames != actualNames {
    differences.append("classes: javac \(expectedNames.sorted()), gcviz \(actualNames.sorted())")
  }
  for javap in expected {
    guard let actual = program.class(named: javap.name) else { continue }
    differences += compare(actual, javap)
  }
  return differences
}

private func compare(_ actual: JavaClassFile, _ javap: JavapClass) -> [String] {
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
