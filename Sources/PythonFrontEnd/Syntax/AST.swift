// The syntax tree of the scenario language (docs: scenario-language.md).
// The parser builds it; the compiler resolves names and lowers it to code.

// SourceLocation and Diagnostic live in ScenarioSource, shared with the Java
// front end; re-exported so users of PythonFrontEnd see them as before.
@_exported import ScenarioSource

/// A stretch of source from `start` (inclusive) to `end` (exclusive), both
/// `SourceLocation`s, so a range may span lines.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
  public var start: SourceLocation
  public var end: SourceLocation
  public init(_ start: SourceLocation, _ end: SourceLocation) {
    self.start = start
    self.end = end
  }
  public var description: String { "\(start)-\(end)" }
}

/// Which Python the source is written in: decides whether `print` is a statement.
public enum PythonDialect: Sendable, Equatable {
  case python2
  case python3
}

public enum BinaryOperator: String, Sendable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case floorDivide = "//"
  /// `/`: true division in 3.x, classic division in 2.7 (ints floor).
  case trueDivide = "/"
  case modulo = "%"
  case power = "**"
  case leftShift = "<<"
  case rightShift = ">>"
  case bitAnd = "&"
  case bitOr = "|"
  case bitXor = "^"
}

public enum UnaryOperator: String, Sendable {
  case negate = "-"
  case plus = "+"
  case not = "not"
  case invert = "~"
}

public enum ComparisonOperator: String, Sendable {
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="
  case isSame = "is"
  case isNot = "is not"
  case contains = "in"
  case notContains = "not in"
}

public enum BooleanOperator: String, Sendable {
  case and
  case or
}

/// An expression with its source span, as CPython 3.11's `ast` reports it
/// (`lineno`/`col_offset` to `end_lineno`/`end_col_offset`), except that
/// columns are 1-based and count Unicode scalars where CPython counts UTF-8
/// bytes: the scalar count is what a traceback's caret line needs, and it is
/// what CPython itself converts its byte offsets to before drawing carets.
///
/// The span covers every token of the expression. Parentheses around the
/// whole expression are not part of it — `(a)` is the node `a`, spanning just
/// `a` — but parentheses inside it are: `(a) + b` starts at the `(`, `f(x)`
/// ends after the `)`, and a parenthesized tuple `(a, b)` includes both.
public struct Expr: Sendable {
  public var kind: Kind
  /// The first character of the expression.
  public var location: SourceLocation
  /// Just past the last character of the expression (exclusive). It is on a
  /// later line than `location` when the expression spans lines.
  public var end: SourceLocation
  /// The part CPython 3.11 marks with `^` in a traceback's caret line, the
  /// rest of the span being marked `~`:
  /// - `.binary`: the operator token (`+`, `//`, ...);
  /// - `.subscript`, `.slice`: from the `[` through the `]`;
  /// - `.call`: from the `(` through the `)` (CPython 3.13 draws calls so);
  /// - otherwise `nil`.
  public var operatorRange: SourceRange?

  /// `end` defaults to `location`: set it (the parser always does) for an
  /// expression that will be shown in a traceback.
  public init(
    _ kind: Kind, at location: SourceLocation, end: SourceLocation? = nil, operatorRange: SourceRange? = nil
  ) {
    self.kind = kind
    self.location = location
    self.end = end ?? location
    self.operatorRange = operatorRange
  }

  /// `location..<end`.
  public var range: SourceRange { SourceRange(location, end) }

