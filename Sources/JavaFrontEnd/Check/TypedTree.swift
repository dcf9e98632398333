// The checked program: every name resolved to a local, field, method or
// class, every expression typed, constant expressions folded (as javac's
// Attr does). The compiler reads this tree and nothing else.

import ScenarioSource

/// A compile-time constant (JLS 15.29): int, boolean or String.
enum ConstantValue: Hashable, Sendable {
  case int(Int32)
  case boolean(Bool)
  case string(String)

  /// The text string concatenation gives it.
  var text: String {
    switch self {
    case .int(let value): return String(value)
    case .boolean(let value): return value ? "true" : "false"
    case .string(let value): return value
    }
  }

  /// javac keeps boolean constants as the ints 0 and 1.
  var intValue: Int32? {
    switch self {
    case .int(let value): return value
    case .boolean(let value): return value ? 1 : 0
    case .string: return nil
    }
  }
}

/// A local variable or parameter. `id` is unique within its method; the
/// compiler gives it a slot when it meets the declaration, as javac does.
struct LocalVariable: Hashable, Sendable {
  var id: Int
  var name: String
  var type: JavaType
}

enum InvokeKind: Sendable {
  case virtual
  case special
  case `static`
}

struct TypedExpression: Sendable {
  indirect enum Kind: Sendable {
    case constant(ConstantValue)
    case null
    case this
    case local(LocalVariable)
    /// `discardedReceiver`: `obj.staticField` evaluates obj and drops it.
    case staticField(JVMFieldRef, discardedReceiver: TypedExpression?)
    case instanceField(receiver: TypedExpression, JVMFieldRef)
    case arrayLength(TypedExpression)
    case arrayElement(array: TypedExpression, index: TypedExpression)
    /// A method call. `receiver` is nil for a static method, except that
    /// `obj.staticMethod()` keeps obj as `discardedReceiver`.
    case invoke(
      JVMMethodRef, InvokeKind, receiver: TypedExpression?, arguments: [TypedExpression],
      discardedReceiver: TypedExpression?)
    case newObject(className: String, constructor: JVMMethodRef, arguments: [TypedExpression])
    case newArray(elementClass: String, length: TypedExpression)
    case arrayInitializer(elementClass: String, elements: [TypedExpression])
    case negate(TypedExpression)
    /// Unary `+`: javac loads the operand (and Lower's dependency scan sees it).
    case unaryPlus(TypedExpression)
    case not(TypedExpression)
    /// + - * / % on ints.
    case arithmetic(BinaryOperator, TypedExpression, TypedExpression)
    /// < <= > >= == != on ints or booleans, == != on references.
    case comparison(BinaryOperator, TypedExpression, TypedExpression)
    /// && and ||.
    case logical(BinaryOperator, TypedExpression, TypedExpression)
    /// String `+`; the compiler flattens chains of them into one concatenation.
    case concat(TypedExpression, TypedExpression)
    case assign(target: TypedExpression, value: TypedExpression)
    case compoundAssign(BinaryOperator, target: TypedExpression, value: TypedExpression)
    case increment(IncrementKind, target: TypedExpression)
    case conditional(condition: TypedExpression, then: TypedExpression, else: TypedExpression)
    case parenthesized(TypedExpression)
  }

  var kind: Kind
  var type: JavaType
  /// javac's position of the tree (its line goes into the line-number table).
  var location: SourceLocation

  var constant: ConstantValue? {
    if case .constant(let value) = kind { return value }
    return nil
  }

  /// Without enclosing parentheses.
  var skippingParentheses: TypedExpression {
    if case .parenthesized(let inner) = kind { return inner.skippingParentheses }
    return self
  }

  var isThis: Bool {
    if case .this = kind { return true }
    return false
  }

  var isNullLiteral: Bool {
    if case .null = kind { return true }
    return false
  }
}

struct TypedStatement: Sendable {
  indirect enum Kind: Sendable {
    case localVariable(LocalVariable, initializer: TypedExpression?)
    case expression(TypedExpression)
    case block([TypedStatement], end: SourceLocation)
    case ifElse(condition: TypedExpression, then: TypedStatement, else: TypedStatement?)
    case whileLoop(condition: TypedExpression, body: TypedStatement)
    /// `updates` are expression statements.
    case forLoop(
      initializers: [TypedStatement], condition: TypedExpression?, updates: [TypedStatement], body: TypedStatement)
    case returnStatement(TypedExpression?)
    case breakStatement
    case continueStatement
    case empty
  }

  var kind: Kind
  var location: SourceLocation
}

struct TypedMethod: Sendable {
  var name: String
  var descriptor: String
  var access: JavaAccessFlags
  var parameters: [LocalVariable]
  var returnType: JavaType
  /// For a constructor: the super or this call, then (unless it calls this)
  /// the instance initializers, then the body's statements.
  var body: [TypedStatement]
  /// Where the implicit `return` of a void method goes (javac: the end of the body).
  var endLocation: SourceLocation

  var isStatic: Bool { access.contains(.static) }
}

struct TypedField: Sendable {
  var name: String
  var type: JavaType
  var access: JavaAccessFlags
}

struct TypedClass: Sendable {
  var binaryName: String
  var access: JavaAccessFlags
  var outerClass: String?
  var fields: [TypedField]
  /// In class-file order: the default constructor first if there is one,
  /// then the declared methods and constructors, `<clinit>` last.
  var methods: [TypedMethod]
}
