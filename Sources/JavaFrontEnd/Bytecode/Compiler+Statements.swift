// Statements, as javac's Gen visits them: a statement is compiled only if
// code can reach it, marks its line first, and gives back the slots of the
// locals it declared when it ends.

extension JavaCompiler {
  func genStats(_ statements: [TypedStatement]) {
    for statement in statements { genStat(statement) }
  }

  func genStat(_ statement: TypedStatement) {
    // Unreachable code (after a return that Lower exposed) is not compiled,
    // and its locals get no slot.
    guard code.isAlive else { return }
    code.statBegin(statement.location)
    switch statement.kind {
    case .localVariable(let local, let initializer):
      let slot = code.newLocal(name: local.name, descriptor: local.type.descriptor)
      slots[local.id] = slot
      if let initializer {
        load(genExpr(lower(initializer)))
        store(.local(slot: slot, kind: kind(of: local.type)))
      }
    case .expression(let expression):
      // javac compiles a statement `x++` as `++x`.
      var value = lower(expression)
      if case .increment(let increment, let target) = value.kind, !increment.isPrefix {
        value.kind = .increment(increment.isIncrement ? .preIncrement : .preDecrement, target: target)
      }
      drop(genExpr(value))
    case .block(let statements, let end):
      let limit = code.nextSlot
      genStats(statements)
      // Ending the scope of a stored local marks the closing brace's line.
      code.statBegin(end)
      code.endScopes(limit)
      code.clearPendingLine()
    case .ifElse(let condition, let then, let elsePart):
      genIf(lower(condition), then, elsePart)
    case .whileLoop(let condition, let body):
      genLoop(condition: lower(condition), body: body, updates: [])
    case .forLoop(let initializers, let condition, let updates, let body):
      let limit = code.nextSlot
      genStats(initializers)
      genLoop(condition: condition.map(lower), body: body, updates: updates)
      code.endScopes(limit)
    case .returnStatement(let value):
      if let value {
        load(genExpr(lower(value)))
        // javac puts the return statement's line back before the return
        // instruction (visitReturn saves and restores pendingStatPos).
        code.statBegin(statement.location)
        emit(returnType.isReference ? .areturn : .ireturn)
      } else {
        emit(.return)
      }
    case .breakStatement:
      loops[loops.count - 1].exits = mergeChains(code.branch(.goto), loops[loops.count - 1].exits)
    case .continueStatement:
      loops[loops.count - 1].continues = mergeChains(code.branch(.goto), loops[loops.count - 1].continues)
    case .empty:
      break
    }
  }

  private func genIf(_ condition: TypedExpression, _ then: TypedStatement, _ elsePart: TypedStatement?) {
    // Lower replaces an if on a known condition by the branch taken (or nothing).
    if let value = knownTruth(condition) {
      if value {
        genStat(then)
      } else if let elsePart {
        genStat(elsePart)
      }
      return
    }
    let limit = code.nextSlot
    var thenExit: JumpChain = []
    let cond = genCond(condition)
    let elseChain = jumpFalse(cond)
    if !cond.isFalse {
      code.resolve(cond.trueJumps)
      genStat(then)
      thenExit = code.branch(.goto)
    }
    if !elseChain.isEmpty {
      code.resolve(elseChain)
      if let elsePart { genStat(elsePart) }
    }
    code.resolve(thenExit)
    code.endScopes(limit)
  }

  /// A while or for loop, condition first (javac's genLoop with testFirst).
  private func genLoop(condition: TypedExpression?, body: TypedStatement, updates: [TypedStatement]) {
    loops.append(([], []))
    let start = code.entryPoint()
    let cond: CondItem
    if let condition {
      code.statBegin(condition.location)
      cond = genCond(condition)
    } else {
      cond = CondItem(opcode: .goto)
    }
    let loopDone = jumpFalse(cond)
    code.resolve(cond.trueJumps)
    genStat(body)
    code.resolve(loops[loops.count - 1].continues)
    genStats(updates)
    code.resolve(code.branch(.goto), to: start)
    code.resolve(loopDone)
    var exits = loops.removeLast().exits
    if !exits.isEmpty {
      // The body's slots hold nothing after the loop (javac excludes them
      // from the state of the first jump of the exit chain).
      exits[0].defined = exits[0].defined.filter { $0 < code.nextSlot }
      code.resolve(exits)
    }
  }

  func kind(of type: JavaType) -> JVMValueKind {
    type.isReference ? .reference : .int
  }
}
