import Foundation
import GCEngine
import JavaFrontEnd
import JavaRuntime
import Testing

/// A Java file the tests run: a built-in scenario, a case of this target's
/// corpus, or one of the front end's corpus.
struct JavaFile: CustomTestStringConvertible, Sendable {
  var path: String
  var testDescription: String { URL(fileURLWithPath: path).lastPathComponent }
  var fileName: String { URL(fileURLWithPath: path).lastPathComponent }
  var className: String { String(fileName.dropLast(".java".count)) }
  var source: String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
}

enum JavaFiles {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let repository = root.deletingLastPathComponent().deletingLastPathComponent()

  static func files(in directory: URL) -> [JavaFile] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".java") }
      .sorted().map { JavaFile(path: directory.appendingPathComponent($0).path) }
  }

  static let scenarios = files(in: repository.appendingPathComponent("scenarios"))
  static let corpus = files(in: root.appendingPathComponent("corpus"))
  static let frontEndCorpus = files(in: repository.appendingPathComponent("Tests/JavaFrontEndTests/corpus"))
  static let all = scenarios + corpus + frontEndCorpus
}

/// Output kept in memory.
final class Captured: OutputWriter {
  var stdout = ""
  var stderr = ""
  func write(_ text: String, to stream: GCEngine.OutputStream) {
    if stream == .stdout { stdout += text } else { stderr += text }
  }
}

/// A machine for `source` (a Java file named after its public class).
func machine(
  _ source: String, fileName: String = "Main.java", profile: Profile = .jvmRC, sink: EventSink? = nil,
  output: Captured = Captured()
) throws -> JavaMachine {
  let program: JavaProgram
  do {
    program = try JavaFrontEnd.compile(source, fileName: fileName)
  } catch {
    Issue.record("does not compile:\n\(error.rendered(file: fileName, source: source))")
    throw error
  }
  return try JavaMachine(program: program, profile: profile, output: output, sink: sink, sourceFileName: fileName)
}

extension JavaMachine {
  /// Runs until main's frame is about to run an instruction of `line`.
  func run(untilLine line: Int) throws {
    while !isFinished && !(frames.count == 1 && frames[0].line == line) { try step() }
  }
}

/// Runs to the end checking the counts after every instruction; returns
/// the first problems found (empty when every count was right). At most
/// `limit` instructions run (a file that does not finish fails its test).
func runCheckingInvariants(_ m: JavaMachine, limit: Int = 2_000_000) -> (problems: [String], error: JavaRunError?) {
  var problems: [String] = []
  var executed = 0
  do {
    while !m.isFinished && problems.isEmpty && executed < limit {
      let before = m.currentInstruction.map { "\(m.frames.last!.methodName) \($0.offset): \($0)" } ?? "?"
      try m.step()
      executed += 1
      let found = m.invariantProblems()
      if !found.isEmpty { problems = ["after \(before):"] + found }
    }
  } catch {
    let found = m.invariantProblems()
    if !found.isEmpty { problems = ["after the exception's unwinding:"] + found }
    return (problems, error)
  }
  return (problems, nil)
}

/// The count changes each executed instruction caused, in words:
/// `new #1`, `+#1 2 stack` (an incref to 2, cause stack), `-#2 0 unbind`,
/// `free #2`; objects are named by allocation order.
struct InstructionTrace {
  var entries: [(instruction: String, method: String, events: [String])] = []

  /// The events of the `occurrence`-th run (from 0) of the instruction
  /// whose javap text is `text`, in `method` (`Main.main`) if given.
  func events(of text: String, in method: String? = nil, occurrence: Int = 0) -> [String]? {
    let matching = entries.filter { $0.instruction == text && (method == nil || $0.method == method) }
    return occurrence < matching.count ? matching[occurrence].events : nil
  }
}

/// Runs `source` an instruction at a time, recording what each one did to the counts.
func trace(_ source: String, profile: Profile = .jvmRC) throws -> (InstructionTrace, JavaMachine) {
  let log = EventLog()
  let m = try machine(source, profile: profile, sink: log)
  var result = InstructionTrace()
  var names: [ObjectID: String] = [:]
  var made = 0
  func describe(_ event: HeapEvent) -> String? {
    func name(_ id: ObjectID) -> String { names[id] ?? "?\(id.raw)" }
    switch event {
    case .allocated(let id, _, _):
      made += 1
      names[id] = "#\(made)"
      return "new \(name(id))"
    case .incref(let id, let count, let cause): return "+\(name(id)) \(count) \(cause.rawValue)"
    case .decref(let id, let count, let cause): return "-\(name(id)) \(count) \(cause.rawValue)"
    case .freed(let id): return "free \(name(id))"
    case .trialPhase(let phase): return phase.rawValue
    case .colored(let id, let colour): return "\(colour) \(name(id))"
    case .buffered(let id, let entered): return (entered ? "buffer " : "unbuffer ") + name(id)
    case .collectionStarted: return "collection"
    case .collectionFinished(_, let collected, _): return "collected \(collected)"
    case .line, .referencesChanged, .output: return nil
    default: return "\(event)"
    }
  }
  while !m.isFinished {
    let instruction = m.currentInstruction.map(\.description) ?? "?"
    let method = m.frames.last?.methodName ?? "?"
    let start = log.events.count
    try m.step()
    result.entries.append((instruction, method, log.events[start...].compactMap(describe)))
  }
  return (result, m)
}
