// How many values each instruction pops, and what it pushes given what it
// popped (the dup family copies the kinds it finds).

struct OperandStackEffect {
  var pops: Int
  var pushes: ([JVMValueKind]) -> [JVMValueKind]

  init(pops: Int, pushing pushed: [JVMValueKind]) {
    self.pops = pops
    self.pushes = { _ in pushed }
  }

  init(pops: Int, pushes: @escaping ([JVMValueKind]) -> [JVMValueKind]) {
    self.pops = pops
    self.pushes = pushes
  }
}

/// `I` and `Z` are ints on the stack; `L...;` and `[...` references; `V` nothing.
func valueKinds(ofDescriptor descriptor: String) -> [JVMValueKind] {
  switch descriptor.first {
  case "V": return []
  case "L", "[": return [.reference]
  default: return [.int]
  }
}

func stackEffect(of opcode: JVMOpcode, _ operand: JVMOperand) -> OperandStackEffect {
  switch opcode {
  case .aconst_null, .aload, .aload_0, .aload_1, .aload_2, .aload_3, .new:
    return OperandStackEffect(pops: 0, pushing: [.reference])
  case .iconst_m1, .iconst_0, .iconst_1, .iconst_2, .iconst_3, .iconst_4, .iconst_5, .bipush, .sipush, .iload, .iload_0,
    .iload_1, .iload_2, .iload_3:
    return OperandStackEffect(pops: 0, pushing: [.int])
  case .ldc, .ldc_w:
    if case .string = operand { return OperandStackEffect(pops: 0, pushing: [.reference]) }
    return OperandStackEffect(pops: 0, pushing: [.int])
  case .istore, .istore_0, .istore_1, .istore_2, .istore_3, .astore, .astore_0, .astore_1, .astore_2, .astore_3, .pop,
    .ifeq, .ifne, .iflt, .ifge, .ifgt, .ifle, .ifnull, .ifnonnull, .ireturn, .areturn, .putstatic:
    return OperandStackEffect(pops: 1, pushing: [])
  case .aaload:
    return OperandStackEffect(pops: 2, pushing: [.reference])
  case .aastore:
    return OperandStackEffect(pops: 3, pushing: [])
  case .dup:
    return OperandStackEffect(pops: 1) { $0 + $0 }
  case .dup_x1:
    return OperandStackEffect(pops: 2) { [$0[1], $0[0], $0[1]] }
  case .dup_x2:
    return OperandStackEffect(pops: 3) { [$0[2], $0[0], $0[1], $0[2]] }
  case .iadd, .isub, .imul, .idiv, .irem:
    return OperandStackEffect(pops: 2, pushing: [.int])
  case .ineg:
    return OperandStackEffect(pops: 1, pushing: [.int])
  case .iinc, .goto, .return:
    return OperandStackEffect(pops: 0, pushing: [])
  case .if_icmpeq, .if_icmpne, .if_icmplt, .if_icmpge, .if_icmpgt, .if_icmple, .if_acmpeq, .if_acmpne, .putfield:
    return OperandStackEffect(pops: 2, pushing: [])
  case .getstatic:
    guard case .field(let field) = operand else { return OperandStackEffect(pops: 0, pushing: []) }
    return OperandStackEffect(pops: 0, pushing: valueKinds(ofDescriptor: field.descriptor))
  case .getfield:
    guard case .field(let field) = operand else { return OperandStackEffect(pops: 1, pushing: []) }
    return OperandStackEffect(pops: 1, pushing: valueKinds(ofDescriptor: field.descriptor))
  case .invokevirtual, .invokespecial, .invokestatic:
    guard case .method(let method) = operand else { return OperandStackEffect(pops: 0, pushing: []) }
    let receiver = opcode == .invokestatic ? 0 : 1
    return OperandStackEffect(
      pops: method.parameterDescriptors.count + receiver, pushing: valueKinds(ofDescriptor: method.returnDescriptor))
  case .invokedynamic:
    guard case .concat(let site) = operand else { return OperandStackEffect(pops: 0, pushing: []) }
    return OperandStackEffect(pops: site.argumentDescriptors.count, pushing: [.reference])
  case .anewarray:
    return OperandStackEffect(pops: 1, pushing: [.reference])
  case .arraylength:
    return OperandStackEffect(pops: 1, pushing: [.int])
  }
}
