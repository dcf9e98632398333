import JavaFrontEnd
import Testing

@Suite("The compiled model is consistent data a runtime can execute")
struct JavaModelTests {
  static let programs: [(String, JavaProgram)] = JavaCases.all.compactMap { c in
    guard let source = try? String(contentsOfFile: c.path, encoding: .utf8),
      let program = try? JavaFrontEnd.compile(source, fileName: c.file)
    else { return nil }
    return (c.file, program)
  }

  @Test("every scenario and corpus file compiles")
  func allCompile() {
    #expect(Self.programs.count == JavaCases.all.count)
  }

  /// Follows every path through each method with the instructions' stack
  /// effects: the stack has the same kinds wherever paths meet, never
  /// underflows, is empty at returns, and peaks at maxStack; offsets and
  /// lengths tile the code; branches land on instructions; locals stay
  /// under maxLocals.
  @Test("stack effects, offsets, branch targets and locals agree")
  func stackEffects() {
    for (file, program) in Self.programs {
      for javaClass in program.classes {
        for method in javaClass.methods {
          let place = "\(file) \(javaClass.name).\(method.name)\(method.descriptor)"
          check(method, place)
        }
      }
    }
  }

  private func check(_ method: JavaMethod, _ place: String) {
    let code = method.code
    #expect(!code.isEmpty, "\(place): no code")
    for (index, instruction) in code.enumerated() where index + 1 < code.count {
      #expect(instruction.offset + instruction.length == code[index + 1].offset, "\(place) @\(instruction.offset)")
    }
    var stackAt: [Int: [JVMValueKind]] = [0: []]
    var work = [0]
    var deepest = 0
    while let index = work.popLast() {
      var stack = stackAt[index]!
      let instruction = code[index]
      let effect = instruction.effect
      #expect(stack.count >= effect.pops.count, "\(place) @\(instruction.offset): stack underflow")
      guard stack.count >= effect.pops.count else { return }
      #expect(Array(stack.suffix(effect.pops.count)) == effect.pops, "\(place) @\(instruction.offset): kinds popped")
      stack.removeLast(effect.pops.count)
      stack += effect.pushes
      deepest = max(deepest, stack.count)
      if let slot = instruction.localSlot { #expect(slot < method.maxLocals, "\(place) @\(instruction.offset)") }
      if [.return, .ireturn, .areturn].contains(instruction.opcode) {
        #expect(stack.isEmpty, "\(place) @\(instruction.offset): values left on the stack at return")
      }
      var successors: [Int] = []
      if let target = instruction.branchTarget {
        let targetIndex = method.instructionIndex(atOffset: target)
        #expect(targetIndex != nil, "\(place) @\(instruction.offset): branch into the middle of an instruction")
        if let targetIndex { successors.append(targetIndex) }
      }
      if !instruction.opcode.endsFlow {
        #expect(index + 1 < code.count, "\(place): falls off the end")
        if index + 1 < code.count { successors.append(index + 1) }
      }
      for successor in successors {
        if let known = stackAt[successor] {
          #expect(known == stack, "\(place) @\(code[successor].offset): stacks differ where paths meet")
        } else {
          stackAt[successor] = stack
          work.append(successor)
        }
      }
    }
    #expect(deepest == method.maxStack, "\(place): deepest stack \(deepest), maxStack \(method.maxStack)")
    #expect(method.argumentSlots <= method.maxLocals, "\(place)")
  }

  @Test("lines come from the line-number table")
  func lines() {
    for (file, program) in Self.programs {
      for javaClass in program.classes {
        for method in javaClass.methods {
          for instruction in method.code {
            let row = method.lineNumbers.last { $0.startOffset <= instruction.offset }
            #expect(row?.line == instruction.line, "\(file) \(method.name) @\(instruction.offset)")
          }
        }
      }
    }
  }

  @Test("NodeCycle, instruction by instruction, as a runtime reads it")
  func nodeCycle() throws {
    let source = """
      class Node {
          public Node other;
      }

      public class NodeCycle {
          public static void main(String[] args) {
              Node A = new Node();
              Node B = new Node();
              A.other = B;
              B.other = A;
              A = null;
              B = null;
          }
      }
      """
    let program = try JavaFrontEnd.compile(source, fileName: "NodeCycle.java")
    #expect(program.mainClass == "NodeCycle")
    #expect(program.classes.map(\.name) == ["Node", "NodeCycle"])
    let node = try #require(program.class(named: "Node"))
    #expect(
      node.fields.map(\.name) == ["other"] && node.fields[0].descriptor == "LNode;" && node.fields[0].access == .public)
    let main = try #require(
      program.class(named: "NodeCycle")?.method(named: "main", descriptor: "([Ljava/lang/String;)V"))
    #expect(main.isStatic && main.maxLocals == 3 && main.maxStack == 2)
    #expect(
      main.code.map(\.description) == [
        "new class Node", "dup", "invokespecial Method Node.\"<init>\":()V", "astore_1",
        "new class Node", "dup", "invokespecial Method Node.\"<init>\":()V", "astore_2",
        "aload_1", "aload_2", "putfield Field Node.other:LNode;",
        "aload_2", "aload_1", "putfield Field Node.other:LNode;",
        "aconst_null", "astore_1", "aconst_null", "astore_2", "return",
      ])
    #expect(main.code.map(\.line) == [7, 7, 7, 7, 8, 8, 8, 8, 9, 9, 9, 10, 10, 10, 11, 11, 12, 12, 13])
    #expect(main.code.filter(\.storesReference).map(\.offset) == [7, 15, 18, 23, 27, 29])
    #expect(main.code.filter(\.createsObject).count == 2)
    #expect(main.code[1].effect == JVMStackEffect(pops: [.reference], pushes: [.reference, .reference]))
    #expect(main.code[2].effect == JVMStackEffect(pops: [.reference], pushes: []))
    #expect(main.code[10].effect == JVMStackEffect(pops: [.reference, .reference], pushes: []))
    let constructor = try #require(node.method(named: "<init>", descriptor: "()V"))
    #expect(
      constructor.code.map(\.description) == [
        "aload_0", "invokespecial Method java/lang/Object.\"<init>\":()V", "return",
      ])
  }

  /// Every row lies inside the code, starts at an instruction or the end,
  /// names a slot under maxLocals; `this` and the parameters cover the
  /// whole method; rows of one slot never overlap.
  @Test("local variable rows lie inside the code; this and the parameters span it")
  func localVariableRows() {
    for (file, program) in Self.programs {
      for javaClass in program.classes {
        for method in javaClass.methods {
          let place = "\(file) \(javaClass.name).\(method.name)\(method.descriptor)"
          let end = method.code.last.map { $0.offset + $0.length } ?? 0
          for row in method.localVariables {
            #expect(row.length > 0 && row.startPC + row.length <= end, "\(place): \(row)")
            #expect(row.startPC == end || method.instructionIndex(atOffset: row.startPC) != nil, "\(place): \(row)")
            #expect(row.slot < method.maxLocals, "\(place): \(row)")
          }
          let arguments = method.localVariables.filter { $0.slot < method.argumentSlots }
          #expect(
            arguments.map(\.slot).sorted() == Array(0..<method.argumentSlots)
              && arguments.allSatisfy { $0.startPC == 0 && $0.length == end }, "\(place): \(arguments)")
          if !method.isStatic { #expect(arguments.first { $0.slot == 0 }?.name == "this", "\(place)") }
          for (index, row) in method.localVariables.enumerated() {
            for other in method.localVariables[(index + 1)...] where other.slot == row.slot {
              #expect(
                other.startPC >= row.startPC + row.length || row.startPC >= other.startPC + other.length,
                "\(place): \(row) overlaps \(other)")
            }
          }
        }
      }
    }
  }

  @Test("localName: a slot's variable from after its store to the end of its scope")
  func localNames() throws {
    let source = """
      public class L {
          public static void main(String[] args) {
              Node a = new Node();
              if (a != null) {
                  Node b = a;
                  a = b;
              } else {
                  int c = 1;
              }
          }
      }
      class Node {
          Node next;
          Node(Node next) { this.next = next; }
          Node() { this(null); }
      }
      """
    let program = try JavaFrontEnd.compile(source, fileName: "L.java")
    let main = try #require(program.class(named: "L")?.method(named: "main", descriptor: "([Ljava/lang/String;)V"))
    #expect(
      main.code.map { "\($0.offset): \($0.description)" } == [
        "0: new class Node", "3: dup", "4: invokespecial Method Node.\"<init>\":()V", "7: astore_1",
        "8: aload_1", "9: ifnull 19", "12: aload_1", "13: astore_2", "14: aload_2", "15: astore_1", "16: goto 21",
        "19: iconst_1", "20: istore_2", "21: return",
      ])
    let rows = main.localVariables.map { "\($0.startPC) \($0.length) \($0.slot) \($0.name) \($0.descriptor)" }
    #expect(rows == ["14 2 2 b LNode;", "0 22 0 args [Ljava/lang/String;", "8 14 1 a LNode;"])
    #expect(main.localName(slot: 0, atOffset: 0) == "args")
    #expect(main.localName(slot: 0, atOffset: 21) == "args")
    #expect(main.localName(slot: 0, atOffset: 22) == nil)
    // Not at the store that initializes it: its range starts after.
    #expect(main.localName(slot: 1, atOffset: 7) == nil)
    #expect(main.localName(slot: 1, atOffset: 8) == "a")
    #expect(main.localName(slot: 2, atOffset: 13) == nil)
    #expect(main.localName(slot: 2, atOffset: 14) == "b")
    #expect(main.localName(slot: 2, atOffset: 15) == "b")
    // After the block's end nothing; c is stored at 20 and its scope ends
    // at 21: an empty range, no row.
    #expect(main.localName(slot: 2, atOffset: 16) == nil)
    #expect(main.localName(slot: 2, atOffset: 20) == nil)
    #expect(main.localName(slot: 2, atOffset: 21) == nil)
    let node = try #require(program.class(named: "Node"))
    let constructor = try #require(node.method(named: "<init>", descriptor: "(LNode;)V"))
    #expect(
      constructor.localVariables.map(\.name) == ["this", "next"]
        && constructor.localVariables.map(\.descriptor) == ["LNode;", "LNode;"])
    #expect(constructor.localName(slot: 1, atOffset: 0) == "next")
    let delegating = try #require(node.method(named: "<init>", descriptor: "()V"))
    #expect(
      delegating.localVariables == [
        JavaLocalVariable(startPC: 0, length: 6, slot: 0, name: "this", descriptor: "LNode;")
      ])
  }

  @Test("a concatenation site rebuilds the text from its arguments")
  func concatenation() throws {
    let program = try JavaFrontEnd.compile(
      program("    int i = 7;\n    System.out.println(\"i=\" + i + \" \\u0001 \" + (i > 3) + null);"),
      fileName: "T.java")
    let main = try #require(program.class(named: "T")?.method(named: "main", descriptor: "([Ljava/lang/String;)V"))
    let site = try #require(
      main.code.compactMap { instruction -> JVMStringConcat? in
        if case .concat(let site) = instruction.operand { return site }
        return nil
      }.first)
    #expect(site.recipe == "i=\u{1}\u{2}\u{1}null")
    #expect(site.constants == [" \u{1} "])
    #expect(site.argumentDescriptors == ["I", "Z"])
    #expect(site.concatenate(["7", "true"]) == "i=7 \u{1} truenull")
  }
}
