import Foundation
import GCVizScreen
import JavaFrontEnd
import JavaRuntime

/// The bytecode panel's listing of a Java scenario: every method in the
/// machine's order, each instruction as javap shows it with its constant
/// pool symbols shortened to what a student reads (`new Node`,
/// `putfield Node.other`, `invokespecial Node.<init>`).
enum BytecodeListing {
  private static func sourceName(_ binaryName: String) -> String { JavaProgram.sourceName(binaryName) }

  static func methods(of scenario: Scenario) -> [BytecodeMethod] {
    let fileName = URL(fileURLWithPath: scenario.path).lastPathComponent
    // A scenario that does not compile never gets to the screen.
    guard let program = try? JavaFrontEnd.compile(scenario.source, fileName: fileName) else { return [] }
    return program.allMethods.map { entry in
      BytecodeMethod(
        name: sourceName(entry.qualifiedName),
        instructions: entry.method.code.map {
          BytecodeInstruction(offset: $0.offset, text: text($0), line: $0.line)
        })
    }
  }

  static func text(_ instruction: JVMInstruction) -> String {
    let name = instruction.mnemonic
    switch instruction.operand {
    case .none, .local, .increment, .branch: return instruction.description
    case .int(let value):
      // `ldc 5`, not javap's `ldc int 5`; iconst_5 and bipush as javap has them.
      return instruction.opcode == .ldc || instruction.opcode == .ldc_w ? "\(name) \(value)" : instruction.description
    case .string(let text): return "\(name) \"\(javapEscaped(text))\""
    case .classRef(let className): return "\(name) \(sourceName(className))"
    case .field(let field): return "\(name) \(sourceName(field.owner)).\(field.name)"
    case .method(let method): return "\(name) \(sourceName(method.owner)).\(method.name)"
    case .concat: return "\(name) makeConcatWithConstants"
    }
  }
}
