// Classes and their methods: constructor prologues (super or this call,
// then the instance initializers, as javac's normalizeDefs arranges them),
// the static initializer, and the flow checks at the end of each body.

import ScenarioSource

extension JavaChecker {
  /// Local ids of initializer code start here, apart from any method's own,
  /// since instance initializers are copied into every constructor.
  static let initializerLocalIDs = 1 << 20

  func checkClass(_ index: Int) throws(Diagnostic) -> TypedClass {
    currentClass = index
    let info = classes[index]
    let (instanceInitializers, staticInitializers) = try initializers(of: index)
    var methods: [TypedMethod] = []
    for method in info.methods {
      methods.append(try checkMethod(method, instanceInitializers: instanceInitializers))
    }
    if let last = staticInitializers.last {
      // javac's <clinit> ends where its last initializer ends.
      methods.append(
        TypedMethod(
          name: "<clinit>", descriptor: "()V", access: .static, parameters: [], returnType: .void,
          body: staticInitializers.map(\.statement), endLocation: last.end))
    }
    // A class file knows only public and package access: a protected
    // nested class is public there, a private one package-private.
    var classAccess: JavaAccessFlags = [.super]
    if info.declaration.modifiers.isPublic || info.declaration.modifiers.isProtected { classAccess.insert(.public) }
    return TypedClass(
      binaryName: info.binaryName, access: classAccess, outerClass: info.outer.map { classes[$0].binaryName },
      fields: info.fields.map { TypedField(name: $0.name, type: $0.type, access: $0.access) }, methods: methods)
  }

  /// Field initializers and initializer blocks, instance and static, in textual order.
  private func initializers(of index: Int) throws(Diagnostic) -> (
    instance: [TypedStatement], static: [(statement: TypedStatement, end: SourceLocation)]
  ) {
    let info = classes[index]
    var instance: [TypedStatement] = []
    var statics: [(statement: TypedStatement, end: SourceLocation)] = []
    var declaredInstance: Set<String> = []
    var declaredStatic: Set<String> = []
    // One id sequence for all initializers of the class: they end up in the same constructor.
    nextLocalID = Self.initializerLocalIDs
    for member in info.declaration.members {
      switch member {
      case .field(let declaration):
        let field = info.fields.first { $0.name == declaration.name }!
        let isStatic = field.isStatic
        if let initializer = declaration.initializer {
          fieldsDeclaredSoFar = isStatic ? declaredStatic : declaredInstance
          let statement = try inInitializer(isStatic: isStatic) { () throws(Diagnostic) in
            let value = try checkAssignable(initializer, to: field.type)
            let ref = JVMFieldRef(owner: info.binaryName, name: field.name, descriptor: field.type.descriptor)
            let target =
              isStatic
              ? TypedExpression(
                kind: .staticField(ref, discardedReceiver: nil), type: field.type, location: field.location)
              : TypedExpression(
                kind: .instanceField(
                  receiver: TypedExpression(kind: .this, type: .object(info.binaryName), location: field.location), ref),
                type: field.type, location: field.location)
            let assignment = TypedExpression(
              kind: .assign(target: target, value: value), type: field.type, location: field.location)
            return TypedStatement(kind: .expression(assignment), location: field.location)
          }
          if isStatic { statics.append((statement, field.location)) } else { instance.append(statement) }
        }
        if isStatic { declaredStatic.insert(field.name) } else { declaredInstance.insert(field.name) }
      case .initializer(let isStatic, let body):
        fieldsDeclaredSoFar = isStatic ? declaredStatic : declaredInstance
        let statement = try inInitializer(isStatic: isStatic) { () throws(Diagnostic) in
          let block = try checkBlock(body)
          if try !analyzeFlow(of: [block], parameters: []) {
            throw Diagnostic("initializer must be able to complete normally", at: body.location)
          }
          return block
        }
        if isStatic { statics.append((statement, body.endLocation)) } else { instance.append(statement) }
      case .method, .nestedClass:
        break
      }
    }
    fieldsDeclaredSoFar = nil
    return (instance, statics)
  }

  private func inInitializer<T>(isStatic: Bool, _ body: () throws(Diagnostic) -> T) throws(Diagnostic) -> T {
    isStaticContext = isStatic
    returnType = .void
    inInitializerBlock = true
    currentMethod = nil
    currentMethodName = "class \(classes[currentClass].name)"
    loopDepth = 0
    scopes = [[:]]
    defer {
      inInitializerBlock = false
      scopes = []
    }
    return try body()
  }

