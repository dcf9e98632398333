// Expressions: names to locals, fields and classes; operators typed and
// folded when constant; assignments checked against their targets.

import ScenarioSource

extension JavaChecker {
  /// What a name or dotted prefix stands for.
  enum Qualifier {
    case value(TypedExpression)
    case type(Int)
    /// `System`.
    case system
    /// `System.out`.
    case systemOut(TypedExpression)
  }

  func checkExpression(_ expression: Expression, allowVoid: Bool = false) throws(Diagnostic) -> TypedExpression {
    let typed = try typeExpression(expression)
    if typed.type == .void && !allowVoid {
      throw Diagnostic("'void' type not allowed here", at: expression.start)
    }
    return typed
  }

  /// The expression, which must fit a variable of type `type`.
  func checkAssignable(_ expression: Expression, to type: JavaType) throws(Diagnostic) -> TypedExpression {
    let typed: TypedExpression
    if let conditional = try checkConditional(expression, target: type) {
      typed = conditional
    } else {
      typed = try checkExpression(expression)
    }
    try requireAssignable(typed, to: type, at: expression.start)
    return typed
  }

  func requireAssignable(
    _ typed: TypedExpression, to type: JavaType, at location: SourceLocation, what: String = "incompatible types: "
  ) throws(Diagnostic) {
    if !isAssignable(typed.type, to: type) {
      throw Diagnostic(
        "\(what)\(typed.type == .null ? "<null>" : typed.type.sourceName) cannot be converted to \(type.sourceName)",
        at: location)
    }
  }

  func isAssignable(_ from: JavaType, to: JavaType) -> Bool {
    if from == to { return from != .void }
    if from == .null {
      if case .object = to { return to != .string }
      if case .array = to { return true }
    }
    return false
  }

  private func typeExpression(_ expression: Expression) throws(Diagnostic) -> TypedExpression {
    let location = expression.location
    func make(_ kind: TypedExpression.Kind, _ type: JavaType) -> TypedExpression {
      TypedExpression(kind: kind, type: type, location: location)
    }
    switch expression.kind {
    case .intLiteral(let value):
      return make(.constant(.int(value)), .int)
    case .booleanLiteral(let value):
      return make(.constant(.boolean(value)), .boolean)
    case .stringLiteral(let text):
      return make(.constant(.string(text)), .string)
    case .nullLiteral:
      return make(.null, .null)
    case .this:
      return try this(at: location)
    case .name, .fieldAccess:
      return try value(of: try qualifier(expression), expression)
    case .arrayAccess(let array, let index):
      let typedArray = try checkExpression(array)
      guard case .array(let element) = typedArray.type else {
        throw Diagnostic("array required, but \(typedArray.type.sourceName) found", at: location)
      }
      let typedIndex = try checkExpression(index)
      try requireInt(typedIndex, at: index.start)
      return make(.arrayElement(array: typedArray, index: typedIndex), .object(element))
    case .call(let target, let name, let nameLocation, let arguments):
      return try call(target, name, nameLocation: nameLocation, arguments: arguments, at: location)
    case .newObject(let typeSyntax, let arguments):
      let type = try resolve(typeSyntax, in: currentClass)
      guard case .object(let className) = type, let index = classIndex(binaryName: className) else {
        throw Diagnostic("cannot instantiate \(type.sourceName)", at: typeSyntax.location)
      }
      let (constructor, typedArguments) = try resolveMethod(
        "<init>", in: index, arguments: arguments, at: typeSyntax.location, wantStatic: nil)
      let ref = JVMMethodRef(owner: className, name: "<init>", descriptor: constructor.descriptor)
      return make(.newObject(className: className, constructor: ref, arguments: typedArguments), type)
    case .newArray(let elementSyntax, let length, let elements):
      let elementType = try resolve(elementSyntax, in: currentClass)
      guard case .object(let className) = elementType, classIndex(binaryName: className) != nil else {
        throw Diagnostic(
          "arrays of \(elementType.sourceName) are not supported (only arrays of classes)", at: elementSyntax.location)
      }
      if let length {
        let typedLength = try checkExpression(length)
        try requireInt(typedLength, at: length.start)
        return make(.newArray(elementClass: className, length: typedLength), .array(className))
      }
      var typedElements: [TypedExpression] = []
      for element in elements ?? [] { typedElements.append(try checkAssignable(element, to: elementType)) }
      return make(.arrayInitializer(elementClass: className, elements: typedElements), .array(className))
    case .unary(let op, let operand):
      return try unary(op, operand, at: location)
    case .binary(let op, let left, let right):
      return try binary(op, left, right, at: location)
    case .assign(let target, let value):
      let typedTarget = try variable(target)
      let typedValue = try checkAssignable(value, to: typedTarget.type)
      return make(.assign(target: typedTarget, value: typedValue), typedTarget.type)
    case .compoundAssign(let op, let target, let value):
      let typedTarget = try variable(target)
      let typedValue = try checkExpression(value)
      guard typedTarget.type == .int, typedValue.type == .int else {
        throw Diagnostic(
          "bad operand types for binary operator '\(op.rawValue)' (only int += int and the like are supported)",
          at: location)
      }
      return make(.compoundAssign(op, target: typedTarget, value: typedValue), .int)
    case .increment(let kind, let target):
      let typedTarget = try variable(target)
      guard typedTarget.type == .int else {
        throw Diagnostic(
          "bad operand type \(typedTarget.type.sourceName) for unary operator '\(kind.isIncrement ? "++" : "--")'",
          at: location)
      }
      return make(.increment(kind, target: typedTarget), .int)
    case .conditional(let condition, let then, let elsePart):
      return try conditional(condition, then, elsePart, at: location)
    case .parenthesized(let inner):
      let typed = try checkExpression(inner)
      if let constant = typed.constant { return make(.constant(constant), typed.type) }
      return make(.parenthesized(typed), typed.type)
    }
  }

