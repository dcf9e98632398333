import Foundation
import JavaFrontEnd
import Testing

/// Writes random programs of the subset: nested ifs and loops with breaks
/// and continues, locals in nested scopes, int and boolean expressions,
/// objects, arrays, fields and statics, calls, concatenation. Every local
/// is initialized where declared or in both branches of the if that
/// follows, and jumps end their blocks, so almost all are valid Java; the
/// test holds gcviz to javac's verdict either way.
struct RandomProgramWriter {
  var random: SplitMix64
  var lines: [String] = []
  var indent = 2
  var nameCount = 0
  /// Locals in scope, innermost scope last: name and type ("int", "boolean", "Node").
  var scopes: [[(name: String, type: String)]] = []
  var loopDepth = 0
  var budget = 0

  init(seed: UInt64) { random = SplitMix64(state: seed) }

  mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
  mutating func pick<T>(_ items: [T]) -> T { items.randomElement(using: &random)! }

  mutating func emit(_ line: String) { lines.append(String(repeating: "    ", count: indent) + line) }

  mutating func fresh(_ prefix: String) -> String {
    nameCount += 1
    return "\(prefix)\(nameCount)"
  }

  func locals(_ type: String) -> [String] { scopes.flatMap { $0 }.filter { $0.type == type }.map(\.name) }

  mutating func intExpression(_ depth: Int = 0) -> String {
    let ints = locals("int")
    let nodes = locals("Node")
    var options = ["\(Int.random(in: -3...300, using: &random))", "Node.count", "70000"]
    options += ints + ints
    if !nodes.isEmpty { options += ["\(pick(nodes)).value", "\(pick(nodes)).next.value"] }
    guard depth < 2 && chance(45) else { return pick(options) }
    switch Int.random(in: 0..<6, using: &random) {
    case 0: return "(\(intExpression(depth + 1)) \(pick(["+", "-", "*", "/", "%"])) \(intExpression(depth + 1)))"
    case 1: return "-(\(intExpression(depth + 1)))"
    case 2: return "(\(condition(depth + 1)) ? \(intExpression(depth + 1)) : \(intExpression(depth + 1)))"
    case 3: return "twice(\(intExpression(depth + 1)))"
    case 4 where !ints.isEmpty: return "\(pick(ints))\(pick(["++", "--"]))"
    case 4 where !nodes.isEmpty: return pick(["\(pick(nodes)).value++", "--\(pick(nodes)).value", "Node.count++"])
    default: return "\(intExpression(depth + 1)) \(pick(["+", "-"])) \(intExpression(depth + 1))"
    }
  }

  mutating func condition(_ depth: Int = 0) -> String {
    let bools = locals("boolean")
    let nodes = locals("Node")
    var options = [
      "\(intExpression(depth + 1)) \(pick(["<", "<=", ">", ">=", "==", "!="])) \(intExpression(depth + 1))", "true",
      "false", "Node.flag",
    ]
    options += bools
    if !nodes.isEmpty {
      options += [
        "\(pick(nodes)) \(pick(["==", "!="])) null", "null == \(pick(nodes))", "\(pick(nodes)).next == \(pick(nodes))",
      ]
    }
    guard depth < 2 && chance(40) else { return pick(options) }
    switch Int.random(in: 0..<4, using: &random) {
    case 0: return "\(condition(depth + 1)) && \(condition(depth + 1))"
    case 1: return "(\(condition(depth + 1)) || \(condition(depth + 1)))"
    case 2: return "!(\(condition(depth + 1)))"
    default: return "(\(condition(depth + 1)) ? \(condition(depth + 1)) : \(condition(depth + 1)))"
    }
  }

  mutating func nodeExpression() -> String {
    let nodes = locals("Node")
    var options = ["new Node()", "null", "Node.root", "make(\(intExpression(1)))"]
    if !nodes.isEmpty { options += nodes + ["\(pick(nodes)).next"] }
    return pick(options)
  }

  mutating func block(_ body: (inout RandomProgramWriter) -> Void) {
    scopes.append([])
    indent += 1
    body(&self)
    indent -= 1
    scopes.removeLast()
  }

