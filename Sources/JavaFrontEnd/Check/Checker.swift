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

  // MARK: Classes

  private static let reservedClassNames: Set<String> = ["String", "System", "Object"]

  private func enter(_ declaration: ClassDeclaration, outer: Int?) throws(Diagnostic) -> Int {
    let name = declaration.name
    if Self.reservedClassNames.contains(name) {
      throw Diagnostic(
        "a class named \(name) would hide java.lang.\(name): choose another name", at: declaration.nameLocation)
    }
    if let outer {
      if classes[outer].nested[name] != nil {
        throw Diagnostic(
          "class \(name) is already defined in class \(classes[outer].name)", at: declaration.nameLocation)
      }
      var enclosing: Int? = outer
      while let index = enclosing {
        if classes[index].name == name {
          throw Diagnostic("class \(name) is already defined in this scope", at: declaration.nameLocation)
        }
        enclosing = classes[index].outer
      }
      if !declaration.modifiers.isStatic {
        throw Diagnostic("inner classes are not supported: declare it 'static class \(name)'", at: declaration.location)
      }
    } else {
      if topLevel.contains(where: { classes[$0].name == name }) {
        throw Diagnostic("duplicate class: \(name)", at: declaration.nameLocation)
      }
      if let location = declaration.modifiers.location,
        declaration.modifiers.isPrivate || declaration.modifiers.isProtected || declaration.modifiers.isStatic
      {
        throw Diagnostic("modifier not allowed here", at: location)
      }
    }
    let binaryName = outer.map { classes[$0].binaryName + "$" + name } ?? name
    let index = classes.count
    classes.append(ClassInfo(name: name, binaryName: binaryName, outer: outer, declaration: declaration))
    if let outer { classes[outer].nested[name] = index }
    for member in declaration.members {
      if case .nestedClass(let nested) = member { _ = try enter(nested, outer: index) }
    }
    return index
  }

  /// The public class, named as the file, with `public static void main(String[])`.
  private func findMainClass(_ file: JavaSourceFile) throws(Diagnostic) -> Int {
    let baseName = String((fileName.split(separator: "/").last ?? "").split(separator: ".").first ?? "")
    var main: Int? = nil
    for index in topLevel where classes[index].declaration.modifiers.isPublic {
      let declaration = classes[index].declaration
      if fileName.hasSuffix(".java") && declaration.name != baseName {
        throw Diagnostic(
          "class \(declaration.name) is public, should be declared in a file named \(declaration.name).java",
          at: declaration.nameLocation)
      }
      main = index
    }
    guard let main else {
      let location = file.classes.first?.location ?? SourceLocation(line: 1, column: 1)
      throw Diagnostic("no public class: the public class \(baseName) holds main", at: location)
    }
    let hasMain = classes[main].methods.contains {
      $0.name == "main" && $0.isStatic && $0.access.contains(.public) && $0.returnType == .void
        && $0.parameterTypes == [.array("java/lang/String")]
    }
    if !hasMain {
      throw Diagnostic(
        "class \(classes[main].name) has no 'public static void main(String[] args)'",
        at: classes[main].declaration.nameLocation)
    }
    return main
  }

  // MARK: Types

  /// The class a simple name means inside class `scope`: a nested class of
  /// it or of an enclosing class, else a top-level class.
  func lookupClass(_ name: String, from scope: Int) -> Int? {
    var enclosing: Int? = scope
    while let index = enclosing {
      if let nested = classes[index].nested[name] { return nested }
      enclosing = classes[index].outer
    }
    return topLevel.first { classes[$0].name == name }
  }

  /// `Outer.Inner.Deep` from `scope`.
  func lookupClass(_ names: [String], from scope: Int) -> Int? {
    guard var index = lookupClass(names[0], from: scope) else { return nil }
    for name in names.dropFirst() {
      guard let nested = classes[index].nested[name] else { return nil }
      index = nested
    }
    return index
  }

  func resolve(_ type: TypeSyntax, in scope: Int, allowVoid: Bool = false, allowStringArray: Bool = false)
    throws(Diagnostic) -> JavaType
  {
    if type.arrayDimensions > 1 {
      throw Diagnostic("arrays of arrays are not supported", at: type.location)
    }
    switch type.base {
    case .void:
      if !allowVoid || type.arrayDimensions > 0 { throw Diagnostic("'void' type not allowed here", at: type.location) }
      return .void
    case .int, .boolean:
      if type.arrayDimensions > 0 {
        throw Diagnostic("arrays of int or boolean are not supported (only arrays of classes)", at: type.location)
      }
      return type.base == .int ? .int : .boolean
    case .named(let names):
      if names == ["String"] && lookupClass("String", from: scope) == nil {
        if allowStringArray && type.arrayDimensions == 1 { return .array("java/lang/String") }
        throw Diagnostic(
          "String variables are not supported (strings are only literals, concatenations and println arguments)",
          at: type.location)
      }
      guard let index = lookupClass(names, from: scope) else {
        throw Diagnostic("cannot find symbol: class \(names.joined(separator: "."))", at: type.location)
      }
      let binaryName = classes[index].binaryName
      return type.arrayDimensions == 1 ? .array(binaryName) : .object(binaryName)
    }
  }

  func classIndex(binaryName: String) -> Int? {
    classes.firstIndex { $0.binaryName == binaryName }
  }

  // MARK: Members

  private func access(_ modifiers: Modifiers) -> JavaAccessFlags {
    var flags: JavaAccessFlags = []
    if modifiers.isPublic { flags.insert(.public) }
    if modifiers.isPrivate { flags.insert(.private) }
    if modifiers.isProtected { flags.insert(.protected) }
    if modifiers.isStatic { flags.insert(.static) }
    return flags
  }

  private func collectMembers(of index: Int) throws(Diagnostic) {
    let declaration = classes[index].declaration
    var fields: [FieldInfo] = []
    var methods: [MethodInfo] = []
    for member in declaration.members {
      switch member {
      case .field(let field):
        if fields.contains(where: { $0.name == field.name }) {
          throw Diagnostic("variable \(field.name) is already defined in class \(declaration.name)", at: field.location)
        }
        let type = try resolve(field.type, in: index)
        fields.append(
          FieldInfo(
            name: field.name, type: type, access: access(field.modifiers), location: field.location,
            initializer: field.initializer, owner: index))
      case .method(let method):
        var parameterTypes: [JavaType] = []
        for parameter in method.parameters {
          parameterTypes.append(try resolve(parameter.type, in: index, allowStringArray: method.name == "main"))
        }
        let returnType = try method.returnType.map { type throws(Diagnostic) in
          try resolve(type, in: index, allowVoid: true)
        }
        let info = MethodInfo(
          name: method.name, parameterTypes: parameterTypes, returnType: returnType ?? .void,
          access: access(method.modifiers), location: method.location, declaration: method, owner: index)
        if method.isConstructor && method.modifiers.isStatic {
          throw Diagnostic("modifier static not allowed here", at: method.modifiers.location ?? method.location)
        }
        if parameterTypes.contains(.array("java/lang/String")) && !(method.name == "main" && parameterTypes.count == 1)
        {
          throw Diagnostic("String[] is supported only as main's parameter", at: method.location)
        }
        if methods.contains(where: { $0.name == info.name && $0.parameterTypes == info.parameterTypes }) {
          throw Diagnostic(
            "\(method.isConstructor ? "constructor" : "method") \(info.signature(className: declaration.name)) is already defined in class \(declaration.name)",
            at: method.location)
        }
        methods.append(info)
      case .nestedClass, .initializer:
        break
      }
    }
    if !methods.contains(where: \.isConstructor) {
      // The default constructor has the class's access (JLS 8.8.9).
      var flags = access(declaration.modifiers)
      flags.remove(.static)
      methods.insert(
        MethodInfo(
          name: "<init>", parameterTypes: [], returnType: .void, access: flags, location: declaration.location,
          declaration: nil, owner: index), at: 0)
    }
    classes[index].fields = fields
    classes[index].methods = methods
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