  private func requireInt(_ typed: TypedExpression, at location: SourceLocation) throws(Diagnostic) {
    if typed.type != .int {
      throw Diagnostic("incompatible types: \(typed.type.sourceName) cannot be converted to int", at: location)
    }
  }

  func this(at location: SourceLocation) throws(Diagnostic) -> TypedExpression {
    if inConstructorCall {
      throw Diagnostic("cannot reference this before supertype constructor has been called", at: location)
    }
    if isStaticContext {
      throw Diagnostic("non-static variable this cannot be referenced from a static context", at: location)
    }
    return TypedExpression(kind: .this, type: .object(classes[currentClass].binaryName), location: location)
  }

  // MARK: Operators

  private func unary(_ op: UnaryOperator, _ operand: Expression, at location: SourceLocation) throws(Diagnostic)
    -> TypedExpression
  {
    let typed = try checkExpression(operand)
    switch op {
    case .negate, .plus:
      guard typed.type == .int else {
        throw Diagnostic("bad operand type \(typed.type.sourceName) for unary operator '\(op.rawValue)'", at: location)
      }
      if let constant = typed.constant?.intValue {
        return TypedExpression(
          kind: .constant(.int(op == .negate ? 0 &- constant : constant)), type: .int, location: location)
      }
      let kind: TypedExpression.Kind = op == .negate ? .negate(typed) : .unaryPlus(typed)
      return TypedExpression(kind: kind, type: .int, location: location)
    case .not:
      guard typed.type == .boolean else {
        throw Diagnostic("bad operand type \(typed.type.sourceName) for unary operator '!'", at: location)
      }
      if case .boolean(let value) = typed.constant {
        return TypedExpression(kind: .constant(.boolean(!value)), type: .boolean, location: location)
      }
      return TypedExpression(kind: .not(typed), type: .boolean, location: location)
    }
  }

  private func binary(_ op: BinaryOperator, _ left: Expression, _ right: Expression, at location: SourceLocation)
    throws(Diagnostic) -> TypedExpression
  {
    let l = try checkExpression(left)
    let r = try checkExpression(right)
    func bad() -> Diagnostic {
      Diagnostic(
        "bad operand types for binary operator '\(op.rawValue)' (\(l.type.sourceName) and \(r.type.sourceName))",
        at: location)
    }
    let kind: TypedExpression.Kind
    let type: JavaType
    switch op {
    case .add where l.type == .string || r.type == .string:
      for operand in [l, r]
      where !(operand.type == .int || operand.type == .boolean || operand.type == .string || operand.type == .null) {
        throw Diagnostic(
          "concatenating a \(operand.type.sourceName) is not supported (its text would depend on the JVM's identity hash)",
          at: operand.location)
      }
      kind = .concat(l, r)
      type = .string
    case .add, .subtract, .multiply, .divide, .remainder:
      guard l.type == .int && r.type == .int else { throw bad() }
      kind = .arithmetic(op, l, r)
      type = .int
    case .less, .lessEqual, .greater, .greaterEqual:
      guard l.type == .int && r.type == .int else { throw bad() }
      kind = .comparison(op, l, r)
      type = .boolean
    case .equal, .notEqual:
      if l.type == .string || r.type == .string {
        throw Diagnostic("comparing strings with \(op.rawValue) is not supported", at: location)
      }
      let comparable =
        l.type == r.type && l.type != .void || l.type.isReference && r.type == .null
        || l.type == .null && r.type.isReference
      guard comparable else {
        throw Diagnostic("incomparable types: \(l.type.sourceName) and \(r.type.sourceName)", at: location)
      }
      kind = .comparison(op, l, r)
      type = .boolean
    case .and, .or:
      guard l.type == .boolean && r.type == .boolean else { throw bad() }
      kind = .logical(op, l, r)
      type = .boolean
    }
    if let lc = l.constant, let rc = r.constant, let folded = fold(op, lc, rc) {
      return TypedExpression(kind: .constant(folded), type: type, location: location)
    }
    return TypedExpression(kind: kind, type: type, location: location)
  }