  /// `jump`: the block may end with break or continue (a loop body, or the
  /// then-branch of an if inside a loop: never both branches, never a bare
  /// block, so the code after them stays reachable).
  mutating func statements(_ count: Int, jump: Bool = false) {
    for _ in 0..<count where budget > 0 {
      budget -= 1
      statement()
    }
    if jump && loopDepth > 0 && chance(20) { emit(pick(["break;", "continue;"])) }
  }

  /// A loop condition that is never a constant (a constant true would make
  /// the code after the loop unreachable, a constant false its body).
  mutating func loopCondition() -> String { "(\(condition()) && Node.flag)" }

  mutating func declare(_ type: String, _ value: String) {
    let name = fresh(type == "int" ? "i" : type == "boolean" ? "b" : "n")
    emit("\(type) \(name) = \(value);")
    scopes[scopes.count - 1].append((name, type))
  }

  mutating func statement() {
    let ints = locals("int")
    let nodes = locals("Node")
    switch Int.random(in: 0..<18, using: &random) {
    case 0: declare("int", intExpression())
    case 1: declare("boolean", condition())
    case 2: declare("Node", nodeExpression())
    case 3 where !ints.isEmpty: emit("\(pick(ints)) \(pick(["=", "+=", "-=", "*="])) \(intExpression());")
    case 4 where !ints.isEmpty: emit("\(pick(ints))\(pick(["++", "--"]));")
    case 5 where !nodes.isEmpty: emit("\(pick(nodes)).next = \(nodeExpression());")
    case 6 where !nodes.isEmpty: emit("\(pick(nodes)).value \(pick(["=", "+=", "-="])) \(intExpression());")
    case 7: emit("Node.count += \(intExpression());")
    case 8: emit("System.out.println(\"v=\" + (\(intExpression())) + \" \" + (\(condition(1))) + null);")
    case 9:
      emit("if (\(condition())) {")
      block { $0.statements(Int.random(in: 0...3, using: &$0.random), jump: true) }
      if chance(50) {
        emit("} else {")
        block { $0.statements(Int.random(in: 0...3, using: &$0.random)) }
      }
      emit("}")
    case 10:
      emit("while \(loopCondition()) {")
      loopDepth += 1
      block { $0.statements(Int.random(in: 1...3, using: &$0.random), jump: true) }
      loopDepth -= 1
      emit("}")
    case 11:
      let index = fresh("k")
      emit("for (int \(index) = 0; \(index) < \(intExpression(1)); \(index)++) {")
      loopDepth += 1
      block {
        $0.scopes[$0.scopes.count - 1].append((index, "int"))
        $0.statements(Int.random(in: 1...3, using: &$0.random), jump: true)
      }
      loopDepth -= 1
      emit("}")
    case 12:
      emit("while (true) {")
      loopDepth += 1
      block {
        $0.emit("if (\($0.condition())) break;")
        $0.statements(Int.random(in: 0...2, using: &$0.random), jump: true)
      }
      loopDepth -= 1
      emit("}")
    case 13:
      let array = fresh("a")
      emit("Node[] \(array) = new Node[\(Int.random(in: 2...4, using: &random))];")
      emit("\(array)[0] = \(array)[1] = \(nodeExpression());")
      declare("Node", "\(array)[0]")
      declare("int", "\(array).length")
    case 14:
      emit("{")
      block { $0.statements(Int.random(in: 1...3, using: &$0.random)) }
      emit("}")
    case 15 where !nodes.isEmpty:
      switch Int.random(in: 0..<4, using: &random) {
      case 0: declare("Node", "\(condition()) ? \(pick(nodes)) : \(nodeExpression())")
      case 1: emit("\(pick(nodes)).value = \(pick(nodes)).next.value = \(intExpression());")
      case 2: emit("System.out.println(\(pick([intExpression(), condition(1)])));")
      default: emit("\(pick(nodes)).value \(pick(["+=", "-="])) -\(pick(nodes)).value;")
      }
    case 16:
      // Declared without a value and given one in both branches: javac's
      // LocalVariableTable starts a row at each store.
      let name = fresh(chance(50) ? "u" : "v")
      let type = name.hasPrefix("u") ? "int" : "Node"
      emit("\(type) \(name);")
      emit("if (\(condition())) {")
      block {
        $0.statements(Int.random(in: 0...2, using: &$0.random))
        $0.emit("\(name) = \(type == "int" ? $0.intExpression() : $0.nodeExpression());")
      }
      emit("} else {")
      block { $0.emit("\(name) = \(type == "int" ? $0.intExpression() : $0.nodeExpression());") }
      emit("}")
      scopes[scopes.count - 1].append((name, type))
    default:
      emit("Node.flag = \(condition());")
    }
  }

