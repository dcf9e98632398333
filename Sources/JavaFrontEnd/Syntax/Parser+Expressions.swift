// Expressions by precedence, lowest first: assignment, ?:, ||, &&,
// equality, relational, additive, multiplicative, unary, postfix, primary.
// Operators Java has but the subset lacks (bitwise, shifts, instanceof,
// casts, lambdas) are recognised and rejected.

import ScenarioSource

extension JavaParser {
  mutating func expression() throws(Diagnostic) -> Expression {
    let start = try peek().location
    return try nested(at: start) { parser throws(Diagnostic) in try parser.assignment() }
  }

  /// The initializer of a variable: an expression, or `{ a, b }` for an array.
  mutating func variableInitializer(_ type: TypeSyntax) throws(Diagnostic) -> Expression {
    let token = try peek()
    guard token.kind == .punctuator(.leftBrace) else { return try expression() }
    guard type.arrayDimensions > 0 else { throw Diagnostic("illegal initializer for a non-array", at: token.location) }
    var element = type
    element.arrayDimensions -= 1
    let elements = try arrayElements()
    return Expression(
      kind: .newArray(elementType: element, length: nil, elements: elements), location: token.location,
      start: token.location)
  }

  private mutating func arrayElements() throws(Diagnostic) -> [Expression] {
    try expect(.leftBrace)
    var elements: [Expression] = []
    while try !at(.rightBrace) {
      if try at(.leftBrace) { throw Diagnostic("nested array initializers are not supported", at: try peek().location) }
      elements.append(try expression())
      if try !accept(.comma) { break }
    }
    try expect(.rightBrace)
    return elements
  }

  private mutating func assignment() throws(Diagnostic) -> Expression {
    let target = try conditional()
    let token = try peek()
    guard case .punctuator(let punctuator) = token.kind else { return target }
    let compound: [JavaPunctuator: BinaryOperator] = [
      .plusAssign: .add, .minusAssign: .subtract, .starAssign: .multiply, .slashAssign: .divide,
      .percentAssign: .remainder,
    ]
    switch punctuator {
    case .assign:
      try advance()
      let value = try expression()
      return Expression(kind: .assign(target: target, value: value), location: token.location, start: target.start)
    case _ where compound[punctuator] != nil:
      try advance()
      let value = try expression()
      return Expression(
        kind: .compoundAssign(compound[punctuator]!, target: target, value: value), location: token.location,
        start: target.start)
    case .andAssign, .orAssign, .caretAssign, .shiftLeftAssign, .shiftRightAssign, .unsignedShiftRightAssign:
      throw Diagnostic("the operator '\(punctuator.rawValue)' is not supported", at: token.location)
    case .arrow:
      throw Diagnostic("lambda expressions are not supported", at: token.location)
    default:
      return target
    }
  }

  private mutating func conditional() throws(Diagnostic) -> Expression {
    let condition = try binary(level: 0)
    let question = try peek()
    guard question.kind == .punctuator(.question) else { return condition }
    try advance()
    let then = try expression()
    try expect(.colon)
    let elsePart = try nested(at: question.location) { parser throws(Diagnostic) in try parser.conditional() }
    return Expression(
      kind: .conditional(condition: condition, then: then, else: elsePart), location: question.location,
      start: condition.start)
  }

  /// Binary operators by level, lowest precedence first; each level is left-associative.
  private static let levels: [[JavaPunctuator: BinaryOperator]] = [
    [.orOr: .or],
    [.andAnd: .and],
    [.equalEqual: .equal, .notEqual: .notEqual],
    [.less: .less, .lessEqual: .lessEqual, .greater: .greater, .greaterEqual: .greaterEqual],
    [.plus: .add, .minus: .subtract],
    [.star: .multiply, .slash: .divide, .percent: .remainder],
  ]

  private static let unsupportedBinary: Set<JavaPunctuator> = [
    .ampersand, .pipe, .caret, .shiftLeft, .shiftRight, .unsignedShiftRight,
  ]

  private mutating func binary(level: Int) throws(Diagnostic) -> Expression {
    if level == Self.levels.count { return try unary() }
    var left = try binary(level: level + 1)
    var chain = 0
    while true {
      let token = try peek()
      if case .punctuator(let punctuator) = token.kind, Self.unsupportedBinary.contains(punctuator) {
        throw Diagnostic("the operator '\(punctuator.rawValue)' is not supported", at: token.location)
      }
      if token.kind == .keyword(.instanceof) { throw Diagnostic("instanceof is not supported", at: token.location) }
      guard case .punctuator(let punctuator) = token.kind, let op = Self.levels[level][punctuator] else { return left }
      // A long chain builds a deep left-leaning tree: bound it like nesting.
      chain += 1
      if depth + chain > Self.maximumDepth { throw Diagnostic("expression too long", at: token.location) }
      try advance()
      let right = try binary(level: level + 1)
      left = Expression(kind: .binary(op, left, right), location: token.location, start: left.start)
    }
  }

