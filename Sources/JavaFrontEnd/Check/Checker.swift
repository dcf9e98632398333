// Name and type resolution for the Java subset: builds the class table,
// resolves every name, types every expression, folds constants, and rejects
// what javac rejects (as far as the subset goes) with javac-like messages.
// Statements, expressions and flow analysis are in the files beside this one.

import ScenarioSource

struct FieldInfo {
  var name: String
  var type: JavaType
  var access: JavaAccessFlags
  var location: SourceLocation
  var initializer: Expression?
  var owner: Int

  var isStatic: Bool { access.contains(.static) }
}

struct MethodInfo {
  var name: String
  var parameterTypes: [JavaType]
  var returnType: JavaType
  var access: JavaAccessFlags
  var location: SourceLocation
  /// nil for an implicit default constructor.
  var declaration: MethodDeclaration?
  var owner: Int

  var isStatic: Bool { access.contains(.static) }
  var isConstructor: Bool { name == "<init>" }
  var descriptor: String { methodDescriptor(parameterTypes, returnType) }

  /// As javac names it in messages: `m(int,Node)`.
  func signature(className: String) -> String {
    (isConstructor ? className : name) + "(" + parameterTypes.map(\.sourceName).joined(separator: ",") + ")"
  }
}

struct ClassInfo {
  var name: String
  var binaryName: String
  var outer: Int?
  var nested: [String: Int] = [:]
  var declaration: ClassDeclaration
  var fields: [FieldInfo] = []
  var methods: [MethodInfo] = []

  var isStatic: Bool { declaration.modifiers.isStatic || outer == nil }
}

final class JavaChecker {
  let fileName: String
  var classes: [ClassInfo] = []
  /// Indices of top-level classes, in source order.
  var topLevel: [Int] = []

  // The context of the code being checked.
  var currentClass = 0
  var isStaticContext = false
  var returnType: JavaType = .void
  var inConstructorCall = false
  var scopes: [[String: LocalVariable]] = []
  var nextLocalID = 0
  var loopDepth = 0
  /// While checking a field initializer or initializer block: the fields
  /// of the class declared so far (javac's illegal forward reference).
  var fieldsDeclaredSoFar: Set<String>? = nil
  var inInitializerBlock = false
  var currentMethod: MethodInfo? = nil
  /// How messages name the method being checked: `method main(String[])`.
  var currentMethodName = ""
  /// Every `this(...)` call, to find cycles among constructors.
  var constructorCalls: [(from: String, to: String, location: SourceLocation, owner: Int)] = []

  init(fileName: String) {
    self.fileName = fileName
  }

  static func check(_ file: JavaSourceFile, fileName: String) throws(Diagnostic) -> (
    classes: [TypedClass], mainClass: String
  ) {
    let checker = JavaChecker(fileName: fileName)
    return try checker.run(file)
  }

  private func run(_ file: JavaSourceFile) throws(Diagnostic) -> (classes: [TypedClass], mainClass: String) {
    for declaration in file.classes {
      topLevel.append(try enter(declaration, outer: nil))
    }
    for index in classes.indices { try collectMembers(of: index) }
    let main = try findMainClass(file)
    var typed: [TypedClass] = []
    for index in classOrder() { typed.append(try checkClass(index)) }
    try checkConstructorCycles()
    return (typed, classes[main].binaryName)
  }

  /// Top-level classes in source order, each followed by its nested classes (depth first).
  private func classOrder() -> [Int] {
    var order: [Int] = []
    func visit(_ index: Int) {
      order.append(index)
      for member in classes[index].declaration.members {
        if case .nestedClass(let nested) = member, let child = classes[index].nested[nested.name] { visit(child) }
      }
    }
    topLevel.forEach(visit)
    return order
  }

  // MARK: Access

  func outermost(_ index: Int) -> Int {
    var current = index
    while let outer = classes[current].outer { current = outer }
    return current
  }

  /// Private members are visible within the same top-level class (nestmates).
  func checkAccess(_ access: JavaAccessFlags, owner: Int, what: String, at location: SourceLocation) throws(Diagnostic)
  {
    if access.contains(.private) && outermost(owner) != outermost(currentClass) {
      throw Diagnostic("\(what) has private access in \(classes[owner].name)", at: location)
    }
  }

  // MARK: Locals

  func declareLocal(_ name: String, _ type: JavaType, at location: SourceLocation, methodName: String)
    throws(Diagnostic) -> LocalVariable
  {
    if scopes.contains(where: { $0[name] != nil }) {
      throw Diagnostic("variable \(name) is already defined in \(methodName)", at: location)
    }
    let local = LocalVariable(id: nextLocalID, name: name, type: type)
    nextLocalID += 1
    scopes[scopes.count - 1][name] = local
    return local
  }

  func lookupLocal(_ name: String) -> LocalVariable? {
    for scope in scopes.reversed() {
      if let local = scope[name] { return local }
    }
    return nil
  }

  func withScope<T>(_ body: () throws(Diagnostic) -> T) throws(Diagnostic) -> T {
    scopes.append([:])
    defer { scopes.removeLast() }
    return try body()
  }
}
