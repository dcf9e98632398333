// Names and dotted names: locals, fields (through an object, a class, or
// implicitly this or an enclosing class), classes, System and System.out,
// and the variables assignments may target.

import ScenarioSource

extension JavaChecker {

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

  func simpleName(_ name: String, at location: SourceLocation, asAssignmentTarget: Bool) throws(Diagnostic)
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
  func checkForwardReference(
    _ field: FieldInfo, in index: Int, at location: SourceLocation, asAssignmentTarget: Bool
  ) throws(Diagnostic) {
    guard let declared = fieldsDeclaredSoFar, index == currentClass, !asAssignmentTarget,
      field.isStatic == isStaticContext, !declared.contains(field.name)
    else { return }
    throw Diagnostic("illegal forward reference", at: location)
  }

  /// A field, read through `receiver` or (nil) by its simple name.
  func fieldAccess(_ field: FieldInfo, receiver: TypedExpression?, at location: SourceLocation)
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

  func member(of base: Qualifier, named name: String, nameLocation: SourceLocation, dotLocation: SourceLocation)
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

  func value(of qualifier: Qualifier, _ expression: Expression) throws(Diagnostic) -> TypedExpression {
    switch qualifier {
    case .value(let typed): return typed
    case .type(let index):
      throw Diagnostic("class \(classes[index].name) is not a value", at: expression.start)
    case .system, .systemOut:
      throw Diagnostic("System and System.out can only be used to call println, print or gc", at: expression.start)
    }
  }

  /// The target of an assignment or increment: a local, a field or an array element.
  func variable(_ expression: Expression) throws(Diagnostic) -> TypedExpression {
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

}
