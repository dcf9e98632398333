// A recursive-descent parser for the scenario subset of Python
// (docs: scenario-language.md). Constructs outside the subset are rejected here,
// at the offending token, with "<what> is not supported by the simulator", so a
// scenario fails before it runs rather than halfway through.
//
// Every expression and statement gets the span CPython 3.11's `ast` gives it
// (see `Expr` and `Stmt`): from its first token to the end of its last, with
// 1-based columns in Unicode scalars. A parenthesized expression `(x)` is `x`
// with `x`'s own span, but an expression containing it spans the parentheses
// too: `(a) + b` starts at `(`. `lastEnd`, the end of the last token consumed,
// gives each construct its end as soon as its last token is consumed.

public enum PythonParser {
  /// Parses `source` as a module of the given dialect. In `.python2`, `print`
  /// is a statement keyword (`print`, `print x`, `print x, y`, `print x,`;
  /// `print(x)` is a print statement of a parenthesized expression, so
  /// `print(a, b)` prints a tuple, as in CPython 2). In `.python3`, `print` is
  /// an ordinary name.
  public static func parse(_ source: String, dialect: PythonDialect) throws(Diagnostic) -> Module {
    let parser = Parser(source: source, dialect: dialect)
    return Module(body: try parser.parseModule(), dialect: dialect)
  }

  /// `.python2` if some statement is a Python 2 print statement: it starts with
  /// `print` followed by a token that cannot follow the name `print` in a
  /// sensible Python 3 statement (a string, a number, a name, `-`, `+`, `{`,
  /// `>>`), else `.python3`. Never fails: a lexical error ends the scan.
  public static func detectDialect(_ source: String) -> PythonDialect {
    var lexer = Lexer(source)
    var bracketDepth = 0
    var atStatementStart = true
    var afterPrint = false
    while let token = try? lexer.next(), token.kind != .endOfFile {
      if afterPrint && followsPython2Print(token) { return .python2 }
      afterPrint = atStatementStart && bracketDepth == 0 && token.isName("print")
      switch token.kind {
      case .newline, .indent, .dedent:
        atStatementStart = true
      case .punctuator(.semicolon), .punctuator(.colon):
        // `if x: print 'a'` and `a; print b` start statements too.
        atStatementStart = bracketDepth == 0
      case .punctuator(.leftParen), .punctuator(.leftBracket), .punctuator(.leftBrace):
        bracketDepth += 1
        atStatementStart = false
      case .punctuator(.rightParen), .punctuator(.rightBracket), .punctuator(.rightBrace):
        bracketDepth = max(0, bracketDepth - 1)
        atStatementStart = false
      default:
        atStatementStart = false
      }
    }
    return .python3
  }

  private static func followsPython2Print(_ token: Token) -> Bool {
    switch token.kind {
    case .string, .int:
      return true
    case .name(let word):
      // These can follow an expression in Python 3 (`print if x else y`).
      return !["and", "or", "not", "in", "is", "if", "else", "for"].contains(word)
    case .punctuator(let punctuator):
      return [.minus, .plus, .leftBrace, .shiftRight, .tilde].contains(punctuator)
    default:
      return false
    }
  }
}

/// The parser's state. A class so the recursive methods share one token buffer.
final class Parser {
  /// Bound on nested brackets, unary operators, operator chains and blocks
  /// together, so hostile input cannot exhaust the stack here or in later
  /// passes that walk the tree recursively. At the bound the parser needs
  /// roughly 250 KB of stack in release builds and 1.2 MB in debug builds.
  static let maximumDepth = 100