  private func checkMethod(_ method: MethodInfo, instanceInitializers: [TypedStatement]) throws(Diagnostic)
    -> TypedMethod
  {
    let info = classes[currentClass]
    isStaticContext = method.isStatic
    returnType = method.returnType
    nextLocalID = 0
    loopDepth = 0
    scopes = [[:]]
    defer { scopes = [] }
    currentMethod = method
    currentMethodName = (method.isConstructor ? "constructor " : "method ") + method.signature(className: info.name)

    guard let declaration = method.declaration else {
      // The implicit default constructor, all at the class's position.
      let location = info.declaration.location
      let body = [superCall(at: location, parenthesis: location)] + instanceInitializers
      return TypedMethod(
        name: "<init>", descriptor: "()V", access: method.access, parameters: [], returnType: .void, body: body,
        endLocation: instanceInitializers.last?.location ?? location)
    }

    var parameters: [LocalVariable] = []
    for (parameter, type) in zip(declaration.parameters, method.parameterTypes) {
      parameters.append(try declareLocal(parameter.name, type, at: parameter.location, methodName: currentMethodName))
    }
    var statements = declaration.body.statements
    var prologue: [TypedStatement] = []
    let endLocation = declaration.body.endLocation
    if method.isConstructor {
      if let first = statements.first, case .constructorCall(let isSuper, let arguments, let open) = first.kind {
        statements.removeFirst()
        if isSuper {
          if let argument = arguments.first {
            throw Diagnostic("constructor Object in class Object cannot be applied to given types", at: argument.start)
          }
          prologue = [superCall(at: first.location, parenthesis: open)] + instanceInitializers
        } else {
          prologue = [try thisCall(arguments, at: first.location, parenthesis: open)]
        }
      } else {
        prologue =
          [superCall(at: declaration.body.location, parenthesis: declaration.body.location)] + instanceInitializers
      }
    }
    var body: [TypedStatement] = prologue
    for statement in statements {
      body.append(try checkBlockStatement(statement))
    }
    if try analyzeFlow(of: body, parameters: parameters) && method.returnType != .void {
      throw Diagnostic("missing return statement", at: declaration.body.endLocation)
    }
    return TypedMethod(
      name: method.name, descriptor: method.descriptor, access: method.access, parameters: parameters,
      returnType: method.returnType, body: body, endLocation: endLocation)
  }

  private func superCall(at location: SourceLocation, parenthesis: SourceLocation) -> TypedStatement {
    let constructor = JVMMethodRef(owner: "java/lang/Object", name: "<init>", descriptor: "()V")
    let this = TypedExpression(kind: .this, type: .object(classes[currentClass].binaryName), location: location)
    let call = TypedExpression(
      kind: .invoke(constructor, .special, receiver: this, arguments: [], discardedReceiver: nil), type: .void,
      location: parenthesis)
    return TypedStatement(kind: .expression(call), location: location)
  }

  /// `this(args)`: its arguments may not use `this` (the object is not constructed yet).
  private func thisCall(_ arguments: [Expression], at location: SourceLocation, parenthesis: SourceLocation)
    throws(Diagnostic) -> TypedStatement
  {
    inConstructorCall = true
    defer { inConstructorCall = false }
    let (constructor, typedArguments) = try resolveMethod(
      "<init>", in: currentClass, arguments: arguments, at: location, wantStatic: nil)
    let ref = JVMMethodRef(owner: classes[currentClass].binaryName, name: "<init>", descriptor: constructor.descriptor)
    constructorCalls.append(
      (from: currentMethod?.descriptor ?? "", to: constructor.descriptor, location: location, owner: currentClass))
    let this = TypedExpression(kind: .this, type: .object(classes[currentClass].binaryName), location: location)
    let call = TypedExpression(
      kind: .invoke(ref, .special, receiver: this, arguments: typedArguments, discardedReceiver: nil), type: .void,
      location: parenthesis)
    return TypedStatement(kind: .expression(call), location: location)
  }

  /// javac: "recursive constructor invocation" when this(...) calls go round.
  func checkConstructorCycles() throws(Diagnostic) {
    for call in constructorCalls {
      var seen: Set<String> = [call.from]
      var next: String? = call.to
      while let descriptor = next {
        if seen.contains(descriptor) {
          throw Diagnostic("recursive constructor invocation", at: call.location)
        }
        seen.insert(descriptor)
        next = constructorCalls.first { $0.owner == call.owner && $0.from == descriptor }?.to
      }
    }
  }
}
