// Types as written to types of the subset: class names looked up from
// the class where they appear (nested classes of it and of its enclosing
// classes first, then top-level classes).

import ScenarioSource

extension JavaChecker {

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

}
