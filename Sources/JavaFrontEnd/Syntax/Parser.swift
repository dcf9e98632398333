// A recursive-descent parser for the Java subset: declarations here,
// statements and expressions in the extensions beside this file. Java
// constructs outside the subset are recognised far enough to be rejected
// with a message that names them.

import ScenarioSource

struct JavaParser {
  /// Deeper nesting of statements or expressions than this is an error
  /// rather than a recursion that could exhaust a thread's stack.
  static let maximumDepth = 1000

  private var lexer: JavaLexer
  private var lookahead: [JavaToken] = []
  var depth = 0

  init(_ source: String) {
    lexer = JavaLexer(source)
  }

  static func parse(_ source: String) throws(Diagnostic) -> JavaSourceFile {
    var parser = JavaParser(source)
    return try parser.sourceFile()
  }

  // MARK: Tokens

  /// The token `offset` places ahead (0: the current one).
  mutating func peek(_ offset: Int = 0) throws(Diagnostic) -> JavaToken {
    while lookahead.count <= offset {
      if let last = lookahead.last, last.kind == .endOfFile {
        lookahead.append(last)
      } else {
        lookahead.append(try lexer.next())
      }
    }
    return lookahead[offset]
  }

  @discardableResult
  mutating func advance() throws(Diagnostic) -> JavaToken {
    let token = try peek()
    lookahead.removeFirst()
    return token
  }

  mutating func at(_ punctuator: JavaPunctuator, _ offset: Int = 0) throws(Diagnostic) -> Bool {
    try peek(offset).kind == .punctuator(punctuator)
  }

  mutating func at(_ keyword: JavaKeyword, _ offset: Int = 0) throws(Diagnostic) -> Bool {
    try peek(offset).kind == .keyword(keyword)
  }

  mutating func accept(_ punctuator: JavaPunctuator) throws(Diagnostic) -> Bool {
    if try at(punctuator) {
      try advance()
      return true
    }
    return false
  }

  @discardableResult
  mutating func expect(_ punctuator: JavaPunctuator) throws(Diagnostic) -> JavaToken {
    let token = try peek()
    guard token.kind == .punctuator(punctuator) else {
      throw Diagnostic("'\(punctuator.rawValue)' expected", at: token.location)
    }
    return try advance()
  }

  mutating func identifier(_ what: String = "<identifier>") throws(Diagnostic) -> (String, SourceLocation) {
    let token = try peek()
    switch token.kind {
    case .identifier(let name):
      try advance()
      return (name, token.location)
    case .keyword(let keyword) where keyword != .true && keyword != .false && keyword != .null:
      throw Diagnostic("\(what) expected ('\(keyword.rawValue)' is a reserved word)", at: token.location)
    default:
      throw Diagnostic("\(what) expected", at: token.location)
    }
  }

  /// Runs `body` one nesting level deeper, failing past `maximumDepth`.
  mutating func nested<T>(at location: SourceLocation, _ body: (inout JavaParser) throws(Diagnostic) -> T)
    throws(Diagnostic) -> T
  {
    depth += 1
    defer { depth -= 1 }
    if depth > Self.maximumDepth { throw Diagnostic("code nested too deeply", at: location) }
    return try body(&self)
  }

  // MARK: Declarations

  mutating func sourceFile() throws(Diagnostic) -> JavaSourceFile {
    var classes: [ClassDeclaration] = []
    while true {
      let token = try peek()
      switch token.kind {
      case .endOfFile:
        return JavaSourceFile(classes: classes)
      case .keyword(.package):
        throw Diagnostic("package declarations are not supported", at: token.location)
      case .keyword(.import):
        throw Diagnostic("imports are not supported (only java.lang's System and String are known)", at: token.location)
      case .punctuator(.semicolon):
        try advance()
      default:
        let modifiers = try self.modifiers()
        classes.append(try classDeclaration(modifiers))
      }
    }
  }

