// Statements: blocks, local variables, expression statements, if/else,
// while, for, return, break, continue. Other Java statements are rejected.

import ScenarioSource

extension JavaParser {
  mutating func block() throws(Diagnostic) -> Block {
    let open = try expect(.leftBrace)
    return try nested(at: open.location) { parser throws(Diagnostic) in
      var statements: [Statement] = []
      while true {
        let token = try parser.peek()
        if token.kind == .punctuator(.rightBrace) {
          try parser.advance()
          return Block(statements: statements, location: open.location, endLocation: token.location)
        }
        if token.kind == .endOfFile { throw Diagnostic("reached end of file while parsing", at: token.location) }
        statements += try parser.blockStatement()
      }
    }
  }

  /// A statement in a block, where local variable declarations may appear
  /// (several declarators give several statements).
  mutating func blockStatement() throws(Diagnostic) -> [Statement] {
    let token = try peek()
    switch token.kind {
    case .keyword(.class), .keyword(.interface), .keyword(.enum), .keyword(.static), .keyword(.abstract):
      throw Diagnostic("local classes are not supported", at: token.location)
    case .keyword(.final):
      throw Diagnostic("the modifier 'final' is not supported", at: token.location)
    default:
      if try startsLocalVariable() { return try localVariables() }
      return [try statement()]
    }
  }

  /// Whether a local variable declaration starts here: a primitive type, or
  /// a (qualified) name, maybe with `[]`s, followed by another name.
  private mutating func startsLocalVariable() throws(Diagnostic) -> Bool {
    switch try peek().kind {
    case .keyword(.int), .keyword(.boolean), .keyword(.long), .keyword(.short), .keyword(.byte), .keyword(.char),
      .keyword(.float), .keyword(.double):
      return true
    case .identifier:
      var offset = 1
      while try at(.dot, offset), case .identifier = try peek(offset + 1).kind { offset += 2 }
      let afterArgument = try peek(offset + 2).kind
      if try at(.less, offset), case .identifier = try peek(offset + 1).kind,
        [.punctuator(.greater), .punctuator(.comma), .punctuator(.less)].contains(afterArgument)
      {
        throw Diagnostic("generics are not supported", at: try peek(offset).location)
      }
      while try at(.leftBracket, offset), try at(.rightBracket, offset + 1) { offset += 2 }
      if case .identifier = try peek(offset).kind { return true }
      return false
    default:
      return false
    }
  }

  private mutating func localVariables() throws(Diagnostic) -> [Statement] {
    let type = try self.type()
    if type.base == .void { throw Diagnostic("'void' is not a type for a variable", at: type.location) }
    var statements: [Statement] = []
    while true {
      let (name, location) = try identifier()
      if try at(.leftBracket) {
        throw Diagnostic("array brackets after a name are not supported (write Node[] a)", at: try peek().location)
      }
      var initializer: Expression? = nil
      if try accept(.assign) { initializer = try variableInitializer(type) }
      let declarator = VariableDeclarator(type: type, name: name, location: location, initializer: initializer)
      statements.append(Statement(kind: .localVariable(declarator), location: location))
      if try accept(.comma) { continue }
      try expect(.semicolon)
      return statements
    }
  }

