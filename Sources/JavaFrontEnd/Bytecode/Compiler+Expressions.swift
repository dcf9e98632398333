// Expressions, as javac's Gen visits them: each returns an Item that the
// caller loads, stores, drops or tests; constants become immediate items.

import ScenarioSource

extension JavaCompiler {
  func genExpr(_ expression: TypedExpression) -> Item {
    if let constant = expression.constant { return .immediate(constant) }
    switch expression.kind {
    case .constant(let constant):
      return .immediate(constant)
    case .null:
      emit(.aconst_null)
      return .stack(.reference)
    case .this:
      return .this
    case .local(let local):
      return .local(slot: slots[local.id]!, kind: kind(of: local.type))
    case .staticField(let field, let discarded):
      if let discarded { drop(load(genExpr(discarded))) }
      return .staticField(field)
    case .instanceField(let receiver, let field):
      load(genExpr(receiver))
      return .field(field)
    case .arrayLength(let array):
      load(genExpr(array))
      emit(.arraylength)
      return .stack(.int)
    case .arrayElement(let array, let index):
      load(genExpr(array))
      load(genExpr(index))
      return .indexed
    case .invoke(let method, let invokeKind, let receiver, let arguments, let discarded):
      let target: Item
      switch invokeKind {
      case .static:
        if let discarded { drop(load(genExpr(discarded))) }
        target = .staticMethod(method)
      case .virtual, .special:
        load(genExpr(receiver!))
        target = .method(method, nonvirtual: invokeKind == .special)
      }
      for argument in arguments { load(genExpr(argument)) }
      code.statBegin(expression.location)
      return invoke(target)
    case .newObject(let className, let constructor, let arguments):
      emit(.new, .classRef(className))
      emit(.dup)
      for argument in arguments { load(genExpr(argument)) }
      _ = invoke(.method(constructor, nonvirtual: true))
      return .stack(.reference)
    case .newArray(let elementClass, let length):
      load(genExpr(length))
      emit(.anewarray, .classRef(elementClass))
      return .stack(.reference)
    case .arrayInitializer(let elementClass, let elements):
      loadInt(Int32(elements.count))
      emit(.anewarray, .classRef(elementClass))
      for (index, element) in elements.enumerated() {
        emit(.dup)
        loadInt(Int32(index))
        load(genExpr(element))
        store(.indexed)
      }
      return .stack(.reference)
    case .negate(let operand):
      load(genExpr(operand))
      emit(.ineg)
      return .stack(.int)
    case .unaryPlus(let operand):
      return load(genExpr(operand))
    case .not(let operand):
      return .cond(genCond(operand).negated)
    case .arithmetic(let op, let left, let right):
      load(genExpr(left))
      load(genExpr(right))
      emit(arithmeticOpcode(op))
      return .stack(.int)
    case .comparison(let op, let left, let right):
      load(genExpr(left))
      return .cond(completeComparison(op, left: left, right: right))
    case .logical(let op, let left, let right):
      return genLogical(op, left, right)
    case .concat:
      genConcat(expression)
      return .stack(.reference)
    case .assign(let target, let value):
      let lhs = genExpr(target)
      load(genExpr(value))
      return .assign(lhs)
    case .compoundAssign(let op, let target, let written):
      // Lower left the value as written for this scan.
      let value = lower(written)
      if compoundAssignDependsOnTarget(target, written) {
        return genRewrittenCompoundAssign(op, target, value, at: expression.location)
      }
      let lhs = genExpr(target)
      // `local += constant` (or -=) in 16 bits is an iinc.
      if case .local(let slot, _) = lhs, op == .add || op == .subtract, case .int(let constant)? = value.constant {
        increment(slot: slot, by: op == .add ? constant : 0 &- constant)
        return lhs
      }
      duplicate(lhs)
      load(lhs)
      load(genExpr(value))
      emit(arithmeticOpcode(op))
      return .assign(lhs)
    case .increment(let increment, let target):
      return genIncrement(increment, target)
    case .conditional(let condition, let then, let elsePart):
      return genConditional(condition, then, elsePart)
    case .parenthesized(let inner):
      return genExpr(inner)
    }
  }

  private func arithmeticOpcode(_ op: BinaryOperator) -> JVMOpcode {
    switch op {
    case .add: return .iadd
    case .subtract: return .isub
    case .multiply: return .imul
    case .divide: return .idiv
    default: return .irem
    }
  }

  /// Gen.completeBinop for a comparison, the left operand loaded: against
  /// a constant 0 (or false) javac uses ifeq..ifle, against the literal
  /// null ifnull/ifnonnull, and loads no right operand.
  private func completeComparison(_ op: BinaryOperator, left: TypedExpression, right: TypedExpression) -> CondItem {
    let references = left.type.isReference || right.type.isReference
    if references {
      if right.isNullLiteral { return CondItem(opcode: op == .equal ? .ifnull : .ifnonnull) }
      load(genExpr(right))
      return CondItem(opcode: op == .equal ? .if_acmpeq : .if_acmpne)
    }
    let compare: [BinaryOperator: (JVMOpcode, JVMOpcode)] = [
      .equal: (.if_icmpeq, .ifeq), .notEqual: (.if_icmpne, .ifne), .less: (.if_icmplt, .iflt),
      .greaterEqual: (.if_icmpge, .ifge), .greater: (.if_icmpgt, .ifgt), .lessEqual: (.if_icmple, .ifle),
    ]
    let (twoOperands, againstZero) = compare[op]!
    if right.constant?.intValue == 0 { return CondItem(opcode: againstZero) }
    load(genExpr(right))
    return CondItem(opcode: twoOperands)
  }

