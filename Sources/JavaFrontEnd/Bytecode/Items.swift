// javac's Items (jdk.compiler/.../jvm/Items.java): what an expression
// compiled so far stands for, before it is loaded, stored, duplicated or
// dropped. Deferring that choice is what lets `x = y` store without a
// dup, `a.f += 1` dup the receiver, and `i++` become an iinc.

/// javac's CondItem: a pending test. `opcode` jumps when the condition is
/// true (nil: javac's `dontgoto`, never jumps); `trueJumps` and
/// `falseJumps` were already emitted by && and ||.
struct CondItem {
  var opcode: JVMOpcode?
  var trueJumps: JumpChain = []
  var falseJumps: JumpChain = []

  /// A constant condition: `goto` always jumps, nil never does.
  var isTrue: Bool { falseJumps.isEmpty && opcode == .goto }
  var isFalse: Bool { trueJumps.isEmpty && opcode == nil }

  var negated: CondItem {
    CondItem(opcode: Self.negate(opcode), trueJumps: falseJumps, falseJumps: trueJumps)
  }

  static func negate(_ opcode: JVMOpcode?) -> JVMOpcode? {
    switch opcode {
    case nil: return .goto
    case .goto?: return nil
    case let opcode?: return opcode.negated
    }
  }
}

indirect enum Item {
  /// A value on the stack (nil kind: the result of a void call).
  case stack(JVMValueKind?)
  /// An array element, array and index on the stack.
  case indexed
  /// `this`, not loaded yet.
  case this
  case local(slot: Int, kind: JVMValueKind)
  case staticField(JVMFieldRef)
  case staticMethod(JVMMethodRef)
  /// An instance field, its object on the stack.
  case field(JVMFieldRef)
  /// An instance method, its receiver on the stack; `nonvirtual` for constructors.
  case method(JVMMethodRef, nonvirtual: Bool)
  case immediate(ConstantValue)
  /// An assignment whose value is still to be stored into `lhs`.
  case assign(Item)
  case cond(CondItem)

  var kind: JVMValueKind? {
    switch self {
    case .stack(let kind): return kind
    case .indexed, .this: return .reference
    case .local(_, let kind): return kind
    case .staticField(let field), .field(let field): return valueKinds(ofDescriptor: field.descriptor).first
    case .staticMethod(let method), .method(let method, _):
      return valueKinds(ofDescriptor: method.returnDescriptor).first
    case .immediate(.string): return .reference
    case .immediate: return .int
    case .assign(let lhs): return lhs.kind
    case .cond: return .int
    }
  }
}