  /// A statement where a declaration is not allowed (the body of an if or loop).
  mutating func statement() throws(Diagnostic) -> Statement {
    let token = try peek()
    let location = token.location
    let colonFollows = try at(.colon, 1)
    return try nested(at: location) { parser throws(Diagnostic) in
      switch token.kind {
      case .punctuator(.leftBrace):
        return Statement(kind: .block(try parser.block()), location: location)
      case .punctuator(.semicolon):
        try parser.advance()
        return Statement(kind: .empty, location: location)
      case .keyword(.if):
        try parser.advance()
        let condition = try parser.parenthesizedCondition()
        let then = try parser.embeddedStatement()
        var elsePart: Statement? = nil
        if try parser.at(.else) {
          try parser.advance()
          elsePart = try parser.embeddedStatement()
        }
        return Statement(kind: .ifElse(condition: condition, then: then, else: elsePart), location: location)
      case .keyword(.while):
        try parser.advance()
        let condition = try parser.parenthesizedCondition()
        return Statement(
          kind: .whileLoop(condition: condition, body: try parser.embeddedStatement()), location: location)
      case .keyword(.for):
        return try parser.forLoop()
      case .keyword(.return):
        try parser.advance()
        var value: Expression? = nil
        if try !parser.at(.semicolon) { value = try parser.expression() }
        try parser.expect(.semicolon)
        return Statement(kind: .returnStatement(value), location: location)
      case .keyword(.break), .keyword(.continue):
        try parser.advance()
        if case .identifier = try parser.peek().kind {
          throw Diagnostic("labels are not supported", at: try parser.peek().location)
        }
        try parser.expect(.semicolon)
        return Statement(
          kind: token.kind == .keyword(.break) ? .breakStatement : .continueStatement, location: location)
      case .keyword(.this), .keyword(.super):
        if try parser.at(.leftParen, 1) {
          try parser.advance()
          let open = try parser.peek().location
          let arguments = try parser.arguments()
          try parser.expect(.semicolon)
          return Statement(
            kind: .constructorCall(
              isSuper: token.kind == .keyword(.super), arguments: arguments, openParenthesis: open),
            location: location)
        }
        return try parser.expressionStatement()
      case .keyword(.do): throw Diagnostic("do-while loops are not supported", at: location)
      case .keyword(.switch): throw Diagnostic("switch is not supported", at: location)
      case .keyword(.try), .keyword(.throw), .keyword(.catch), .keyword(.finally):
        throw Diagnostic("exceptions are not supported", at: location)
      case .keyword(.synchronized): throw Diagnostic("synchronized is not supported", at: location)
      case .keyword(.assert): throw Diagnostic("assert is not supported", at: location)
      case .keyword(.else): throw Diagnostic("'else' without 'if'", at: location)
      case .identifier("yield"):
        throw Diagnostic("yield is not supported", at: location)
      case .identifier where colonFollows:
        throw Diagnostic("labels are not supported", at: location)
      default:
        return try parser.expressionStatement()
      }
    }
  }

  /// The body of an if, else, while or for: a declaration there is an error.
  private mutating func embeddedStatement() throws(Diagnostic) -> Statement {
    if try startsLocalVariable() {
      throw Diagnostic("variable declaration not allowed here", at: try peek().location)
    }
    return try statement()
  }

  private mutating func parenthesizedCondition() throws(Diagnostic) -> Expression {
    // javac's position for a loop condition is its `(`: keep the parentheses.
    let open = try peek()
    try expect(.leftParen)
    let inner = try expression()
    try expect(.rightParen)
    return Expression(kind: .parenthesized(inner), location: open.location, start: open.location)
  }

  private mutating func forLoop() throws(Diagnostic) -> Statement {
    let location = try advance().location
    try expect(.leftParen)
    var initializers: [Statement] = []
    if try !at(.semicolon) {
      if try startsLocalVariable() {
        // localVariables consumes the `;`.
        let type = try peek()
        initializers = try localVariables()
        if try at(.colon) { throw Diagnostic("enhanced for loops are not supported", at: type.location) }
      } else {
        initializers = try expressionStatementList()
        try expect(.semicolon)
      }
    } else {
      try advance()
    }
    if try at(.colon) { throw Diagnostic("enhanced for loops are not supported", at: location) }
    var condition: Expression? = nil
    if try !at(.semicolon) { condition = try expression() }
    try expect(.semicolon)
    var updates: [Expression] = []
    if try !at(.rightParen) {
      updates = try expressionStatementList().map { statement in
        guard case .expression(let expression) = statement.kind else { fatalError("an expression statement") }
        return expression
      }
    }
    try expect(.rightParen)
    let body = try embeddedStatement()
    return Statement(
      kind: .forLoop(initializers: initializers, condition: condition, updates: updates, body: body), location: location
    )
  }

  private mutating func expressionStatementList() throws(Diagnostic) -> [Statement] {
    var statements: [Statement] = []
    repeat {
      let start = try peek().location
      let expression = try self.expression()
      try checkStatementExpression(expression)
      statements.append(Statement(kind: .expression(expression), location: start))
    } while try accept(.comma)
    return statements
  }

  private mutating func expressionStatement() throws(Diagnostic) -> Statement {
    let start = try peek().location
    let expression = try self.expression()
    try checkStatementExpression(expression)
    try expect(.semicolon)
    return Statement(kind: .expression(expression), location: start)
  }

  /// Java allows only assignments, increments, calls and `new` as statements.
  private func checkStatementExpression(_ expression: Expression) throws(Diagnostic) {
    switch expression.kind {
    case .assign, .compoundAssign, .increment, .call, .newObject: return
    default: throw Diagnostic("not a statement", at: expression.start)
    }
  }
}
