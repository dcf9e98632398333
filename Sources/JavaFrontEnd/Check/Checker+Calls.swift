// Method calls and constructor resolution: the file's own methods (with
// javac's rule for overloads, which in this subset reduces to "exactly one
// applicable"), System.out.println/print and System.gc().

import ScenarioSource

extension JavaChecker {
  func call(
    _ target: Expression?, _ name: String, nameLocation: SourceLocation, arguments: [Expression],
    at location: SourceLocation
  ) throws(Diagnostic) -> TypedExpression {
    guard let target else {
      return try unqualifiedCall(name, nameLocation: nameLocation, arguments: arguments, at: location)
    }
    switch try qualifier(target) {
    case .system:
      guard name == "gc" else {
        throw Diagnostic(
          "System.\(name)() is not supported (only System.gc() and System.out.println/print)", at: nameLocation)
      }
      if let argument = arguments.first { throw Diagnostic("System.gc() takes no arguments", at: argument.start) }
      let ref = JVMMethodRef(owner: "java/lang/System", name: "gc", descriptor: "()V")
      return TypedExpression(
        kind: .invoke(ref, .static, receiver: nil, arguments: [], discardedReceiver: nil), type: .void,
        location: location)
    case .systemOut(let out):
      return try printCall(name, receiver: out, nameLocation: nameLocation, arguments: arguments, at: location)
    case .type(let index):
      let (method, typed) = try resolveMethod(name, in: index, arguments: arguments, at: nameLocation, wantStatic: true)
      return invocation(method, receiver: nil, discarded: nil, arguments: typed, at: location)
    case .value(let receiver):
      guard case .object(let className) = receiver.type, let index = classIndex(binaryName: className) else {
        if receiver.type.isReference {
          throw Diagnostic("cannot find symbol: method \(name) (arrays have no methods here)", at: nameLocation)
        }
        throw Diagnostic("\(receiver.type.sourceName) cannot be dereferenced", at: nameLocation)
      }
      let (method, typed) = try resolveMethod(name, in: index, arguments: arguments, at: nameLocation, wantStatic: nil)
      if method.isStatic {
        return invocation(method, receiver: nil, discarded: receiver, arguments: typed, at: location)
      }
      return invocation(method, receiver: receiver, discarded: nil, arguments: typed, at: location)
    }
  }

  /// `m(args)`: a method of this class, else of the innermost enclosing class that has one so named.
  private func unqualifiedCall(
    _ name: String, nameLocation: SourceLocation, arguments: [Expression], at location: SourceLocation
  )
    throws(Diagnostic) -> TypedExpression
  {
    var enclosing: Int? = currentClass
    while let index = enclosing {
      if classes[index].methods.contains(where: { $0.name == name }) {
        let (method, typed) = try resolveMethod(
          name, in: index, arguments: arguments, at: nameLocation, wantStatic: nil)
        if method.isStatic { return invocation(method, receiver: nil, discarded: nil, arguments: typed, at: location) }
        if index != currentClass || isStaticContext || inConstructorCall {
          throw Diagnostic(
            "non-static method \(method.signature(className: classes[index].name)) cannot be referenced from a static context",
            at: nameLocation)
        }
        let this = TypedExpression(kind: .this, type: .object(classes[index].binaryName), location: nameLocation)
        return invocation(method, receiver: this, discarded: nil, arguments: typed, at: location)
      }
      enclosing = classes[index].outer
    }
    throw Diagnostic("cannot find symbol: method \(name)", at: nameLocation)
  }

  private func invocation(
    _ method: MethodInfo, receiver: TypedExpression?, discarded: TypedExpression?, arguments: [TypedExpression],
    at location: SourceLocation
  ) -> TypedExpression {
    let ref = JVMMethodRef(owner: classes[method.owner].binaryName, name: method.name, descriptor: method.descriptor)
    // javac 11 and later call private methods with invokevirtual too (nestmates).
    let kind: InvokeKind = method.isStatic ? .static : .virtual
    return TypedExpression(
      kind: .invoke(ref, kind, receiver: receiver, arguments: arguments, discardedReceiver: discarded),
      type: method.returnType, location: location)
  }

  private func printCall(
    _ name: String, receiver: TypedExpression, nameLocation: SourceLocation, arguments: [Expression],
    at location: SourceLocation
  ) throws(Diagnostic) -> TypedExpression {
    guard name == "println" || name == "print" else {
      throw Diagnostic("System.out.\(name) is not supported (only println and print)", at: nameLocation)
    }
    var typed: [TypedExpression] = []
    for argument in arguments { typed.append(try checkExpression(argument)) }
    let descriptor: String
    switch typed.count {
    case 0:
      guard name == "println" else { throw Diagnostic("System.out.print needs an argument", at: location) }
      descriptor = "()V"
    case 1:
      switch typed[0].type {
      case .int, .boolean: descriptor = "(\(typed[0].type.descriptor))V"
      case .string: descriptor = "(Ljava/lang/String;)V"
      case .null: throw Diagnostic("reference to \(name) is ambiguous", at: arguments[0].start)
      default:
        throw Diagnostic(
          "printing a \(typed[0].type.sourceName) is not supported (its text would depend on the JVM's identity hash)",
          at: arguments[0].start)
      }
    default:
      throw Diagnostic("System.out.\(name) takes one argument", at: arguments[1].start)
    }
    let ref = JVMMethodRef(owner: "java/io/PrintStream", name: name, descriptor: descriptor)
    return TypedExpression(
      kind: .invoke(ref, .virtual, receiver: receiver, arguments: typed, discardedReceiver: nil), type: .void,
      location: location)
  }

  /// The one method of class `index` named `name` that the arguments fit.
  /// `wantStatic`: true when called through the class name.
  func resolveMethod(
    _ name: String, in index: Int, arguments: [Expression], at location: SourceLocation, wantStatic: Bool?
  )
    throws(Diagnostic) -> (MethodInfo, [TypedExpression])
  {
    var typed: [TypedExpression] = []
    for argument in arguments { typed.append(try checkExpression(argument)) }
    let info = classes[index]
    let named = info.methods.filter { $0.name == name }
    let shownName = name == "<init>" ? info.name : name
    let argumentTypes = typed.map { $0.type == .null ? "<null>" : $0.type.sourceName }.joined(separator: ",")
    if named.isEmpty {
      throw Diagnostic("cannot find symbol: method \(shownName)(\(argumentTypes)) in class \(info.name)", at: location)
    }
    let applicable = named.filter { method in
      method.parameterTypes.count == typed.count
        && zip(typed, method.parameterTypes).allSatisfy { isAssignable($0.type, to: $1) }
    }
    guard let method = applicable.first else {
      let what = name == "<init>" ? "constructor \(info.name)" : "method \(name)"
      throw Diagnostic(
        "\(what) in class \(info.name) cannot be applied to given types (found: \(argumentTypes.isEmpty ? "no arguments" : argumentTypes))",
        at: location)
    }
    if applicable.count > 1 {
      throw Diagnostic("reference to \(shownName) is ambiguous", at: location)
    }
    if wantStatic == true && !method.isStatic {
      throw Diagnostic(
        "non-static method \(method.signature(className: info.name)) cannot be referenced from a static context",
        at: location)
    }
    try checkAccess(method.access, owner: index, what: method.signature(className: info.name), at: location)
    return (method, typed)
  }
}