  public indirect enum Kind: Sendable {
    case name(String)
    case int(Int)
    case float(Double)
    case string(String)
    case none
    case bool(Bool)
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    /// `value[lower:upper]`; both bounds optional.
    case slice(Expr, lower: Expr?, upper: Expr?)
    /// Positional arguments only.
    case call(Expr, [Expr])
    case list([Expr])
    /// `{a, b}`: a set display.
    case set([Expr])
    /// `{x for x in y}`.
    case setComprehension(element: Expr, clauses: [ComprehensionClause])
    case tuple([Expr])
    case dict([(key: Expr, value: Expr)])
    /// `name=value` among a call's arguments (after the positional ones).
    case keyword(String, Expr)
    /// `*value` and `**value` among a call's arguments.
    case starred(Expr)
    case doubleStarred(Expr)
    /// `body if condition else orElse`.
    case conditional(Expr, condition: Expr, orElse: Expr)
    case binary(BinaryOperator, Expr, Expr)
    case unary(UnaryOperator, Expr)
    /// `a < b < c` is `compare(a, [(<, b), (<, c)])`.
    case compare(Expr, [(op: ComparisonOperator, right: Expr)])
    /// `a and b and c` is `boolean(.and, [a, b, c])`.
    case boolean(BooleanOperator, [Expr])
    /// `[element for ...]`, or `{element: value for ...}` when `value` is set.
    case comprehension(element: Expr, value: Expr?, clauses: [ComprehensionClause])
    /// `(element for ...)`: a generator function of its own, called with
    /// the first iterable's iterator. Its span takes the parentheses in
    /// (a call's, when it is the only argument), as CPython's does.
    case generatorExpression(element: Expr, clauses: [ComprehensionClause])
    /// `lambda a, b=1: body`.
    case lambda(parameters: [FunctionDef.Parameter], body: Expr)
    /// `yield` or `yield value` (a statement, an assignment's value, or
    /// in parentheses): the function is a generator.
    case yield(Expr?)
    /// An f-string (adjacent literals joined into it): text and values.
    case formattedString([FormattedPiece])
  }
}

extension FormattedPiece {
  /// The expressions an f-string evaluates, in order (values and specs).
  public static func expressions(_ pieces: [FormattedPiece]) -> [Expr] {
    pieces.flatMap { piece -> [Expr] in
      guard case .value(let value, _, let spec) = piece else { return [] }
      return [value] + (spec.map { [$0] } ?? [])
    }
  }

  /// Adjacent texts joined, empty ones dropped (CPython's JoinedStr).
  static func merged(_ pieces: [FormattedPiece]) -> [FormattedPiece] {
    var result: [FormattedPiece] = []
    for piece in pieces {
      if case .literal(let text) = piece {
        if text.isEmpty { continue }
        if case .literal(let before)? = result.last {
          result[result.count - 1] = .literal(before + text)
          continue
        }
      }
      result.append(piece)
    }
    return result
  }
}

extension Expr {
  /// `*value` or `**value` in a call.
  public var isUnpacking: Bool {
    switch kind {
    case .starred, .doubleStarred: return true
    default: return false
    }
  }
}

/// A piece of an f-string: text, or a value with its conversion (`s`,
/// `r`, `a`) and format spec (a str or another f-string).
public enum FormattedPiece: Sendable {
  case literal(String)
  case value(Expr, conversion: Character?, spec: Expr?)
}

/// One `for target in iterable if condition ...` of a comprehension.
public struct ComprehensionClause: Sendable {
  public var target: Expr
  public var iterable: Expr
  public var conditions: [Expr]
  public init(target: Expr, iterable: Expr, conditions: [Expr]) {
    self.target = target
    self.iterable = iterable
    self.conditions = conditions
  }
}

public struct FunctionDef: Sendable {
  public var name: String
  public var parameters: [Parameter]
  public var body: [Stmt]
  /// `@decorator` lines above the `def`, top first.
  public var decorators: [Expr]
  public init(name: String, parameters: [Parameter], body: [Stmt], decorators: [Expr] = []) {
    self.name = name
    self.parameters = parameters
    self.body = body
    self.decorators = decorators
  }

  public struct Parameter: Sendable {
    public enum Kind: Sendable { case regular, varargs, varkw }
    public var name: String
    public var defaultValue: Expr?
    public var location: SourceLocation
    /// `*args` collects extra positional arguments, `**kwargs` extra keywords.
    public var kind: Kind
    public init(name: String, defaultValue: Expr?, location: SourceLocation, kind: Kind = .regular) {
      self.name = name
      self.defaultValue = defaultValue
      self.location = location
      self.kind = kind
    }
  }
}

public struct ClassDef: Sendable {
  public var name: String
  /// `nil` for `class A:`; `[]` for `class A():`; otherwise the base expressions.
  public var bases: [Expr]?
  public var body: [Stmt]
  /// `@decorator` lines above the `class`, top first.
  public var decorators: [Expr]
  public init(name: String, bases: [Expr]?, body: [Stmt], decorators: [Expr] = []) {
    self.name = name
    self.bases = bases
    self.body = body
    self.decorators = decorators
  }
}