  private mutating func unary() throws(Diagnostic) -> Expression {
    let token = try peek()
    guard case .punctuator(let punctuator) = token.kind else { return try postfix() }
    switch punctuator {
    case .plusPlus, .minusMinus:
      try advance()
      let operand = try nested(at: token.location) { parser throws(Diagnostic) in try parser.unary() }
      return Expression(
        kind: .increment(punctuator == .plusPlus ? .preIncrement : .preDecrement, operand), location: token.location,
        start: token.location)
    case .minus, .plus, .bang:
      try advance()
      // -2147483648 is the one place the literal 2147483648 is allowed.
      // javac reads `-` and a decimal literal as one negative literal.
      if punctuator == .minus, case .intLiteral(let bits, true) = try peek().kind {
        try advance()
        let value = Int32(truncatingIfNeeded: -Int64(bits))
        return Expression(kind: .intLiteral(value), location: token.location, start: token.location)
      }
      let operand = try nested(at: token.location) { parser throws(Diagnostic) in try parser.unary() }
      let op: UnaryOperator = punctuator == .minus ? .negate : punctuator == .plus ? .plus : .not
      return Expression(kind: .unary(op, operand), location: token.location, start: token.location)
    case .tilde:
      throw Diagnostic("the operator '~' is not supported", at: token.location)
    default:
      return try postfix()
    }
  }

  private mutating func postfix() throws(Diagnostic) -> Expression {
    var expression = try primary()
    var chain = 0
    while true {
      chain += 1
      if depth + chain > Self.maximumDepth { throw Diagnostic("expression too long", at: try peek().location) }
      let token = try peek()
      switch token.kind {
      case .punctuator(.dot):
        try advance()
        let member = try peek()
        switch member.kind {
        case .keyword(.new): throw Diagnostic("inner class creation is not supported", at: member.location)
        case .keyword(.class): throw Diagnostic("class literals are not supported", at: member.location)
        case .keyword(.this), .keyword(.super):
          throw Diagnostic("qualified this/super is not supported", at: member.location)
        case .punctuator(.less): throw Diagnostic("generic method calls are not supported", at: member.location)
        default: break
        }
        let (name, nameLocation) = try identifier()
        if try at(.leftParen) {
          let open = try peek().location
          let arguments = try self.arguments()
          expression = Expression(
            kind: .call(target: expression, name: name, nameLocation: nameLocation, arguments: arguments),
            location: open,
            start: expression.start)
        } else {
          expression = Expression(
            kind: .fieldAccess(target: expression, name: name, nameLocation: nameLocation), location: token.location,
            start: expression.start)
        }
      case .punctuator(.leftBracket):
        try advance()
        let index = try self.expression()
        try expect(.rightBracket)
        expression = Expression(
          kind: .arrayAccess(array: expression, index: index), location: token.location, start: expression.start)
      case .punctuator(.plusPlus), .punctuator(.minusMinus):
        try advance()
        let kind: IncrementKind = token.kind == .punctuator(.plusPlus) ? .postIncrement : .postDecrement
        expression = Expression(kind: .increment(kind, expression), location: token.location, start: expression.start)
      case .punctuator(.doubleColon):
        throw Diagnostic("method references are not supported", at: token.location)
      default:
        return expression
      }
    }
  }

  mutating func arguments() throws(Diagnostic) -> [Expression] {
    try expect(.leftParen)
    var arguments: [Expression] = []
    if try accept(.rightParen) { return arguments }
    while true {
      arguments.append(try expression())
      if try accept(.rightParen) { return arguments }
      try expect(.comma)
    }
  }