  private static let commonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
  ]

  private var lexer: Lexer
  /// Tokens read ahead of the parse position (at most two).
  private var buffer: [Token] = []
  private let dialect: PythonDialect
  private let keywords: Set<String>
  private var depth = 0
  /// The end of the last token consumed.
  private var lastEnd = SourceLocation(line: 1, column: 1)
  private var loopDepth = 0
  private var functionDepth = 0
  /// Inside a `finally:` block of this function (`return` out of it is
  /// refused), and inside one within the innermost loop (`break` and
  /// `continue` out of it are refused).
  private var finallyDepth = 0
  private var finallyInLoopDepth = 0

  init(source: String, dialect: PythonDialect, origin: SourceLocation? = nil) {
    lexer = origin.map { Lexer(source, origin: $0) } ?? Lexer(source)
    lexer.dialect = dialect
    self.dialect = dialect
    keywords = dialect == .python2 ? Parser.commonKeywords.union(["print", "exec"]) : Parser.commonKeywords
  }

  func parseModule() throws(Diagnostic) -> [Stmt] {
    var body: [Stmt] = []
    while true {
      let token = try peek()
      switch token.kind {
      case .endOfFile:
        return body
      case .newline:
        try advance()
      default:
        body += try parseStatement()
      }
    }
  }

  // MARK: - Statements

  private func parseStatement() throws(Diagnostic) -> [Stmt] {
    let token = try peek()
    switch token.kind {
    case .indent:
      throw Diagnostic("unexpected indent", at: token.location)
    case .punctuator(.at):
      return [try parseDecorated()]
    case .name("if"):
      return [try parseIf()]
    case .name("while"):
      return [try parseWhile()]
    case .name("for"):
      return [try parseFor()]
    case .name("def"):
      return [try parseFunction()]
    case .name("class"):
      return [try parseClass()]
    case .name("try"):
      return [try parseTry()]
    case .name("with"):
      return [try parseWith()]
    case .name("async"):
      throw Diagnostic("async is not supported by the simulator", at: token.location)
    default:
      return try parseSimpleStatements()
    }
  }

  /// `small (';' small)* [';'] NEWLINE`
  private func parseSimpleStatements() throws(Diagnostic) -> [Stmt] {
    var statements: [Stmt] = []
    while true {
      var statement = try parseSmallStatement()
      statement.end = lastEnd
      statements.append(statement)
      guard try accept(.semicolon) != nil else { break }
      if try peek().kind == .newline { break }
    }
    let end = try peek()
    guard end.kind == .newline else { throw unexpected(end) }
    try advance()
    return statements
  }

  private func parseSmallStatement() throws(Diagnostic) -> Stmt {
    let token = try peek()
    guard case .name(let word) = token.kind else { return try parseExpressionStatement() }
    switch word {
    case "pass":
      try advance()
      return Stmt(.pass, at: token.location)
    case "break":
      try advance()
      if loopDepth == 0 { throw Diagnostic("'break' outside loop", at: token.location) }
      try refuseJumpOutOfFinally(token, finallyInLoopDepth)
      return Stmt(.breakLoop, at: token.location)
    case "continue":
      try advance()
      if loopDepth == 0 { throw Diagnostic("'continue' not properly in loop", at: token.location) }
      try refuseJumpOutOfFinally(token, finallyInLoopDepth)
      return Stmt(.continueLoop, at: token.location)
    case "global":
      return try parseGlobal()
    case "del":
      return try parseDelete()
    case "return":
      return try parseReturn()
    case "import":
      return try parseImport()
    case "from":
      return try parseFromImport()
    case "assert":
      try advance()
      let condition = try parseTest()
      let message = try accept(.comma) != nil ? try parseTest() : nil
      return Stmt(.assertion(condition: condition, message: message), at: token.location)
    case "print" where dialect == .python2:
      return try parsePrint()
    case "exec" where dialect == .python2:
      throw Diagnostic("exec is not supported by the simulator", at: token.location)
    case "raise":
      return try parseRaise()
    case "nonlocal" where dialect == .python3:
      if functionDepth == 0 {
        throw Diagnostic("nonlocal declaration not allowed at module level", at: token.location)
      }
      try advance()
      var names = [try expectName()]
      while try accept(.comma) != nil { names.append(try expectName()) }
      return Stmt(.nonlocal(names), at: token.location)
    default:
      return try parseExpressionStatement()
    }
  }

  /// Expression statements, assignments and augmented assignments.
  private func parseExpressionStatement() throws(Diagnostic) -> Stmt {
    let start = try peek().location  // `(a) = 1` starts at `(`, as in CPython
    let first = try parseYieldOrTestList()
    let token = try peek()
    if token.isPunctuator(.assign) {
      var targets = [first]
      try checkTarget(first, deleting: false)
      var value = first
      while try accept(.assign) != nil {
        value = try parseYieldOrTestList()
        if try peek().isPunctuator(.assign) {
          try checkTarget(value, deleting: false)
          targets.append(value)
        }
      }
      return Stmt(.assign(targets: targets, value: value), at: start)
    }
    if let op = token.punctuator?.augmentedOperator {
      try checkAugmentedTarget(first)
      try advance()
      let value = try parseYieldOrTestList()
      return Stmt(.augmentedAssign(target: first, op: op, value: value), at: start)
    }
    if token.isPunctuator(.colon) {
      throw Diagnostic("variable annotations are not supported by the simulator", at: token.location)
    }
    if dialect == .python3, case .name("print") = first.kind, startsPrintOperand(token) {
      throw Diagnostic("missing parentheses in call to 'print'. Did you mean print(...)?", at: first.location)
    }
    return Stmt(.expression(first), at: start)
  }

  /// Whether `token`, after a bare `print` in Python 3, looks like Python 2 print's operand.
  private func startsPrintOperand(_ token: Token) -> Bool {
    switch token.kind {
    case .string, .int: true
    case .name(let word): !keywords.contains(word)
    default: false
    }
  }

  private func parseGlobal() throws(Diagnostic) -> Stmt {
    let token = try advance()
    var names = [try expectName()]
    while try accept(.comma) != nil { names.append(try expectName()) }
    return Stmt(.global(names), at: token.location)
  }

  private func parseDelete() throws(Diagnostic) -> Stmt {
    let token = try advance()
    var targets: [Expr] = []
    repeat {
      if try atStatementEnd() && !targets.isEmpty { break }
      let target = try parseTest()
      try checkTarget(target, deleting: true)
      targets.append(target)
    } while try accept(.comma) != nil
    return Stmt(.delete(targets), at: token.location)
  }

  private func parseReturn() throws(Diagnostic) -> Stmt {
    let token = try advance()
    if functionDepth == 0 { throw Diagnostic("'return' outside function", at: token.location) }
    try refuseJumpOutOfFinally(token, finallyDepth)
    let value = try atStatementEnd() ? nil : try parseTestList()
    return Stmt(.returnValue(value), at: token.location)
  }

  private func parseImport() throws(Diagnostic) -> Stmt {
    let token = try advance()
    var modules: [(module: String, alias: String?, location: SourceLocation)] = []
    repeat {
      let location = try peek().location
      let module = try parseDottedName()
      let alias = try acceptKeyword("as") != nil ? try expectName() : nil
      modules.append((module, alias, location))
    } while try accept(.comma) != nil
    return Stmt(.importModules(modules), at: token.location)
  }

  private func parseFromImport() throws(Diagnostic) -> Stmt {
    let token = try advance()
    let first = try peek()
    if first.isPunctuator(.dot) || first.isPunctuator(.ellipsis) {
      throw Diagnostic("relative imports are not supported by the simulator", at: first.location)
    }
    let module = try parseDottedName()
    guard try acceptKeyword("import") != nil else { throw unexpected(try peek(), expected: "'import'") }
    let star = try peek()
    if star.isPunctuator(.star) {
      throw Diagnostic("'import *' is not supported by the simulator", at: star.location)
    }
    let parenthesized = try accept(.leftParen) != nil
    var names: [(name: String, alias: String?, location: SourceLocation)] = []
    while true {
      let location = try peek().location
      let name = try expectName()
      let alias = try acceptKeyword("as") != nil ? try expectName() : nil
      names.append((name, alias, location))
      guard let comma = try accept(.comma) else { break }
      if parenthesized {
        if try peek().isPunctuator(.rightParen) { break }
      } else if try atStatementEnd() {
        throw Diagnostic("trailing comma not allowed without surrounding parentheses", at: comma.location)
      }
    }
    if parenthesized { try expect(.rightParen, "',' or ')'") }
    return Stmt(.importFrom(module: module, names: names), at: token.location)
  }

  private func parseDottedName() throws(Diagnostic) -> String {
    var name = try expectName()
    while try accept(.dot) != nil { name += "." + (try expectName()) }
    return name
  }

  /// The Python 2 print statement (only reached in the `.python2` dialect).
  private func parsePrint() throws(Diagnostic) -> Stmt {
    let token = try advance()
    let chevron = try peek()
    if chevron.isPunctuator(.shiftRight) {
      throw Diagnostic("print redirection ('print >>') is not supported by the simulator", at: chevron.location)
    }
    var values: [Expr] = []
    var trailingComma = false
    if try !atStatementEnd() {
      while true {
        values.append(try parseTest())
        guard try accept(.comma) != nil else { break }
        if try atStatementEnd() {
          trailingComma = true
          break
        }
      }
    }
    return Stmt(.printStatement(values: values, trailingComma: trailingComma), at: token.location)
  }

  // MARK: Compound statements

  private func parseIf() throws(Diagnostic) -> Stmt {
    let token = try advance()
    let condition = try parseTest()
    var branches = [(condition: condition, body: try parseBlock(after: "'if' statement", token))]
    while let elif = try acceptKeyword("elif") {
      let condition = try parseTest()
      branches.append((condition, try parseBlock(after: "'elif' statement", elif)))
    }
    var orElse: [Stmt]? = nil
    if let elseToken = try acceptKeyword("else") {
      orElse = try parseBlock(after: "'else' statement", elseToken)
    }
    let last = orElse ?? branches[branches.count - 1].body
    return Stmt(.ifElse(branches: branches, orElse: orElse), at: token.location, end: blockEnd(last))
  }

  private func parseWhile() throws(Diagnostic) -> Stmt {
    let token = try advance()
    let condition = try parseTest()
    let (body, orElse) = try parseLoopBody(after: "'while' statement", token)
    return Stmt(
      .whileLoop(condition: condition, body: body, orElse: orElse), at: token.location,
      end: blockEnd(orElse ?? body))
  }

  private func parseFor() throws(Diagnostic) -> Stmt {
    let token = try advance()
    let target = try parseForTarget()
    try checkTarget(target, deleting: false)
    guard try acceptKeyword("in") != nil else { throw unexpected(try peek(), expected: "'in'") }
    let iterable = try parseTestList()
    let (body, orElse) = try parseLoopBody(after: "'for' statement", token)
    return Stmt(
      .forLoop(target: target, iterable: iterable, body: body, orElse: orElse), at: token.location,
      end: blockEnd(orElse ?? body))
  }

  /// `try` block, `except` clauses (a bare one last), `else` (only after
  /// an `except`), `finally`.
  /// `with a as x, b: body` (2.7 and 3.x alike; no parenthesized form).
  private func parseWith() throws(Diagnostic) -> Stmt {
    let keyword = try advance()
    var items: [(context: Expr, target: Expr?)] = []
    repeat {
      let context = try parseTest()
      var target: Expr?
      if try acceptKeyword("as") != nil {
        // One target: a comma starts the next manager.
        let t = try parseTest()
        try checkTarget(t, deleting: false)
        target = t
      }
      items.append((context, target))
    } while try accept(.comma) != nil
    let body = try parseBlock(after: "'with' statement", keyword)
    return Stmt(.with(items: items, body: body), at: keyword.location, end: blockEnd(body))
  }

  private func parseTry() throws(Diagnostic) -> Stmt {
    let token = try advance()
    let body = try parseBlock(after: "'try' statement", token)
    var handlers: [ExceptHandler] = []
    while let except = try acceptKeyword("except") {
      if let bare = handlers.last, bare.type == nil {
        throw Diagnostic("default 'except:' must be last", at: bare.location)
      }
      var type: Expr?
      var name: String?
      if try !peek().isPunctuator(.colon) {
        type = try parseTest()
        if try acceptKeyword("as") != nil {
          name = try expectName()
        } else if let comma = try accept(.comma) {
          guard dialect == .python2 else {
            throw Diagnostic("multiple exception types must be parenthesized", at: type!.location)
          }
          _ = comma
          name = try expectName()
        }
      }
      let block = try parseBlock(after: "'except' statement", except)
      handlers.append(ExceptHandler(type: type, name: name, body: block, location: except.location))
    }
    var orElse: [Stmt]?
    if let elseToken = try acceptKeyword("else") {
      if handlers.isEmpty { throw Diagnostic("invalid syntax", at: elseToken.location) }
      orElse = try parseBlock(after: "'else' statement", elseToken)
    }
    var finally: [Stmt]?
    if let finallyToken = try acceptKeyword("finally") {
      finallyDepth += 1
      finallyInLoopDepth += 1
      defer {
        finallyDepth -= 1
        finallyInLoopDepth -= 1
      }
      finally = try parseBlock(after: "'finally' statement", finallyToken)
    }
    if handlers.isEmpty && finally == nil {
      throw Diagnostic("expected 'except' or 'finally' block", at: try peek().location)
    }
    return Stmt(
      .tryStatement(body: body, handlers: handlers, orElse: orElse, finally: finally), at: token.location,
      end: blockEnd(finally ?? orElse ?? handlers.last?.body ?? body))
  }

  /// A jump out of a `finally:` block would drop the exception it runs
  /// for (CPython allows it); the simulator does not model that.
  private func refuseJumpOutOfFinally(_ token: Token, _ depth: Int) throws(Diagnostic) {
    guard depth > 0, case .name(let word) = token.kind else { return }
    throw Diagnostic("'\(word)' inside a 'finally' block is not supported by the simulator", at: token.location)
  }

  /// `raise`, `raise X`, 3.x `raise X from Y`; 2.7's `raise E, V` is refused.
  private func parseRaise() throws(Diagnostic) -> Stmt {
    let token = try advance()
    if try atStatementEnd() { return Stmt(.raise(nil, cause: nil), at: token.location) }
    let value = try parseTest()
    if let from = try acceptKeyword("from") {
      guard dialect == .python3 else {
        throw Diagnostic(
          "'raise ... from' (Python 3) is not supported by the simulator under cpython2.7", at: from.location)
      }
      return Stmt(.raise(value, cause: try parseTest()), at: token.location)
    }
    if let comma = try accept(.comma) {
      throw Diagnostic(
        "'raise E, V' is not supported by the simulator; write 'raise E(V)'", at: comma.location)
    }
    return Stmt(.raise(value, cause: nil), at: token.location)
  }

  /// A loop body and its `else:` block, if any (not inside the loop:
  /// `break` there belongs to an enclosing loop).
  private func parseLoopBody(after description: String, _ keyword: Token) throws(Diagnostic) -> (
    [Stmt], [Stmt]?
  ) {
    loopDepth += 1
    let savedFinally = finallyInLoopDepth
    finallyInLoopDepth = 0
    let body = try parseBlock(after: description, keyword)
    finallyInLoopDepth = savedFinally
    loopDepth -= 1
    guard let elseToken = try acceptKeyword("else") else { return (body, nil) }
    return (body, try parseBlock(after: "'else' statement", elseToken))
  }

  /// `for` targets stop before `in`, so they are parsed below comparisons.
  private func parseForTarget() throws(Diagnostic) -> Expr {
    let start = try peek().location
    let first = try parseExpression(.additive)
    guard try peek().isPunctuator(.comma) else { return first }
    var items = [first]
    while try accept(.comma) != nil {
      if try peek().isName("in") { break }
      items.append(try parseExpression(.additive))
    }
    return Expr(.tuple(items), at: start, end: lastEnd)
  }

  /// `@expression NEWLINE`, one or more, then the `def` or `class` they decorate.
  private func parseDecorated() throws(Diagnostic) -> Stmt {
    var decorators: [Expr] = []
    while try accept(.at) != nil {
      decorators.append(try parseTest())
      let end = try peek()
      guard end.kind == .newline else { throw unexpected(end) }
      try advance()
    }
    let next = try peek()
    var statement: Stmt
    switch next.kind {
    case .name("def"): statement = try parseFunction()
    case .name("class"): statement = try parseClass()
    case .name("async"): throw Diagnostic("async is not supported by the simulator", at: next.location)
    default: throw unexpected(next, expected: "'def' or 'class'")
    }
    switch statement.kind {
    case .functionDef(var def):
      def.decorators = decorators
      statement.kind = .functionDef(def)
    case .classDef(var cls):
      cls.decorators = decorators
      statement.kind = .classDef(cls)
    default: break
    }
    return statement
  }

  private func parseFunction() throws(Diagnostic) -> Stmt {
    let token = try advance()
    let name = try expectName()
    try expect(.leftParen, "'('")
    var parameters: [FunctionDef.Parameter] = []
    var seen: Set<String> = []
    while try !peek().isPunctuator(.rightParen) {
      let start = try peek()
      let kind = try parameterKind(start, after: parameters)
      let parameterName = try expectName()
      if !seen.insert(parameterName).inserted {
        throw Diagnostic("duplicate argument '\(parameterName)' in function definition", at: start.location)
      }
      if let colon = try accept(.colon) {
        throw Diagnostic("annotations are not supported by the simulator", at: colon.location)
      }
      if kind != .regular {
        parameters.append(
          FunctionDef.Parameter(name: parameterName, defaultValue: nil, location: start.location, kind: kind))
        guard try accept(.comma) != nil else { break }
        continue
      }
      let defaultValue = try accept(.assign) != nil ? try parseTest() : nil
      if defaultValue == nil && parameters.last?.defaultValue != nil {
        throw Diagnostic("non-default argument follows default argument", at: start.location)
      }
      parameters.append(
        FunctionDef.Parameter(name: parameterName, defaultValue: defaultValue, location: start.location))
      guard try accept(.comma) != nil else { break }
    }
    try expect(.rightParen, "',' or ')'")
    let savedLoopDepth = loopDepth
    let savedFinally = (finallyDepth, finallyInLoopDepth)
    loopDepth = 0
    (finallyDepth, finallyInLoopDepth) = (0, 0)
    functionDepth += 1
    let body = try parseBlock(after: "function definition", token)
    functionDepth -= 1
    loopDepth = savedLoopDepth
    (finallyDepth, finallyInLoopDepth) = savedFinally
    return Stmt(
      .functionDef(FunctionDef(name: name, parameters: parameters, body: body)), at: token.location,
      end: blockEnd(body))
  }

  /// `*name` and `**name` (consumed here; the name follows), or a plain
  /// parameter. Keyword-only parameters (after `*`) and `/` are refused.
  private func parameterKind(_ token: Token, after parameters: [FunctionDef.Parameter]) throws(Diagnostic)
    -> FunctionDef.Parameter.Kind
  {
    if parameters.last?.kind == .varkw {
      throw Diagnostic("arguments cannot follow var-keyword argument", at: token.location)
    }
    switch token.kind {
    case .punctuator(.star):
      let next = try peek(1)
      if next.isPunctuator(.comma) || next.isPunctuator(.rightParen) || next.isPunctuator(.colon)
        || parameters.contains(where: { $0.kind == .varargs })
      {
        throw Diagnostic("keyword-only parameters are not supported by the simulator", at: token.location)
      }
      try advance()
      return .varargs
    case .punctuator(.doubleStar):
      try advance()
      return .varkw
    case .punctuator(.slash):
      throw Diagnostic("positional-only parameters ('/') are not supported by the simulator", at: token.location)
    default:
      if parameters.contains(where: { $0.kind == .varargs }) {
        throw Diagnostic("keyword-only parameters are not supported by the simulator", at: token.location)
      }
      return .regular
    }
  }

  private func parseClass() throws(Diagnostic) -> Stmt {
    let token = try advance()
    let name = try expectName()
    var bases: [Expr]? = nil
    if let open = try accept(.leftParen) {
      try enter(at: open.location)
      defer { leave() }
      bases = try parseArguments(keywords: false)
    }
    // A class body is not inside the enclosing function or loop.
    let savedLoopDepth = loopDepth
    let savedFunctionDepth = functionDepth
    let savedFinally = (finallyDepth, finallyInLoopDepth)
    loopDepth = 0
    functionDepth = 0
    (finallyDepth, finallyInLoopDepth) = (0, 0)
    let body = try parseBlock(after: "class definition", token)
    loopDepth = savedLoopDepth
    functionDepth = savedFunctionDepth
    (finallyDepth, finallyInLoopDepth) = savedFinally
    return Stmt(
      .classDef(ClassDef(name: name, bases: bases, body: body)), at: token.location, end: blockEnd(body))
  }

  /// Where a compound statement whose last block is `body` ends: where the
  /// block's last statement ends, as in CPython. A block is never empty; the
  /// fallback is only for safety.
  private func blockEnd(_ body: [Stmt]) -> SourceLocation { body.last?.end ?? lastEnd }

  /// `':' simple_statements` or `':' NEWLINE INDENT statement+ DEDENT`.
  private func parseBlock(after description: String, _ keyword: Token) throws(Diagnostic) -> [Stmt] {
    try expect(.colon, "':'")
    guard try peek().kind == .newline else { return try parseSimpleStatements() }
    try advance()
    let indent = try peek()
    guard indent.kind == .indent else {
      throw Diagnostic(
        "expected an indented block after \(description) on line \(keyword.location.line)", at: indent.location)
    }
    try advance()
    try enter(at: indent.location)
    defer { leave() }
    var body: [Stmt] = []
    while true {
      let token = try peek()
      if token.kind == .dedent {
        try advance()
        return body
      }
      if token.kind == .endOfFile { return body }
      body += try parseStatement()
    }
  }

  // MARK: Targets

  private func checkTarget(_ target: Expr, deleting: Bool) throws(Diagnostic) {
    switch target.kind {
    case .name, .attribute, .subscript, .slice:
      return
    case .tuple(let items), .list(let items):
      for item in items { try checkTarget(item, deleting: deleting) }
    default:
      let verb = deleting ? "delete" : "assign to"
      throw Diagnostic("cannot \(verb) \(describe(target))", at: target.location)
    }
  }

  private func checkAugmentedTarget(_ target: Expr) throws(Diagnostic) {
    switch target.kind {
    case .name, .attribute, .subscript, .slice:
      return
    default:
      throw Diagnostic("'\(describe(target))' is an illegal expression for augmented assignment", at: target.location)
    }
  }

  /// How CPython names a kind of expression in "cannot assign to ..." errors.
  private func describe(_ expr: Expr) -> String {
    switch expr.kind {
    case .name(let name): name
    case .int, .float, .string: "literal"
    case .none: "None"
    case .bool(let value): value ? "True" : "False"
    case .call: "function call"
    case .compare: "comparison"
    case .dict: "dict literal"
    case .set: "set display"
    case .setComprehension: "set comprehension"
    case .tuple: "tuple"
    case .list: "list"
    case .attribute: "attribute"
    case .subscript, .slice: "subscript"
    case .binary, .unary, .boolean: "expression"
    case .conditional: "conditional expression"
    case .keyword: "keyword argument"
    case .comprehension(_, let value, _): value == nil ? "list comprehension" : "dict comprehension"
    case .generatorExpression: "generator expression"
    case .lambda: "lambda"
    case .yield: "yield expression"
    case .formattedString: "f-string expression"
    case .starred: "starred"
    case .doubleStarred: "double starred"
    }
  }

  // MARK: - Expressions

  /// A yield expression where the grammar allows one (a statement, an
  /// assignment's value, inside parentheses), else a test list.
  private func parseYieldOrTestList() throws(Diagnostic) -> Expr {
    let token = try peek()
    guard case .name("yield") = token.kind else { return try parseTestList() }
    try advance()
    if functionDepth == 0 { throw Diagnostic("'yield' outside function", at: token.location) }
    if case .name("from") = try peek().kind {
      throw Diagnostic("'yield from' is not supported by the simulator", at: token.location)
    }
    let next = try peek()
    if try atStatementEnd() || next.isPunctuator(.rightParen) || next.isPunctuator(.assign) {
      return Expr(.yield(nil), at: token.location, end: token.end)
    }
    let value = try parseTestList()
    return Expr(.yield(value), at: token.location, end: value.end)
  }

  /// `test (',' test)* [',']`: a tuple without parentheses where Python allows one.
  private func parseTestList() throws(Diagnostic) -> Expr {
    let start = try peek().location
    let first = try parseTest()
    guard try peek().isPunctuator(.comma) else { return first }
    var items = [first]
    while try accept(.comma) != nil {
      if !startsExpression(try peek()) { break }
      items.append(try parseTest())
    }
    return Expr(.tuple(items), at: start, end: lastEnd)
  }

  /// Whether a tuple may continue with `token` after a comma.
  private func startsExpression(_ token: Token) -> Bool {
    switch token.kind {
    case .int, .float, .string:
      return true
    case .name(let word):
      return !keywords.contains(word) || ["None", "True", "False", "not", "lambda", "yield", "await"].contains(word)
    case .punctuator(let punctuator):
      return [.leftParen, .leftBracket, .leftBrace, .minus, .plus, .tilde, .star].contains(punctuator)
    default:
      return false
    }
  }

  /// A single expression, a conditional one (`a if c else b`) included.
  private func parseTest() throws(Diagnostic) -> Expr {
    let expr = try parseExpression(.or)
    let token = try peek()
    guard token.isName("if") else { return expr }
    try advance()
    try enter(at: token.location)
    defer { leave() }
    let condition = try parseExpression(.or)
    guard try acceptKeyword("else") != nil else {
      throw Diagnostic("expected 'else' after 'if' expression", at: try peek().location)
    }
    let orElse = try parseTest()
    return Expr(.conditional(expr, condition: condition, orElse: orElse), at: expr.location, end: lastEnd)
  }

  /// Binary operator levels, loosest first. Operands are parsed by precedence
  /// climbing rather than one function per level: that keeps the stack cost of
  /// each nested parenthesis small (about six frames), so the depth bound is
  /// safe even on threads with small stacks.
  private enum Level: Int, Comparable {
    case or, and, not, comparison, bitOr, bitXor, bitAnd, shift, additive, multiplicative

    static func < (left: Level, right: Level) -> Bool { left.rawValue < right.rawValue }
  }

  /// The level of the binary operator `token` would be, if any.
  private func binaryLevel(of token: Token) throws(Diagnostic) -> Level? {
    switch token.kind {
    case .name("or"): return .or
    case .name("and"): return .and
    case .name("in"), .name("is"): return .comparison
    case .name("not"): return try peek(1).isName("in") ? .comparison : nil
    case .punctuator(.equalEqual), .punctuator(.notEqual), .punctuator(.less), .punctuator(.lessEqual),
      .punctuator(.greater), .punctuator(.greaterEqual):
      return .comparison
    case .punctuator(.pipe): return .bitOr
    case .punctuator(.caret): return .bitXor
    case .punctuator(.ampersand): return .bitAnd
    case .punctuator(.shiftLeft), .punctuator(.shiftRight): return .shift
    case .punctuator(.plus), .punctuator(.minus): return .additive
    case .punctuator(.star), .punctuator(.slash), .punctuator(.doubleSlash), .punctuator(.percent):
      return .multiplicative
    default: return nil
    }
  }

  /// An expression whose operators all bind at least as tightly as `minimum`.
  private func parseExpression(_ minimum: Level) throws(Diagnostic) -> Expr {
    let start = try peek().location
    var left: Expr
    if minimum <= .not, let not = try acceptKeyword("not") {
      try enter(at: not.location)
      defer { leave() }
      let operand = try parseExpression(.not)
      left = Expr(.unary(.not, operand), at: start, end: lastEnd)
    } else {
      left = try parseFactor()
    }
    // Left-associative chains build trees as deep as the chain is long, and
    // later passes walk trees recursively, so each link counts toward the depth.
    var links = 0
    defer { depth -= links }
    while true {
      let token = try peek()
      guard let level = try binaryLevel(of: token), level >= minimum else { return left }
      switch level {
      case .or, .and:
        let op: BooleanOperator = level == .or ? .or : .and
        var operands = [left]
        while try acceptKeyword(op.rawValue) != nil {
          operands.append(try parseExpression(level == .or ? .and : .not))
        }
        left = Expr(.boolean(op, operands), at: start, end: lastEnd)
      case .comparison:
        var rest: [(op: ComparisonOperator, right: Expr)] = []
        while let op = try acceptComparisonOperator() {
          rest.append((op, try parseExpression(.bitOr)))
        }
        left = Expr(.compare(left, rest), at: start, end: lastEnd)
      case .bitOr, .bitXor, .bitAnd, .shift, .additive, .multiplicative:
        try enter(at: token.location)
        links += 1
        try advance()
        let op: BinaryOperator
        switch token.kind {
        case .punctuator(.plus): op = .add
        case .punctuator(.minus): op = .subtract
        case .punctuator(.star): op = .multiply
        case .punctuator(.doubleSlash): op = .floorDivide
        case .punctuator(.slash): op = .trueDivide
        case .punctuator(.pipe): op = .bitOr
        case .punctuator(.caret): op = .bitXor
        case .punctuator(.ampersand): op = .bitAnd
        case .punctuator(.shiftLeft): op = .leftShift
        case .punctuator(.shiftRight): op = .rightShift
        default: op = .modulo
        }
        // The right operand binds one level tighter (left-associative).
        let right =
          level == .multiplicative ? try parseFactor() : try parseExpression(Level(rawValue: level.rawValue + 1)!)
        left = Expr(
          .binary(op, left, right), at: start, end: lastEnd, operatorRange: SourceRange(token.location, token.end))
      case .not:
        return left  // `not` is only a prefix operator
      }
    }
  }

  private func acceptComparisonOperator() throws(Diagnostic) -> ComparisonOperator? {
    let token = try peek()
    let op: ComparisonOperator
    switch token.kind {
    case .punctuator(.equalEqual): op = .equal
    case .punctuator(.notEqual): op = .notEqual
    case .punctuator(.less): op = .less
    case .punctuator(.lessEqual): op = .lessEqual
    case .punctuator(.greater): op = .greater
    case .punctuator(.greaterEqual): op = .greaterEqual
    case .name("in"): op = .contains
    case .name("is"):
      try advance()
      return try acceptKeyword("not") != nil ? .isNot : .isSame
    case .name("not") where try peek(1).isName("in"):
      try advance()
      try advance()
      return .notContains
    default:
      return nil
    }
    try advance()
    return op
  }

  private func parseFactor() throws(Diagnostic) -> Expr {
    let token = try peek()
    let op: UnaryOperator
    switch token.kind {
    case .punctuator(.minus): op = .negate
    case .punctuator(.plus): op = .plus
    case .punctuator(.tilde): op = .invert
    default: return try parsePower()
    }
    try advance()
    try enter(at: token.location)
    defer { leave() }
    let operand = try parseFactor()
    return Expr(.unary(op, operand), at: token.location, end: lastEnd)
  }

  /// `base ** exponent`: binds tighter than a unary operator on its left
  /// (`-2 ** 2` is -4) and looser than one on its right, right-associative.
  private func parsePower() throws(Diagnostic) -> Expr {
    let start = try peek().location
    let base = try parsePostfix()
    let token = try peek()
    guard token.isPunctuator(.doubleStar) else { return base }
    try advance()
    try enter(at: token.location)
    defer { leave() }
    let exponent = try parseFactor()
    return Expr(
      .binary(.power, base, exponent), at: start, end: lastEnd, operatorRange: SourceRange(token.location, token.end))
  }

  /// An atom followed by calls, subscripts, slices and attribute accesses.
  private func parsePostfix() throws(Diagnostic) -> Expr {
    let start = try peek().location  // `(f)(x)` starts at the first `(`
    var expr = try parseAtom()
    var links = 0
    defer { depth -= links }
    while true {
      let token = try peek()
      if token.isPunctuator(.leftParen) || token.isPunctuator(.leftBracket) || token.isPunctuator(.dot) {
        try enter(at: token.location)
        links += 1
      }
      switch token.kind {
      case .punctuator(.leftParen):
        try advance()
        try enter(at: token.location)
        defer { leave() }
        let arguments = try parseArguments()
        expr = Expr(
          .call(expr, arguments), at: start, end: lastEnd, operatorRange: SourceRange(token.location, lastEnd))
      case .punctuator(.leftBracket):
        try advance()
        try enter(at: token.location)
        defer { leave() }
        expr = try parseSubscript(of: expr, at: start, open: token)
      case .punctuator(.dot):
        try advance()
        let name = try expectName()
        expr = Expr(.attribute(expr, name), at: start, end: lastEnd)
      default:
        return expr
      }
    }
  }

  /// Arguments up to and including `)`: positional ones, then `name=value`
  /// (`.keyword`) ones; `keywords: false` (a class statement) refuses those.
  private func parseArguments(keywords allowsKeywords: Bool = true) throws(Diagnostic) -> [Expr] {
    // The `(` just read: a lone generator expression argument spans from it.
    let open = SourceLocation(line: lastEnd.line, column: lastEnd.column - 1)
    var arguments: [Expr] = []
    var names: Set<String> = []
    scan: while try !peek().isPunctuator(.rightParen) {
      let token = try peek()
      switch token.kind {
      case .punctuator(.star), .punctuator(.doubleStar):
        guard allowsKeywords else {
          throw Diagnostic(
            "argument unpacking in a class statement is not supported by the simulator", at: token.location)
        }
        let double = token.isPunctuator(.doubleStar)
        try advance()
        if !double && arguments.contains(where: { if case .doubleStarred = $0.kind { true } else { false } }) {
          throw Diagnostic(
            "iterable argument unpacking follows keyword argument unpacking", at: token.location)
        }
        let value = try parseTest()
        arguments.append(Expr(double ? .doubleStarred(value) : .starred(value), at: token.location, end: lastEnd))
        if double { names.insert("**") }
        guard try accept(.comma) != nil else { break scan }
        continue scan
      case .name(let word) where !keywords.contains(word):
        if try peek(1).isPunctuator(.assign) {
          guard allowsKeywords else {
            throw Diagnostic(
              "keyword arguments in a class statement are not supported by the simulator", at: token.location)
          }
          try advance()
          try advance()
          guard names.insert(word).inserted else {
            throw Diagnostic("keyword argument repeated: \(word)", at: token.location)
          }
          let value = try parseTest()
          arguments.append(Expr(.keyword(word, value), at: token.location, end: lastEnd))
          guard try accept(.comma) != nil else { break scan }
          continue scan
        }
      default:
        break
      }
      if !names.isEmpty {
        throw Diagnostic("positional argument follows keyword argument", at: token.location)
      }
      let argument = try parseTest()
      if try peek().isName("for") {
        let clauses = try parseComprehensionClauses()
        guard arguments.isEmpty, try peek().isPunctuator(.rightParen) else {
          throw Diagnostic("Generator expression must be parenthesized", at: argument.location)
        }
        try advance()
        return [Expr(.generatorExpression(element: argument, clauses: clauses), at: open, end: lastEnd)]
      }
      try rejectComprehension("generator expressions")
      arguments.append(argument)
      guard try accept(.comma) != nil else { break }
    }
    try expect(.rightParen, "',' or ')'")
    return arguments
  }

  /// After `value[`: an index, a tuple index, or a `lower:upper` slice.
  /// `start` is where the whole expression starts; `open` is the `[`.
  private func parseSubscript(of value: Expr, at start: SourceLocation, open: Token) throws(Diagnostic) -> Expr {
    func subscripted(_ kind: Expr.Kind) -> Expr {
      Expr(kind, at: start, end: lastEnd, operatorRange: SourceRange(open.location, lastEnd))
    }
    var lower: Expr? = nil
    if try !peek().isPunctuator(.colon) {
      let indexStart = try peek().location
      let index = try parseTest()
      if try peek().isPunctuator(.comma) {
        var items = [index]
        while try accept(.comma) != nil {
          if try peek().isPunctuator(.rightBracket) { break }
          items.append(try parseTest())
        }
        let tuple = Expr(.tuple(items), at: indexStart, end: lastEnd)
        try expect(.rightBracket, "',' or ']'")
        return subscripted(.subscript(value, tuple))
      }
      lower = index
    }
    guard try accept(.colon) != nil else {
      try expect(.rightBracket, "']'")
      return subscripted(.subscript(value, lower!))
    }
    var upper: Expr? = nil
    let next = try peek()
    if !next.isPunctuator(.rightBracket) && !next.isPunctuator(.colon) { upper = try parseTest() }
    if try accept(.colon) != nil {
      let step = try peek()
      if !step.isPunctuator(.rightBracket) {
        throw Diagnostic("slice steps are not supported by the simulator", at: step.location)
      }
    }
    try expect(.rightBracket, "']'")
    return subscripted(.slice(value, lower: lower, upper: upper))
  }

  private func parseAtom() throws(Diagnostic) -> Expr {
    let token = try peek()
    switch token.kind {
    case .name(let word):
      return try parseWord(word, token)
    case .int(let value):
      try advance()
      return Expr(.int(value), at: token.location, end: token.end)
    case .float(let value):
      try advance()
      return Expr(.float(value), at: token.location, end: token.end)
    case .string, .formattedString:
      // Adjacent literals concatenate: 'a' "b" is 'ab'; with an f-string
      // among them, one f-string.
      var pieces: [FormattedPiece] = []
      var formatted = false
      while true {
        let next = try peek()
        if case .string(let text) = next.kind {
          pieces.append(.literal(text))
        } else if case .formattedString(let parts) = next.kind {
          formatted = true
          pieces += try formattedPieces(parts)
        } else {
          break
        }
        try advance()
      }
      let merged = FormattedPiece.merged(pieces)
      guard formatted else {
        if case .literal(let text)? = merged.first { return Expr(.string(text), at: token.location, end: lastEnd) }
        return Expr(.string(""), at: token.location, end: lastEnd)
      }
      return Expr(.formattedString(merged), at: token.location, end: lastEnd)
    case .punctuator(.leftParen):
      return try parseParenthesized()
    case .punctuator(.leftBracket):
      return try parseList()
    case .punctuator(.leftBrace):
      return try parseDict()
    case .punctuator(.star):
      throw Diagnostic("starred expressions are not supported by the simulator", at: token.location)
    default:
      throw unexpected(token, expected: "an expression")
    }
  }

  private func parseWord(_ word: String, _ token: Token) throws(Diagnostic) -> Expr {
    let kind: Expr.Kind
    switch word {
    case "None": kind = .none
    case "True": kind = .bool(true)
    case "False": kind = .bool(false)
    case "lambda": return try parseLambda(token)
    case "yield": throw Diagnostic("a yield expression here is not supported by the simulator", at: token.location)
    case "await": throw Diagnostic("await is not supported by the simulator", at: token.location)
    case _ where keywords.contains(word): throw Diagnostic("invalid syntax", at: token.location)
    default: kind = .name(word)
    }
    try advance()
    return Expr(kind, at: token.location, end: token.end)
  }

  /// `()`, `(x)`, `(x,)`, `(x, y)`.
  private func parseParenthesized() throws(Diagnostic) -> Expr {
    let open = try advance()
    try enter(at: open.location)
    defer { leave() }
    if try accept(.rightParen) != nil { return Expr(.tuple([]), at: open.location, end: lastEnd) }
    if case .name("yield") = try peek().kind {
      let value = try parseYieldOrTestList()
      try expect(.rightParen, "')'")
      return value
    }
    let first = try parseTest()
    if try peek().isName("for") {
      let clauses = try parseComprehensionClauses()
      try expect(.rightParen, "')'")
      return Expr(.generatorExpression(element: first, clauses: clauses), at: open.location, end: lastEnd)
    }
    try rejectComprehension("generator expressions")
    if try accept(.rightParen) != nil { return first }
    var items = [first]
    while try accept(.comma) != nil {
      if try peek().isPunctuator(.rightParen) { break }
      items.append(try parseTest())
    }
    try expect(.rightParen, "',' or ')'")
    return Expr(.tuple(items), at: open.location, end: lastEnd)
  }

  private func parseList() throws(Diagnostic) -> Expr {
    let open = try advance()
    try enter(at: open.location)
    defer { leave() }
    var items: [Expr] = []
    while try !peek().isPunctuator(.rightBracket) {
      items.append(try parseTest())
      if items.count == 1, try peek().isName("async") {
        throw Diagnostic("async comprehensions are not supported by the simulator", at: try peek().location)
      }
      if items.count == 1, try peek().isName("for") {
        let clauses = try parseComprehensionClauses()
        try expect(.rightBracket, "']'")
        return Expr(.comprehension(element: items[0], value: nil, clauses: clauses), at: open.location, end: lastEnd)
      }
      guard try accept(.comma) != nil else { break }
    }
    try expect(.rightBracket, "',' or ']'")
    return Expr(.list(items), at: open.location, end: lastEnd)
  }

  private func parseDict() throws(Diagnostic) -> Expr {
    let open = try advance()
    try enter(at: open.location)
    defer { leave() }
    var entries: [(key: Expr, value: Expr)] = []
    while try !peek().isPunctuator(.rightBrace) {
      let start = try peek()
      if start.isPunctuator(.doubleStar) {
        throw Diagnostic("dictionary unpacking ('**') is not supported by the simulator", at: start.location)
      }
      if entries.isEmpty && start.isPunctuator(.star) {
        throw Diagnostic("unpacking ('*') in a set display is not supported by the simulator", at: start.location)
      }
      let key = try parseTest()
      if entries.isEmpty {
        if try peek().isName("async") {
          throw Diagnostic("async comprehensions are not supported by the simulator", at: try peek().location)
        }
        if try peek().isName("for") {
          let clauses = try parseComprehensionClauses()
          try expect(.rightBrace, "'}'")
          return Expr(.setComprehension(element: key, clauses: clauses), at: open.location, end: lastEnd)
        }
        let next = try peek()
        if next.isPunctuator(.comma) || next.isPunctuator(.rightBrace) { return try parseSetRest(open, first: key) }
      }
      try expect(.colon, "':'")
      let value = try parseTest()
      if entries.isEmpty, try peek().isName("for") {
        let clauses = try parseComprehensionClauses()
        try expect(.rightBrace, "'}'")
        return Expr(.comprehension(element: key, value: value, clauses: clauses), at: open.location, end: lastEnd)
      }
      entries.append((key, value))
      guard try accept(.comma) != nil else { break }
    }
    try expect(.rightBrace, "',' or '}'")
    return Expr(.dict(entries), at: open.location, end: lastEnd)
  }

  /// The rest of a set display after its first element.
  private func parseSetRest(_ open: Token, first: Expr) throws(Diagnostic) -> Expr {
    var items = [first]
    while try accept(.comma) != nil {
      if try peek().isPunctuator(.rightBrace) { break }
      if try peek().isPunctuator(.star) {
        throw Diagnostic("unpacking ('*') in a set display is not supported by the simulator", at: try peek().location)
      }
      items.append(try parseTest())
    }
    try expect(.rightBrace, "',' or '}'")
    return Expr(.set(items), at: open.location, end: lastEnd)
  }

  /// `for target in iterable (if condition)*`, one or more (the iterable
  /// and conditions are disjunctions: no bare conditional expression).
  private func parseComprehensionClauses() throws(Diagnostic) -> [ComprehensionClause] {
    var clauses: [ComprehensionClause] = []
    while try acceptKeyword("for") != nil {
      let target = try parseForTarget()
      try checkTarget(target, deleting: false)
      guard try acceptKeyword("in") != nil else { throw unexpected(try peek(), expected: "'in'") }
      let iterable = try parseExpression(.or)
      var conditions: [Expr] = []
      while try acceptKeyword("if") != nil { conditions.append(try parseExpression(.or)) }
      clauses.append(ComprehensionClause(target: target, iterable: iterable, conditions: conditions))
    }
    if try peek().isName("async") {
      throw Diagnostic("async comprehensions are not supported by the simulator", at: try peek().location)
    }
    return clauses
  }

  /// An f-string's parts as pieces: each field's expression read by a
  /// parser of its own where it stands in the file; `x=` shows its text,
  /// then the value's repr unless a conversion or spec says otherwise.
  private func formattedPieces(_ parts: [FStringPart]) throws(Diagnostic) -> [FormattedPiece] {
    var pieces: [FormattedPiece] = []
    for part in parts {
      switch part {
      case .literal(let text):
        pieces.append(.literal(text))
      case .field(let source, let location, let conversion, let specParts, let debugText):
        let origin = SourceLocation(line: location.line, column: location.column - 1)
        let inner = Parser(source: "(" + source + ")", dialect: dialect, origin: origin)
        let value = try inner.parseFieldExpression()
        var spec: Expr?
        if let specParts {
          let specPieces = FormattedPiece.merged(try formattedPieces(specParts))
          if specPieces.contains(where: { if case .value = $0 { true } else { false } }) {
            spec = Expr(.formattedString(specPieces), at: location)
          } else if case .literal(let text)? = specPieces.first {
            spec = Expr(.string(text), at: location)
          } else {
            spec = Expr(.string(""), at: location)
          }
        }
        if let debugText { pieces.append(.literal(debugText)) }
        let shown = conversion ?? (debugText != nil && spec == nil ? "r" : nil)
        pieces.append(.value(value, conversion: shown, spec: spec))
      }
    }
    return pieces
  }

  /// An f-string field's `(expression)`, the whole of this parser's input.
  func parseFieldExpression() throws(Diagnostic) -> Expr {
    let open = try peek()
    guard open.isPunctuator(.leftParen) else { throw unexpected(open, expected: "an expression") }
    let value = try parseParenthesized()
    let after = try peek()
    guard after.kind == .newline || after.kind == .endOfFile else {
      throw Diagnostic("f-string: expecting '}'", at: after.location)
    }
    return value
  }

  /// `lambda parameters: body` (names with defaults, as a `def`'s).
  private func parseLambda(_ token: Token) throws(Diagnostic) -> Expr {
    try advance()
    var parameters: [FunctionDef.Parameter] = []
    var seen: Set<String> = []
    while try !peek().isPunctuator(.colon) {
      let start = try peek()
      let kind = try parameterKind(start, after: parameters)
      let name = try expectName()
      if !seen.insert(name).inserted {
        throw Diagnostic("duplicate argument '\(name)' in function definition", at: start.location)
      }
      if kind != .regular {
        parameters.append(FunctionDef.Parameter(name: name, defaultValue: nil, location: start.location, kind: kind))
        guard try accept(.comma) != nil else { break }
        continue
      }
      let defaultValue = try accept(.assign) != nil ? try parseTest() : nil
      if defaultValue == nil && parameters.last?.defaultValue != nil {
        throw Diagnostic("non-default argument follows default argument", at: start.location)
      }
      parameters.append(FunctionDef.Parameter(name: name, defaultValue: defaultValue, location: start.location))
      guard try accept(.comma) != nil else { break }
    }
    try expect(.colon, "':'")
    let body = try parseTest()
    return Expr(.lambda(parameters: parameters, body: body), at: token.location, end: lastEnd)
  }

  private func rejectComprehension(_ what: String) throws(Diagnostic) {
    let token = try peek()
    if token.isName("for") || token.isName("async") {
      throw Diagnostic("\(what) are not supported by the simulator", at: token.location)
    }
  }

  // MARK: - Tokens

  private func peek(_ offset: Int = 0) throws(Diagnostic) -> Token {
    while buffer.count <= offset { buffer.append(try lexer.next()) }
    return buffer[offset]
  }

  @discardableResult
  private func advance() throws(Diagnostic) -> Token {
    let token = try peek()
    buffer.removeFirst()
    lastEnd = token.end
    return token
  }

  private func accept(_ punctuator: Punctuator) throws(Diagnostic) -> Token? {
    try peek().isPunctuator(punctuator) ? try advance() : nil
  }

  private func acceptKeyword(_ word: String) throws(Diagnostic) -> Token? {
    try peek().isName(word) ? try advance() : nil
  }

  @discardableResult
  private func expect(_ punctuator: Punctuator, _ expected: String) throws(Diagnostic) -> Token {
    let token = try peek()
    guard token.isPunctuator(punctuator) else { throw unexpected(token, expected: expected) }
    return try advance()
  }

  private func expectName() throws(Diagnostic) -> String {
    let token = try peek()
    guard case .name(let word) = token.kind else { throw unexpected(token, expected: "a name") }
    if keywords.contains(word) { throw Diagnostic("invalid syntax", at: token.location) }
    try advance()
    return word
  }

  private func atStatementEnd() throws(Diagnostic) -> Bool {
    let token = try peek()
    return token.kind == .newline || token.isPunctuator(.semicolon)
  }

  /// The diagnostic for a token the grammar does not allow here. A Python
  /// operator outside the subset is named as unsupported rather than a syntax error.
  private func unexpected(_ token: Token, expected: String? = nil) -> Diagnostic {
    if let message = token.punctuator?.unsupportedMessage { return Diagnostic(message, at: token.location) }
    if token.kind == .indent { return Diagnostic("unexpected indent", at: token.location) }
    if let expected { return Diagnostic("expected \(expected)", at: token.location) }
    return Diagnostic("invalid syntax", at: token.location)
  }

  // MARK: - Nesting

  private func enter(at location: SourceLocation) throws(Diagnostic) {
    guard depth < Parser.maximumDepth else { throw Diagnostic("too deeply nested", at: location) }
    depth += 1
  }

  private func leave() { depth -= 1 }
}