  mutating func program(named name: String) -> String {
    budget = 14
    lines = [
      "public class \(name) {",
      "    static int twice(int x) { return x * 2; }",
      "    static Node make(int v) {",
      "        Node n = new Node();",
      "        n.value = v;",
      "        return n;",
      "    }",
      "    static int work(int p, Node q) {",
    ]
    scopes = [[("p", "int"), ("q", "Node")]]
    statements(6)
    emit("return \(intExpression());")
    lines += [
      "    }", "    public static void main(String[] args) {", "        System.out.println(work(3, new Node()));",
      "    }", "}",
    ]
    lines += [
      "class Node {", "    Node next;", "    int value;", "    static int count;", "    static boolean flag;",
      "    static Node root;", "}",
    ]
    return lines.joined(separator: "\n") + "\n"
  }
}

@Suite("Random programs: gcviz compiles them exactly as javac")
struct JavaRandomProgramTests {
  /// GCVIZ_RANDOM_PROGRAMS and GCVIZ_RANDOM_SEED explore further than the default run.
  @Test("200 random programs: same verdict, and when valid the same code and (with -g) LocalVariableTable")
  func randomPrograms() throws {
    guard jdkAvailable(for: "random programs") else { return }
    let environment = ProcessInfo.processInfo.environment
    let count = environment["GCVIZ_RANDOM_PROGRAMS"].flatMap { Int($0) } ?? 200
    let firstSeed = environment["GCVIZ_RANDOM_SEED"].flatMap { Int($0) } ?? 0
    var cases: [(source: String, fileName: String)] = []
    for seed in firstSeed..<(firstSeed + count) {
      var writer = RandomProgramWriter(seed: UInt64(seed) &* 7919 &+ 11)
      let name = "R\(seed)"
      cases.append((writer.program(named: name), name + ".java"))
    }
    let listings = try JDKOracle.compileAndDisassemble(cases)
    let debugListings = try JDKOracle.compileAndDisassemble(cases, debugInfo: true)
    var valid = 0
    // Programs where javac's table has a variable in two rows (a range
    // split where a path without a value joins).
    var splitVariables = 0
    var rejections: [String: Int] = [:]
    for (((source, fileName), listing), debugListing) in zip(zip(cases, listings), debugListings) {
      var ours: JavaProgram? = nil
      var error: Diagnostic? = nil
      do throws(Diagnostic) { ours = try JavaFrontEnd.compile(source, fileName: fileName) } catch let caught {
        error = caught
      }
      switch (listing, ours) {
      case (.success(let text), let program?):
        valid += 1
        var differences = compare(program, JavapClass.parse(text))
        if case .success(let debugText) = debugListing {
          let expected = JavapClass.parse(debugText)
          differences += compare(program, expected, localVariables: true)
          let split = expected.flatMap(\.methods).contains { method in
            let variables = method.localVariables.map { $0.split(separator: " ").dropFirst(2).joined(separator: " ") }
            return Set(variables).count < variables.count
          }
          if split { splitVariables += 1 }
        } else {
          differences.append("javac -g rejects it")
        }
        if !differences.isEmpty { Issue.record("\(fileName):\n\(source)\n\(differences.joined(separator: "\n"))") }
      case (.success, nil):
        Issue.record(
          "\(fileName): javac accepts, gcviz rejects: \(error!.rendered(file: fileName, source: source))\n\(source)")
      case (.failure(let failure), _?):
        Issue.record("\(fileName): javac rejects (\(failure.message)), gcviz accepts\n\(source)")
      case (.failure(let failure), nil):
        rejections[failure.message.split(separator: ":", maxSplits: 1).last.map(String.init) ?? "", default: 0] += 1
      }
    }
    #expect(
      valid >= count * 9 / 10,
      "only \(valid) of \(count) random programs are valid Java: the writer needs fixing: \(rejections)")
    #expect(count < 100 || splitVariables >= count / 20, "only \(splitVariables) programs split a variable's range")
  }
}
