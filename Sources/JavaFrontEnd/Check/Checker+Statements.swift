// Statements: scopes of local variables, conditions, loops, returns.

import ScenarioSource

extension JavaChecker {
  func checkBlock(_ block: Block) throws(Diagnostic) -> TypedStatement {
    try withScope { () throws(Diagnostic) in
      var statements: [TypedStatement] = []
      for statement in block.statements { statements.append(try checkBlockStatement(statement)) }
      return TypedStatement(kind: .block(statements, end: block.endLocation), location: block.location)
    }
  }

  func checkBlockStatement(_ statement: Statement) throws(Diagnostic) -> TypedStatement {
    let location = statement.location
    switch statement.kind {
    case .localVariable(let declarator):
      let type = try resolve(declarator.type, in: currentClass)
      // In scope from its own initializer on (which may not read it: flow analysis).
      let local = try declareLocal(declarator.name, type, at: declarator.location, methodName: currentMethodName)
      let initializer = try declarator.initializer.map { value throws(Diagnostic) in
        try checkAssignable(value, to: type)
      }
      return TypedStatement(kind: .localVariable(local, initializer: initializer), location: location)
    default:
      return try checkStatement(statement)
    }
  }

  func checkStatement(_ statement: Statement) throws(Diagnostic) -> TypedStatement {
    let location = statement.location
    func make(_ kind: TypedStatement.Kind) -> TypedStatement { TypedStatement(kind: kind, location: location) }
    switch statement.kind {
    case .block(let block):
      return try checkBlock(block)
    case .localVariable:
      return try checkBlockStatement(statement)
    case .expression(let expression):
      return make(.expression(try checkExpression(expression, allowVoid: true)))
    case .ifElse(let condition, let then, let elsePart):
      let typedCondition = try checkCondition(condition)
      let typedThen = try checkStatement(then)
      let typedElse = try elsePart.map { part throws(Diagnostic) in try checkStatement(part) }
      return make(.ifElse(condition: typedCondition, then: typedThen, else: typedElse))
    case .whileLoop(let condition, let body):
      let typedCondition = try checkCondition(condition)
      loopDepth += 1
      defer { loopDepth -= 1 }
      return make(.whileLoop(condition: typedCondition, body: try checkStatement(body)))
    case .forLoop(let initializers, let condition, let updates, let body):
      return try withScope { () throws(Diagnostic) in
        var typedInitializers: [TypedStatement] = []
        for initializer in initializers { typedInitializers.append(try checkBlockStatement(initializer)) }
        let typedCondition = try condition.map { value throws(Diagnostic) in try checkCondition(value) }
        var typedUpdates: [TypedStatement] = []
        for update in updates {
          typedUpdates.append(
            TypedStatement(kind: .expression(try checkExpression(update, allowVoid: true)), location: update.start))
        }
        loopDepth += 1
        defer { loopDepth -= 1 }
        let typedBody = try checkStatement(body)
        return make(
          .forLoop(initializers: typedInitializers, condition: typedCondition, updates: typedUpdates, body: typedBody))
      }
    case .returnStatement(let value):
      if inInitializerBlock { throw Diagnostic("return outside method", at: location) }
      guard let value else {
        if returnType != .void { throw Diagnostic("missing return value", at: location) }
        return make(.returnStatement(nil))
      }
      if returnType == .void {
        throw Diagnostic("incompatible types: unexpected return value", at: value.start)
      }
      return make(.returnStatement(try checkAssignable(value, to: returnType)))
    case .breakStatement:
      if loopDepth == 0 { throw Diagnostic("break outside switch or loop", at: location) }
      return make(.breakStatement)
    case .continueStatement:
      if loopDepth == 0 { throw Diagnostic("continue outside of loop", at: location) }
      return make(.continueStatement)
    case .empty:
      return make(.empty)
    case .constructorCall(let isSuper, _, _):
      let keyword = isSuper ? "super" : "this"
      throw Diagnostic("call to \(keyword) must be first statement in constructor", at: location)
    }
  }

  func checkCondition(_ expression: Expression) throws(Diagnostic) -> TypedExpression {
    let typed = try checkExpression(expression)
    guard typed.type == .boolean else {
      throw Diagnostic(
        "incompatible types: \(typed.type.sourceName) cannot be converted to boolean", at: expression.start)
    }
    return typed
  }
}
