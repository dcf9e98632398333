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
    let typed = try checkExpression(expression)
    try requireAssignable(typed, to: type, at: expression.start)
    return typed
  }

  func requireAssignable(_ typed: TypedExpression, to type: JavaType, at location: SourceLocation) throws(Diagnostic) {
    if !isAssignable(typed.type, to: type) {
      throw Diagnostic(
        "incompatible types: \(typed.type == .null ? "<null>" : typed.type.sourceName) cannot be converted to \(type.sourceName)",
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

  private func this(at location: SourceLocation) throws(Diagnostic) -> TypedExpression {
    if inConstructorCall {
      throw Diagnostic("cannot reference this before supertype constructor has been called", at: location)
    }
    if isStaticContext {
      throw Diagnostic("non-static variable this cannot be referenced from a static context", at: location)
    }
    return TypedExpression(kind: .this, type: .object(classes[currentClass].binaryName), location: location)
  }

  // MARK: Names

  /// A name or a dotted name: a variable, a class, `System`, `System.out`.
  func qualifier(_ expression: Expression, asAssignmentTarget: Bool = false) throws(Diagnostic) -> Qualifier {
    switch expression.kind {
    case .name(let name):
      return try simpleName(name, at: expression.location, asAssignmentTarget: asAssignmentTarget)
    case .fieldAccess(let target, let name, let nameLocation):
      let base = try qualifier(target)
      return try member(of: base, named: name, nameLocation: nameLocation, dotLocation: expression.location)
    default:
      return .value(try checkExpression(expression))
    }
  }

  private func simpleName(_ name: String, at location: SourceLocation, asAssignmentTarget: Bool) throws(Diagnostic)
    -> Qualifier
  {
    if let local = lookupLocal(name) {
      if case .array("java/lang/String") = local.type {
        throw Diagnostic("\(name) cannot be used: String values are not supported", at: location)
      }
      return .value(TypedExpression(kind: .local(local), type: local.type, location: location))
    }
    var enclosing: Int? = currentClass
    while let index = enclosing {
      if let field = classes[index].fields.first(where: { $0.name == name }) {
        try checkForwardReference(field, in: index, at: location, asAssignmentTarget: asAssignmentTarget)
        return .value(try fieldAccess(field, receiver: nil, at: location))
      }
      enclosing = classes[index].outer
    }
    if let index = lookupClass(name, from: currentClass) { return .type(index) }
    if name == "System" { return .system }
    throw Diagnostic("cannot find symbol: variable \(name)", at: location)
  }

  /// javac's "illegal forward reference": an initializer reading a field of
  /// its own class declared further down.
  private func checkForwardReference(
    _ field: FieldInfo, in index: Int, at location: SourceLocation, asAssignmentTarget: Bool
  ) throws(Diagnostic) {
    guard let declared = fieldsDeclaredSoFar, index == currentClass, !asAssignmentTarget,
      field.isStatic == isStaticContext, !declared.contains(field.name)
    else { return }
    throw Diagnostic("illegal forward reference", at: location)
  }

  /// A field, read through `receiver` or (nil) by its simple name.
  private func fieldAccess(_ field: FieldInfo, receiver: TypedExpression?, at location: SourceLocation)
    throws(Diagnostic) -> TypedExpression
  {
    let owner = classes[field.owner]
    try checkAccess(field.access, owner: field.owner, what: field.name, at: location)
    let ref = JVMFieldRef(owner: owner.binaryName, name: field.name, descriptor: field.type.descriptor)
    if field.isStatic {
      return TypedExpression(kind: .staticField(ref, discardedReceiver: receiver), type: field.type, location: location)
    }
    if let receiver {
      return TypedExpression(kind: .instanceField(receiver: receiver, ref), type: field.type, location: location)
    }
    if field.owner != currentClass || isStaticContext {
      throw Diagnostic("non-static variable \(field.name) cannot be referenced from a static context", at: location)
    }
    if inConstructorCall {
      throw Diagnostic("cannot reference \(field.name) before supertype constructor has been called", at: location)
    }
    let this = TypedExpression(kind: .this, type: .object(owner.binaryName), location: location)
    return TypedExpression(kind: .instanceField(receiver: this, ref), type: field.type, location: location)
  }

  private func member(of base: Qualifier, named name: String, nameLocation: SourceLocation, dotLocation: SourceLocation)
    throws(Diagnostic) -> Qualifier
  {
    switch base {
    case .system:
      if name == "out" {
        let ref = JVMFieldRef(owner: "java/lang/System", name: "out", descriptor: "Ljava/io/PrintStream;")
        return .systemOut(
          TypedExpression(kind: .staticField(ref, discardedReceiver: nil), type: .printStream, location: dotLocation))
      }
      throw Diagnostic(
        "System.\(name) is not supported (only System.out.println/print and System.gc())", at: nameLocation)
    case .systemOut:
      throw Diagnostic("System.out.\(name) is not supported (only println and print)", at: nameLocation)
    case .type(let index):
      if let field = classes[index].fields.first(where: { $0.name == name }) {
        guard field.isStatic else {
          throw Diagnostic("non-static variable \(name) cannot be referenced from a static context", at: nameLocation)
        }
        return .value(try fieldAccess(field, receiver: nil, at: dotLocation))
      }
      if let nested = classes[index].nested[name] { return .type(nested) }
      throw Diagnostic("cannot find symbol: variable \(name) in class \(classes[index].name)", at: nameLocation)
    case .value(let receiver):
      switch receiver.type {
      case .array:
        guard name == "length" else { throw Diagnostic("cannot find symbol: variable \(name)", at: nameLocation) }
        return .value(TypedExpression(kind: .arrayLength(receiver), type: .int, location: dotLocation))
      case .object(let className):
        guard let index = classIndex(binaryName: className) else {
          throw Diagnostic("\(receiver.type.sourceName) has no fields that can be used", at: nameLocation)
        }
        guard let field = classes[index].fields.first(where: { $0.name == name }) else {
          throw Diagnostic("cannot find symbol: variable \(name) in class \(classes[index].name)", at: nameLocation)
        }
        return .value(try fieldAccess(field, receiver: receiver, at: dotLocation))
      default:
        throw Diagnostic("\(receiver.type.sourceName) cannot be dereferenced", at: dotLocation)
      }
    }
  }

  private func value(of qualifier: Qualifier, _ expression: Expression) throws(Diagnostic) -> TypedExpression {
    switch qualifier {
    case .value(let typed): return typed
    case .type(let index):
      throw Diagnostic("class \(classes[index].name) is not a value", at: expression.start)
    case .system, .systemOut:
      throw Diagnostic("System and System.out can only be used to call println, print or gc", at: expression.start)
    }
  }

  /// The target of an assignment or increment: a local, a field or an array element.
  private func variable(_ expression: Expression) throws(Diagnostic) -> TypedExpression {
    var inner = expression
    while case .parenthesized(let wrapped) = inner.kind { inner = wrapped }
    let typed: TypedExpression
    switch inner.kind {
    case .name, .fieldAccess:
      typed = try value(of: try qualifier(inner, asAssignmentTarget: true), inner)
    case .arrayAccess:
      typed = try checkExpression(inner)
    default:
      throw Diagnostic("unexpected type: a variable is required here", at: expression.start)
    }
    switch typed.kind {
    case .local, .staticField, .instanceField, .arrayElement:
      return typed
    case .arrayLength:
      throw Diagnostic("cannot assign a value to final variable length", at: expression.start)
    default:
      throw Diagnostic("unexpected type: a variable is required here", at: expression.start)
    }
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
      // Unary plus only loads its operand.
      let kind: TypedExpression.Kind = op == .negate ? .negate(typed) : .parenthesized(typed)
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

  private func conditional(
    _ condition: Expression, _ then: Expression, _ elsePart: Expression, at location: SourceLocation
  )
    throws(Diagnostic) -> TypedExpression
  {
    let c = try checkCondition(condition)
    let a = try checkExpression(then)
    let b = try checkExpression(elsePart)
    let type: JavaType
    if a.type == b.type {
      type = a.type
    } else if a.type == .null && b.type.isReference && b.type != .string {
      type = b.type
    } else if b.type == .null && a.type.isReference && a.type != .string {
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
}