  /// A conditional expression (in parentheses or not) checked against the
  /// type of the variable it is assigned to (nil: it is none).
  private func checkConditional(_ expression: Expression, target: JavaType) throws(Diagnostic) -> TypedExpression? {
    switch expression.kind {
    case .parenthesized(let inner):
      guard let typed = try checkConditional(inner, target: target) else { return nil }
      if let constant = typed.constant {
        return TypedExpression(kind: .constant(constant), type: typed.type, location: expression.location)
      }
      return TypedExpression(kind: .parenthesized(typed), type: typed.type, location: expression.location)
    case .conditional(let condition, let then, let elsePart):
      return try conditional(condition, then, elsePart, at: expression.location, target: target)
    default:
      return nil
    }
  }

  /// `c ? a : b` (JLS 15.25, as javac's Attr reads it). Assigned to a
  /// variable (`target`), a conditional is a poly expression unless both
  /// arms are boolean or numeric, a null literal counting as such (javac's
  /// isBooleanOrNumeric): each arm must then fit the variable's type, javac
  /// names the arm that does not ("bad type in conditional expression"),
  /// and that type is the conditional's. Otherwise it stands alone, and
  /// its type is the arms' type when they agree, the other arm's when one
  /// is null (String included: `t ? null : "x"` is a String), or null when
  /// both are; an int or boolean with null would be boxed, which the
  /// subset does not do.
  private func conditional(
    _ condition: Expression, _ then: Expression, _ elsePart: Expression, at location: SourceLocation,
    target: JavaType? = nil
  )
    throws(Diagnostic) -> TypedExpression
  {
    let c = try checkCondition(condition)
    // An arm that is a conditional is a poly expression of the same target
    // (and then checked against it already), unless it stands alone.
    func arm(_ expression: Expression) throws(Diagnostic) -> (typed: TypedExpression, checked: Bool) {
      if let target, let typed = try checkConditional(expression, target: target) {
        return (typed, !isBooleanOrNumeric(typed))
      }
      return (try checkExpression(expression), false)
    }
    let (a, aChecked) = try arm(then)
    let (b, bChecked) = try arm(elsePart)
    let type: JavaType
    if let target, !(isBooleanOrNumeric(a) && isBooleanOrNumeric(b)) {
      let what = "incompatible types: bad type in conditional expression; "
      if !aChecked { try requireAssignable(a, to: target, at: then.start, what: what) }
      if !bChecked { try requireAssignable(b, to: target, at: elsePart.start, what: what) }
      type = target
    } else if a.type == b.type {
      type = a.type
    } else if a.type == .null && b.type.isReference {
      type = b.type
    } else if b.type == .null && a.type.isReference {
      type = a.type
    } else {
      throw Diagnostic(
        "incompatible types in conditional expression: \(a.type.sourceName) and \(b.type.sourceName)", at: location)
    }
    if case .boolean(let value) = c.constant, let ac = a.constant, let bc = b.constant {
      return TypedExpression(kind: .constant(value ? ac : bc), type: type, location: location)
    }
    return TypedExpression(kind: .conditional(condition: c, then: a, else: b), type: type, location: location)
  }

  /// javac's isBooleanOrNumeric: an int or boolean expression, the null
  /// literal, or a conditional whose arms both are (in parentheses or not).
  private func isBooleanOrNumeric(_ expression: TypedExpression) -> Bool {
    switch expression.skippingParentheses.kind {
    case .null: return true
    case .conditional(_, let then, let elsePart): return isBooleanOrNumeric(then) && isBooleanOrNumeric(elsePart)
    default: return expression.type == .int || expression.type == .boolean
    }
  }
}