  /// `&&` and `||` (Lower has already replaced those with a known left side).
  private func genLogical(_ op: BinaryOperator, _ left: TypedExpression, _ right: TypedExpression) -> Item {
    let lcond = genCond(left)
    if op == .and {
      if lcond.isFalse { return .cond(lcond) }
      let falseJumps = jumpFalse(lcond)
      code.resolve(lcond.trueJumps)
      let rcond = genCond(right)
      return .cond(
        CondItem(
          opcode: rcond.opcode, trueJumps: rcond.trueJumps, falseJumps: mergeChains(falseJumps, rcond.falseJumps)))
    }
    if lcond.isTrue { return .cond(lcond) }
    let trueJumps = jumpTrue(lcond)
    code.resolve(lcond.falseJumps)
    let rcond = genCond(right)
    return .cond(
      CondItem(opcode: rcond.opcode, trueJumps: mergeChains(trueJumps, rcond.trueJumps), falseJumps: rcond.falseJumps))
  }

  /// Gen.visitUnary for ++ and --.
  private func genIncrement(_ increment: IncrementKind, _ target: TypedExpression) -> Item {
    let od = genExpr(target)
    let delta: Int32 = increment.isIncrement ? 1 : -1
    let op: JVMOpcode = increment.isIncrement ? .iadd : .isub
    duplicate(od)
    if case .local(let slot, _) = od {
      if increment.isPrefix {
        self.increment(slot: slot, by: delta)
        return od
      }
      let result = load(od)
      self.increment(slot: slot, by: delta)
      return result
    }
    if increment.isPrefix {
      load(od)
      emit(.iconst_1, .int(1))
      emit(op)
      return .assign(od)
    }
    let result = load(od)
    stash(od)
    emit(.iconst_1, .int(1))
    emit(op)
    store(od)
    return result
  }

  /// `c ? a : b` (Lower has already replaced one with a known condition).
  private func genConditional(_ condition: TypedExpression, _ then: TypedExpression, _ elsePart: TypedExpression)
    -> Item
  {
    var thenExit: JumpChain = []
    code.statBegin(condition.location)
    let cond = genCond(condition)
    let elseChain = jumpFalse(cond)
    if !cond.isFalse {
      code.resolve(cond.trueJumps)
      code.statBegin(then.location)
      load(genExpr(then))
      thenExit = code.branch(.goto)
    }
    if !elseChain.isEmpty {
      code.resolve(elseChain)
      code.statBegin(elsePart.location)
      load(genExpr(elsePart))
    }
    code.resolve(thenExit)
    return .stack(kind(of: then.type == .null ? elsePart.type : then.type))
  }

  /// Gen.genCond: an expression in a test (a conditional expression keeps its branches as jumps).
  func genCond(_ expression: TypedExpression) -> CondItem {
    let inner = expression.skippingParentheses
    if inner.constant == nil, case .conditional(let test, let then, let elsePart) = inner.kind {
      let cond = genCond(test)
      if cond.isTrue {
        code.resolve(cond.trueJumps)
        return genCond(then)
      }
      if cond.isFalse {
        code.resolve(cond.falseJumps)
        return genCond(elsePart)
      }
      let secondJumps = jumpFalse(cond)
      code.resolve(cond.trueJumps)
      let first = genCond(then)
      let falseJumps = jumpFalse(first)
      code.resolve(first.trueJumps)
      let trueJumps = code.branch(.goto)
      code.resolve(secondJumps)
      let second = genCond(elsePart)
      return CondItem(
        opcode: second.opcode, trueJumps: mergeChains(trueJumps, second.trueJumps),
        falseJumps: mergeChains(falseJumps, second.falseJumps))
    }
    return mkCond(genExpr(expression))
  }
}

extension JavaCompiler {
  /// `x op= e` as Lower rewrites it when e depends on x: `x = x op e`; when
  /// x is a field of some object other than this, in a let expression
  /// whose temporary local holds the object (javac's abstractLval).
  func genRewrittenCompoundAssign(
    _ op: BinaryOperator, _ target: TypedExpression, _ value: TypedExpression, at location: SourceLocation
  ) -> Item {
    func rewritten(_ variable: TypedExpression) -> TypedExpression {
      let arithmetic = TypedExpression(kind: .arithmetic(op, variable, value), type: .int, location: location)
      return TypedExpression(kind: .assign(target: variable, value: arithmetic), type: .int, location: location)
    }
    let object: TypedExpression
    switch target.skippingParentheses.kind {
    case .instanceField(let receiver, _) where !receiver.skippingParentheses.isThis: object = receiver
    case .staticField(_, let receiver?): object = receiver
    default: return genExpr(rewritten(target))
    }
    // visitLetExpr, its temporary declared at the compound assignment's position.
    code.resolvePending()
    let limit = code.nextSlot
    code.statBegin(location)
    // Lower's temporary is synthetic: it has a slot and live range, but no table row.
    let slot = code.newLocal(name: "$temporary", descriptor: object.type.descriptor, isSynthetic: true)
    let temporary = LocalVariable(id: -1 - slot, name: "$temporary", type: object.type)
    slots[temporary.id] = slot
    load(genExpr(object))
    store(.local(slot: slot, kind: .reference))
    let local = TypedExpression(kind: .local(temporary), type: object.type, location: object.location)
    var variable = target.skippingParentheses
    switch variable.kind {
    case .instanceField(_, let field): variable.kind = .instanceField(receiver: local, field)
    case .staticField(let field, _): variable.kind = .staticField(field, discardedReceiver: local)
    default: break
    }
    let result = load(genExpr(rewritten(variable)))
    code.endScopes(limit)
    return result
  }
}
