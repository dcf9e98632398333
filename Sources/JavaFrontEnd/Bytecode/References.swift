// Symbolic operands: what javap prints in its `//` comment in place of a
// constant-pool index. Descriptors use the JVM's syntax (`I`, `Z`, `LNode;`,
// `[LNode;`, `(LNode;I)V`).

/// A field as an instruction names it: `Node.other:LNode;`.
public struct JVMFieldRef: Hashable, Sendable, CustomStringConvertible {
  /// The binary name of the class that declares it (`Outer$Inner`, `java/lang/System`).
  public var owner: String
  public var name: String
  public var descriptor: String

  public init(owner: String, name: String, descriptor: String) {
    self.owner = owner
    self.name = name
    self.descriptor = descriptor
  }

  /// Whether the field holds a reference (an object or an array).
  public var isReference: Bool { descriptor.first == "L" || descriptor.first == "[" }

  public var description: String { "\(owner).\(name):\(descriptor)" }
}

/// A method as an instruction names it: `Node."<init>":()V`.
public struct JVMMethodRef: Hashable, Sendable, CustomStringConvertible {
  public var owner: String
  public var name: String
  public var descriptor: String

  public init(owner: String, name: String, descriptor: String) {
    self.owner = owner
    self.name = name
    self.descriptor = descriptor
  }

  /// The descriptors of the parameters, in order: `["LNode;", "I"]`.
  public var parameterDescriptors: [String] { splitMethodDescriptor(descriptor).parameters }
  /// The return descriptor: `V`, `I`, `Z`, `LNode;`, `[LNode;`.
  public var returnDescriptor: String { splitMethodDescriptor(descriptor).result }

  public var description: String {
    let shownName = name.hasPrefix("<") ? "\"\(name)\"" : name
    return "\(owner).\(shownName):\(descriptor)"
  }
}

/// A string concatenation call site (`invokedynamic makeConcatWithConstants`),
/// as javac 17 builds it: a recipe where U+0001 stands for the next argument
/// on the stack and U+0002 for the next entry of `constants`; every other
/// character is copied.
public struct JVMStringConcat: Hashable, Sendable, CustomStringConvertible {
  public var recipe: String
  public var constants: [String]
  /// The call site's descriptor: one parameter per U+0001, result String.
  public var descriptor: String

  public init(recipe: String, constants: [String], descriptor: String) {
    self.recipe = recipe
    self.constants = constants
    self.descriptor = descriptor
  }

  public var argumentDescriptors: [String] { splitMethodDescriptor(descriptor).parameters }

  /// The resulting text, given each argument's text in order.
  public func concatenate(_ arguments: [String]) -> String {
    var result = ""
    var nextArgument = arguments.makeIterator()
    var nextConstant = constants.makeIterator()
    for scalar in recipe.unicodeScalars {
      switch scalar {
      case "\u{1}": result += nextArgument.next() ?? ""
      case "\u{2}": result += nextConstant.next() ?? ""
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  public var description: String { "makeConcatWithConstants:\(descriptor)" }
}

/// Splits `(LNode;I)V` into `["LNode;", "I"]` and `V`.
func splitMethodDescriptor(_ descriptor: String) -> (parameters: [String], result: String) {
  let scalars = Array(descriptor.unicodeScalars)
  var parameters: [String] = []
  var index = 1
  func one() -> String {
    let start = index
    while scalars[index] == "[" { index += 1 }
    if scalars[index] == "L" {
      while scalars[index] != ";" { index += 1 }
    }
    index += 1
    return String(String.UnicodeScalarView(scalars[start..<index]))
  }
  while index < scalars.count && scalars[index] != ")" { parameters.append(one()) }
  index += 1
  return (parameters, index < scalars.count ? one() : "V")
}