  mutating func modifiers() throws(Diagnostic) -> Modifiers {
    var modifiers = Modifiers()
    while true {
      let token = try peek()
      let seen: Bool
      switch token.kind {
      case .keyword(.public): seen = modifiers.isPublic; modifiers.isPublic = true
      case .keyword(.private): seen = modifiers.isPrivate; modifiers.isPrivate = true
      case .keyword(.protected): seen = modifiers.isProtected; modifiers.isProtected = true
      case .keyword(.static): seen = modifiers.isStatic; modifiers.isStatic = true
      case .keyword(let keyword)
      where [.final, .abstract, .native, .synchronized, .transient, .volatile, .strictfp, .default].contains(keyword):
        throw Diagnostic("the modifier '\(keyword.rawValue)' is not supported", at: token.location)
      case .punctuator(.at):
        throw Diagnostic("annotations are not supported", at: token.location)
      default:
        return modifiers
      }
      if seen { throw Diagnostic("repeated modifier", at: token.location) }
      let accessCount = [modifiers.isPublic, modifiers.isPrivate, modifiers.isProtected].filter { $0 }.count
      if accessCount > 1 { throw Diagnostic("illegal combination of modifiers", at: token.location) }
      if modifiers.location == nil { modifiers.location = token.location }
      try advance()
    }
  }

  mutating func classDeclaration(_ modifiers: Modifiers) throws(Diagnostic) -> ClassDeclaration {
    let token = try peek()
    switch token.kind {
    case .keyword(.class): break
    case .keyword(.interface): throw Diagnostic("interfaces are not supported", at: token.location)
    case .keyword(.enum): throw Diagnostic("enums are not supported", at: token.location)
    case .identifier("record"): throw Diagnostic("records are not supported", at: token.location)
    default: throw Diagnostic("class expected", at: token.location)
    }
    try advance()
    let (name, nameLocation) = try identifier("class name")
    let next = try peek()
    switch next.kind {
    case .punctuator(.less): throw Diagnostic("generic classes are not supported", at: next.location)
    case .keyword(.extends):
      throw Diagnostic("'extends' is not supported (every class extends Object)", at: next.location)
    case .keyword(.implements): throw Diagnostic("interfaces are not supported", at: next.location)
    case .identifier("permits"): throw Diagnostic("sealed classes are not supported", at: next.location)
    default: break
    }
    try expect(.leftBrace)
    var members: [MemberDeclaration] = []
    while try !at(.rightBrace) {
      if try peek().kind == .endOfFile {
        throw Diagnostic("reached end of file while parsing", at: try peek().location)
      }
      members += try member(className: name)
    }
    try advance()
    return ClassDeclaration(
      name: name, modifiers: modifiers, location: token.location, nameLocation: nameLocation, members: members)
  }

  /// One member declaration; a field declaration with several names gives several.
  mutating func member(className: String) throws(Diagnostic) -> [MemberDeclaration] {
    if try accept(.semicolon) { return [] }
    if try at(.leftBrace) { return [.initializer(isStatic: false, body: try block())] }
    if try at(.static), try at(.leftBrace, 1) {
      try advance()
      return [.initializer(isStatic: true, body: try block())]
    }
    let modifiers = try self.modifiers()
    let token = try peek()
    let parenthesisFollows = try at(.leftParen, 1)
    switch token.kind {
    case .keyword(.class), .keyword(.interface), .keyword(.enum):
      return [.nestedClass(try classDeclaration(modifiers))]
    case .identifier("record") where !parenthesisFollows:
      return [.nestedClass(try classDeclaration(modifiers))]
    case .punctuator(.less):
      throw Diagnostic("generic methods are not supported", at: token.location)
    case .identifier(let name) where parenthesisFollows:
      // A constructor: a name and `(` with no type before it.
      guard name == className else {
        throw Diagnostic("invalid method declaration; return type required", at: token.location)
      }
      try advance()
      let parameters = try self.parameters()
      let body = try methodBody()
      return [
        .method(
          MethodDeclaration(
            modifiers: modifiers, returnType: nil, name: "<init>", location: token.location, parameters: parameters,
            body: body))
      ]
    default:
      break
    }
    let type = try self.type()
    let (name, location) = try identifier()
    if try at(.leftParen) {
      let parameters = try self.parameters()
      if try at(.leftBracket) {
        throw Diagnostic("array brackets after the parameter list are not supported", at: try peek().location)
      }
      let body = try methodBody()
      return [
        .method(
          MethodDeclaration(
            modifiers: modifiers, returnType: type, name: name, location: location, parameters: parameters, body: body))
      ]
    }
    if type.base == .void { throw Diagnostic("'(' expected", at: try peek().location) }
    var fields: [MemberDeclaration] = []
    var declarator = (name: name, location: location)
    while true {
      if try at(.leftBracket) {
        throw Diagnostic("array brackets after a name are not supported (write Node[] a)", at: try peek().location)
      }
      var initializer: Expression? = nil
      if try accept(.assign) { initializer = try variableInitializer(type) }
      fields.append(
        .field(
          FieldDeclaration(
            modifiers: modifiers, type: type, name: declarator.name, location: declarator.location,
            initializer: initializer)))
      if try accept(.comma) {
        declarator = try identifier()
        continue
      }
      try expect(.semicolon)
      return fields
    }
  }