/// A statement with its source span, as CPython 3.11's `ast` reports it
/// (columns 1-based, in Unicode scalars; see `Expr`).
public struct Stmt: Sendable {
  public var kind: Kind
  /// The statement's first character.
  public var location: SourceLocation
  /// Just past the statement's last character (exclusive). For a simple
  /// statement, the end of its last token, a trailing comma included
  /// (`print x,`, `del a,`) but not a `;` separator. For a compound statement,
  /// the end of the last statement of its last block, as in CPython (`if`
  /// with `else` ends where the `else` body ends).
  public var end: SourceLocation

  /// `end` defaults to `location`; the parser always sets it.
  public init(_ kind: Kind, at location: SourceLocation, end: SourceLocation? = nil) {
    self.kind = kind
    self.location = location
    self.end = end ?? location
  }

  /// `location..<end`.
  public var range: SourceRange { SourceRange(location, end) }

  public indirect enum Kind: Sendable {
    case expression(Expr)
    case pass
    case global([String])
    /// 3.x `nonlocal a, b`: the names are the enclosing function's.
    case nonlocal([String])
    /// `a = b = value`: targets in source order. A target is a name, attribute,
    /// subscript, or a tuple/list of such (unpacking).
    case assign(targets: [Expr], value: Expr)
    case augmentedAssign(target: Expr, op: BinaryOperator, value: Expr)
    case delete([Expr])
    /// `if`/`elif` branches in order, then the optional `else` body.
    case ifElse(branches: [(condition: Expr, body: [Stmt])], orElse: [Stmt]?)
    /// `orElse`: the `else:` block, run when the loop ends without `break`.
    case whileLoop(condition: Expr, body: [Stmt], orElse: [Stmt]?)
    case forLoop(target: Expr, iterable: Expr, body: [Stmt], orElse: [Stmt]?)
    case breakLoop
    case continueLoop
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case returnValue(Expr?)
    /// `import a, b as c`
    case importModules([(module: String, alias: String?, location: SourceLocation)])
    /// `from m import a, b as c`
    case importFrom(module: String, names: [(name: String, alias: String?, location: SourceLocation)])
    /// Python 2 `print a, b,` — `trailingComma` suppresses the newline.
    case printStatement(values: [Expr], trailingComma: Bool)
    case assertion(condition: Expr, message: Expr?)
    /// `try:` with its `except` clauses in order, `else:` and `finally:`.
    case tryStatement(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt]?, finally: [Stmt]?)
    /// `raise`, `raise X`, 3.x `raise X from Y`.
    case raise(Expr?, cause: Expr?)
    /// `with a as x, b:` (each context manager with its optional target).
    case with(items: [(context: Expr, target: Expr?)], body: [Stmt])
  }

  /// The blocks a compound statement holds, in source order (for the
  /// walkers that look for names and definitions inside them).
  public var nestedBodies: [[Stmt]] {
    switch kind {
    case .ifElse(let branches, let orElse): return branches.map(\.body) + (orElse.map { [$0] } ?? [])
    case .whileLoop(_, let body, let orElse), .forLoop(_, _, let body, let orElse):
      return [body] + (orElse.map { [$0] } ?? [])
    case .tryStatement(let body, let handlers, let orElse, let finally):
      return [body] + handlers.map(\.body) + (orElse.map { [$0] } ?? []) + (finally.map { [$0] } ?? [])
    case .with(_, let body): return [body]
    default: return []
    }
  }
}

/// One `except` clause: `except:`, `except E:`, `except E as name:` (2.7
/// also `except E, name:`).
public struct ExceptHandler: Sendable {
  public var type: Expr?
  public var name: String?
  public var body: [Stmt]
  public var location: SourceLocation
  public init(type: Expr?, name: String?, body: [Stmt], location: SourceLocation) {
    self.type = type
    self.name = name
    self.body = body
    self.location = location
  }
}

/// A parsed scenario file.
public struct Module: Sendable {
  public var body: [Stmt]
  public var dialect: PythonDialect
  public init(body: [Stmt], dialect: PythonDialect) {
    self.body = body
    self.dialect = dialect
  }
}
