// The syntax tree of the Java subset, as parsed: names are not resolved yet
// (the checker does that). Every node keeps the position javac gives the same
// tree, because javac's line-number table is made from those positions:
// a binary or assignment expression sits at its operator, a call at its `(`,
// a field access at its `.`, a variable declaration at its name, a
// statement at its first keyword.

import ScenarioSource

struct JavaSourceFile: Sendable {
  var classes: [ClassDeclaration]
}

struct Modifiers: Sendable, Equatable {
  var isPublic = false
  var isPrivate = false
  var isProtected = false
  var isStatic = false
  /// Where the first modifier is, if any.
  var location: SourceLocation?

  init() {}
}

struct ClassDeclaration: Sendable {
  var name: String
  var modifiers: Modifiers
  /// The `class` keyword (javac's position for the class, and so for its
  /// implicit default constructor).
  var location: SourceLocation
  var nameLocation: SourceLocation
  var members: [MemberDeclaration]
}

indirect enum MemberDeclaration: Sendable {
  case field(FieldDeclaration)
  case method(MethodDeclaration)
  case nestedClass(ClassDeclaration)
  /// `static { ... }` or `{ ... }`.
  case initializer(isStatic: Bool, body: Block)
}

struct FieldDeclaration: Sendable {
  var modifiers: Modifiers
  var type: TypeSyntax
  var name: String
  /// The name: javac's position for the declaration.
  var location: SourceLocation
  var initializer: Expression?
}

struct Parameter: Sendable {
  var type: TypeSyntax
  var name: String
  var location: SourceLocation
}

struct MethodDeclaration: Sendable {
  var modifiers: Modifiers
  /// nil for a constructor.
  var returnType: TypeSyntax?
  var name: String
  var location: SourceLocation
  var parameters: [Parameter]
  var body: Block
  var isConstructor: Bool { returnType == nil }
}

/// A type as written: `int`, `boolean`, `void`, `Node`, `Outer.Inner`, `Node[]`.
struct TypeSyntax: Sendable, Equatable {
  enum Base: Sendable, Equatable {
    case int
    case boolean
    case void
    /// A class name, possibly qualified (`Outer.Inner`).
    case named([String])
  }
  var base: Base
  var arrayDimensions: Int
  var location: SourceLocation
}

struct Block: Sendable {
  var statements: [Statement]
  /// The `{`.
  var location: SourceLocation
  /// The `}`: javac puts the implicit `return` of a void method there.
  var endLocation: SourceLocation
}

struct VariableDeclarator: Sendable {
  var type: TypeSyntax
  var name: String
  var location: SourceLocation
  var initializer: Expression?
}

struct Statement: Sendable {
  indirect enum Kind: Sendable {
    case block(Block)
    /// One declarator per statement: `int a = 1, b;` is split in two, as javac does.
    case localVariable(VariableDeclarator)
    case expression(Expression)
    case ifElse(condition: Expression, then: Statement, else: Statement?)
    case whileLoop(condition: Expression, body: Statement)
    /// `initializers` are local variable or expression statements.
    case forLoop(initializers: [Statement], condition: Expression?, updates: [Expression], body: Statement)
    case returnStatement(Expression?)
    case breakStatement
    case continueStatement
    case empty
    /// `this(...)` or `super(...)` as the first statement of a constructor.
    case constructorCall(isSuper: Bool, arguments: [Expression], openParenthesis: SourceLocation)
  }
  var kind: Kind
  var location: SourceLocation
}

enum BinaryOperator: String, Sendable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  case remainder = "%"
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="
  case equal = "=="
  case notEqual = "!="
  case and = "&&"
  case or = "||"
}

enum UnaryOperator: String, Sendable {
  case negate = "-"
  case plus = "+"
  case not = "!"
}

enum IncrementKind: Sendable, Equatable {
  case preIncrement
  case preDecrement
  case postIncrement
  case postDecrement

  var isIncrement: Bool { self == .preIncrement || self == .postIncrement }
  var isPrefix: Bool { self == .preIncrement || self == .preDecrement }
}

struct Expression: Sendable {
  indirect enum Kind: Sendable {
    case intLiteral(Int32)
    case booleanLiteral(Bool)
    case stringLiteral(String)
    case nullLiteral
    case this
    case name(String)
    /// `target.name`: a field, `length`, or (resolved by the checker) a
    /// class or package-like prefix such as `System.out` or `Outer.Inner`.
    case fieldAccess(target: Expression, name: String, nameLocation: SourceLocation)
    case arrayAccess(array: Expression, index: Expression)
    /// `name(args)` or `target.name(args)`.
    case call(target: Expression?, name: String, nameLocation: SourceLocation, arguments: [Expression])
    case newObject(type: TypeSyntax, arguments: [Expression])
    /// `new T[length]`, or `new T[] { ... }` / `{ ... }` in a declaration (then `length` is nil).
    case newArray(elementType: TypeSyntax, length: Expression?, elements: [Expression]?)
    case unary(UnaryOperator, Expression)
    case binary(BinaryOperator, Expression, Expression)
    case assign(target: Expression, value: Expression)
    /// `+=`, `-=`, `*=`, `/=`, `%=`.
    case compoundAssign(BinaryOperator, target: Expression, value: Expression)
    case increment(IncrementKind, Expression)
    case conditional(condition: Expression, then: Expression, else: Expression)
    case parenthesized(Expression)
  }
  var kind: Kind
  /// javac's position for this tree (see the file comment).
  var location: SourceLocation
  /// Where the expression's text begins, for diagnostics about the whole
  /// expression (`a.b` begins at `a`, its position is the `.`).
  var start: SourceLocation
}