  mutating func parameters() throws(Diagnostic) -> [Parameter] {
    try expect(.leftParen)
    var parameters: [Parameter] = []
    if try accept(.rightParen) { return parameters }
    while true {
      let modifiers = try self.modifiers()
      if let location = modifiers.location {
        throw Diagnostic("modifiers on parameters are not supported", at: location)
      }
      let type = try self.type()
      if try at(.ellipsis) { throw Diagnostic("variable-arity parameters are not supported", at: try peek().location) }
      let (name, location) = try identifier()
      if try at(.leftBracket) {
        throw Diagnostic("array brackets after a name are not supported (write Node[] a)", at: try peek().location)
      }
      parameters.append(Parameter(type: type, name: name, location: location))
      if try accept(.rightParen) { return parameters }
      try expect(.comma)
    }
  }

  mutating func methodBody() throws(Diagnostic) -> Block {
    let token = try peek()
    if token.kind == .keyword(.throws) {
      throw Diagnostic("exceptions ('throws') are not supported", at: token.location)
    }
    if token.kind == .punctuator(.semicolon) {
      throw Diagnostic("methods without a body are not supported", at: token.location)
    }
    return try block()
  }

  /// A type: `int`, `boolean`, `void`, `Name`, `Outer.Inner`, each maybe with `[]`s.
  mutating func type() throws(Diagnostic) -> TypeSyntax {
    let token = try peek()
    let base: TypeSyntax.Base
    switch token.kind {
    case .keyword(.int): base = .int
    case .keyword(.boolean): base = .boolean
    case .keyword(.void): base = .void
    case .keyword(let keyword) where [.long, .short, .byte, .char, .float, .double].contains(keyword):
      throw Diagnostic(
        "the type '\(keyword.rawValue)' is not supported (only int, boolean and classes)", at: token.location)
    case .identifier(let name):
      if name == "var" { throw Diagnostic("'var' is not supported (write the type)", at: token.location) }
      var names = [name]
      try advance()
      while try at(.dot), case .identifier(let next) = try peek(1).kind {
        try advance()
        try advance()
        names.append(next)
      }
      if try at(.less) { throw Diagnostic("generics are not supported", at: try peek().location) }
      return TypeSyntax(base: .named(names), arrayDimensions: try arrayDimensions(), location: token.location)
    default:
      throw Diagnostic("<identifier> expected", at: token.location)
    }
    try advance()
    return TypeSyntax(base: base, arrayDimensions: try arrayDimensions(), location: token.location)
  }

  private mutating func arrayDimensions() throws(Diagnostic) -> Int {
    var dimensions = 0
    while try at(.leftBracket), try at(.rightBracket, 1) {
      try advance()
      try advance()
      dimensions += 1
    }
    return dimensions
  }
}
