// The syntax tree of the scenario language (docs: scenario-language.md).
// The parser builds it; the compiler resolves names and lowers it to code.

/// A 1-based position in a scenario file. `column` counts Unicode scalars.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
  public var description: String { "\(line):\(column)" }
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
  case modulo = "%"
}

public enum UnaryOperator: String, Sendable {
  case negate = "-"
  case plus = "+"
  case not = "not"
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

public struct Expr: Sendable {
  public var kind: Kind
  public var location: SourceLocation
  public init(_ kind: Kind, at location: SourceLocation) {
    self.kind = kind
    self.location = location
  }

  public indirect enum Kind: Sendable {
    case name(String)
    case int(Int)
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
    case tuple([Expr])
    case dict([(key: Expr, value: Expr)])
    case binary(BinaryOperator, Expr, Expr)
    case unary(UnaryOperator, Expr)
    /// `a < b < c` is `compare(a, [(<, b), (<, c)])`.
    case compare(Expr, [(op: ComparisonOperator, right: Expr)])
    /// `a and b and c` is `boolean(.and, [a, b, c])`.
    case boolean(BooleanOperator, [Expr])
  }
}

public struct FunctionDef: Sendable {
  public var name: String
  public var parameters: [Parameter]
  public var body: [Stmt]
  public init(name: String, parameters: [Parameter], body: [Stmt]) {
    self.name = name
    self.parameters = parameters
    self.body = body
  }

  public struct Parameter: Sendable {
    public var name: String
    public var defaultValue: Expr?
    public var location: SourceLocation
    public init(name: String, defaultValue: Expr?, location: SourceLocation) {
      self.name = name
      self.defaultValue = defaultValue
      self.location = location
    }
  }
}

public struct ClassDef: Sendable {
  public var name: String
  /// `nil` for `class A:`; `[]` for `class A():`; otherwise the base expressions.
  public var bases: [Expr]?
  public var body: [Stmt]
  public init(name: String, bases: [Expr]?, body: [Stmt]) {
    self.name = name
    self.bases = bases
    self.body = body
  }
}

public struct Stmt: Sendable {
  public var kind: Kind
  public var location: SourceLocation
  public init(_ kind: Kind, at location: SourceLocation) {
    self.kind = kind
    self.location = location
  }

  public indirect enum Kind: Sendable {
    case expression(Expr)
    case pass
    case global([String])
    /// `a = b = value`: targets in source order. A target is a name, attribute,
    /// subscript, or a tuple/list of such (unpacking).
    case assign(targets: [Expr], value: Expr)
    case augmentedAssign(target: Expr, op: BinaryOperator, value: Expr)
    case delete([Expr])
    /// `if`/`elif` branches in order, then the optional `else` body.
    case ifElse(branches: [(condition: Expr, body: [Stmt])], orElse: [Stmt]?)
    case whileLoop(condition: Expr, body: [Stmt])
    case forLoop(target: Expr, iterable: Expr, body: [Stmt])
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
