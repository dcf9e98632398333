// Declarations: the class table (binary names, nesting rules), the main
// class, and each class's fields, methods and default constructor.

import ScenarioSource

extension JavaChecker {

  static let reservedClassNames: Set<String> = ["String", "System", "Object"]

  func enter(_ declaration: ClassDeclaration, outer: Int?) throws(Diagnostic) -> Int {
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
  func findMainClass(_ file: JavaSourceFile) throws(Diagnostic) -> Int {
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

  func access(_ modifiers: Modifiers) -> JavaAccessFlags {
    var flags: JavaAccessFlags = []
    if modifiers.isPublic { flags.insert(.public) }
    if modifiers.isPrivate { flags.insert(.private) }
    if modifiers.isProtected { flags.insert(.protected) }
    if modifiers.isStatic { flags.insert(.static) }
    return flags
  }

  func collectMembers(of index: Int) throws(Diagnostic) {
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

}
