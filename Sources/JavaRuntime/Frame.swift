// One method activation. Its local variables and its operand stack are
// slots: each one that holds an object is one reference in that object's
// count (the toy JVM's rule), so the machine adjusts counts whenever a
// value enters or leaves them.

import GCEngine
import JavaFrontEnd

public final class JavaFrame {
  let method: LinkedMethod
  /// Local variables, `this` and the parameters first; `.none` is null
  /// (and a slot not yet written).
  public internal(set) var locals: [Value]
  /// The operand stack, bottom first.
  public internal(set) var stack: [Value] = []
  /// The index of the instruction to run next (of the current one while it runs).
  public internal(set) var pc = 0
  /// The line of the last instruction run here: running an instruction of
  /// another line (or jumping back) is a new step.
  var lastLine = -1
  /// A `<clinit>` run because an instruction needed its class: that
  /// instruction runs again when it returns (instead of the next one).
  var isInitializer = false

  init(method: LinkedMethod) {
    self.method = method
    locals = Array(repeating: .none, count: max(method.method.maxLocals, method.argumentSlots))
    stack.reserveCapacity(method.method.maxStack)
  }

  /// `Node.<init>`, `Main.main`.
  public var methodName: String { method.qualifiedName }
  /// The method's place in `JavaProgram.allMethods`.
  public var methodIndex: Int { method.index }
  /// The method's compiled form (its code, as javap shows it).
  public var javaMethod: JavaMethod { method.method }
  /// The instruction at `pc`.
  public var instruction: JVMInstruction { method.method.code[min(pc, method.method.code.count - 1)] }
  /// The source line of the instruction at `pc`.
  public var line: Int { method.lines[min(pc, method.lines.count - 1)] }
}