  private mutating func primary() throws(Diagnostic) -> Expression {
    let token = try peek()
    let location = token.location
    func make(_ kind: Expression.Kind) -> Expression { Expression(kind: kind, location: location, start: location) }
    switch token.kind {
    case .intLiteral(let bits, let decimal):
      try advance()
      if decimal && bits == 2_147_483_648 {
        throw Diagnostic("integer number too large", at: location)
      }
      return make(.intLiteral(Int32(bitPattern: bits)))
    case .stringLiteral(let text):
      try advance()
      return make(.stringLiteral(text))
    case .keyword(.true), .keyword(.false):
      try advance()
      return make(.booleanLiteral(token.kind == .keyword(.true)))
    case .keyword(.null):
      try advance()
      return make(.nullLiteral)
    case .keyword(.this):
      try advance()
      return make(.this)
    case .keyword(.super):
      throw Diagnostic("super is not supported (classes have no superclass but Object)", at: location)
    case .keyword(.new):
      try advance()
      return try creator(at: location)
    case .keyword(.switch):
      throw Diagnostic("switch is not supported", at: location)
    case .keyword(let keyword)
    where [.int, .boolean, .long, .short, .byte, .char, .float, .double, .void].contains(keyword):
      throw Diagnostic("'\(keyword.rawValue)' cannot start an expression here", at: location)
    case .identifier(let name):
      if try at(.arrow, 1) { throw Diagnostic("lambda expressions are not supported", at: location) }
      try advance()
      if try at(.leftParen) {
        let open = try peek().location
        let arguments = try self.arguments()
        return Expression(
          kind: .call(target: nil, name: name, nameLocation: location, arguments: arguments), location: open,
          start: location)
      }
      return make(.name(name))
    case .punctuator(.leftParen):
      return try parenthesized()
    default:
      throw Diagnostic("illegal start of expression", at: location)
    }
  }

  private mutating func parenthesized() throws(Diagnostic) -> Expression {
    let open = try advance().location
    // `(int) x`, `(Node) x`, `(a, b) ->` and `() ->` are casts and lambdas.
    switch try peek().kind {
    case .keyword(let keyword) where [.int, .boolean, .long, .short, .byte, .char, .float, .double].contains(keyword):
      throw Diagnostic("casts are not supported", at: open)
    case .punctuator(.rightParen):
      throw Diagnostic(
        try at(.arrow, 1) ? "lambda expressions are not supported" : "illegal start of expression", at: open)
    default:
      break
    }
    let inner = try expression()
    try expect(.rightParen)
    if try at(.arrow) { throw Diagnostic("lambda expressions are not supported", at: open) }
    // A parenthesised name followed by an operand is a cast: `(Node) x`.
    if isName(inner) {
      switch try peek().kind {
      case .identifier, .intLiteral, .stringLiteral, .keyword(.this), .keyword(.new), .keyword(.null), .keyword(.true),
        .keyword(.false), .punctuator(.leftParen), .punctuator(.bang):
        throw Diagnostic("casts are not supported", at: open)
      default:
        break
      }
    }
    return Expression(kind: .parenthesized(inner), location: open, start: open)
  }

  private func isName(_ expression: Expression) -> Bool {
    switch expression.kind {
    case .name: return true
    case .fieldAccess(let target, _, _): return isName(target)
    default: return false
    }
  }

  /// After `new`: `Node(args)`, `Node[n]`, `Node[] { ... }`.
  private mutating func creator(at location: SourceLocation) throws(Diagnostic) -> Expression {
    let typeToken = try peek()
    let base: TypeSyntax.Base
    switch typeToken.kind {
    case .identifier(let name):
      var names = [name]
      try advance()
      while try at(.dot), case .identifier(let next) = try peek(1).kind {
        try advance()
        try advance()
        names.append(next)
      }
      base = .named(names)
    case .keyword(.int): try advance(); base = .int
    case .keyword(.boolean): try advance(); base = .boolean
    default:
      _ = try type()  // reports unsupported primitive types
      throw Diagnostic("<identifier> expected", at: typeToken.location)
    }
    if try at(.less) { throw Diagnostic("generics are not supported", at: try peek().location) }
    let elementType = TypeSyntax(base: base, arrayDimensions: 0, location: typeToken.location)
    if try at(.leftParen) {
      let arguments = try self.arguments()
      if try at(.leftBrace) { throw Diagnostic("anonymous classes are not supported", at: try peek().location) }
      return Expression(kind: .newObject(type: elementType, arguments: arguments), location: location, start: location)
    }
    guard try at(.leftBracket) else { throw Diagnostic("'(' or '[' expected", at: try peek().location) }
    try advance()
    if try accept(.rightBracket) {
      if try at(.leftBracket) { throw Diagnostic("arrays of arrays are not supported", at: try peek().location) }
      let elements = try arrayElements()
      return Expression(
        kind: .newArray(elementType: elementType, length: nil, elements: elements), location: location, start: location)
    }
    let length = try expression()
    try expect(.rightBracket)
    if try at(.leftBracket) { throw Diagnostic("arrays of arrays are not supported", at: try peek().location) }
    return Expression(
      kind: .newArray(elementType: elementType, length: length, elements: nil), location: location, start: location)
  }
}
