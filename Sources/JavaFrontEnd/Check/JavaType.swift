// The types of the subset: int, boolean, references to the file's classes,
// one-dimensional arrays of them, and the few library types that appear
// (String for literals and concatenation, String[] for main's parameter,
// PrintStream for System.out).

enum JavaType: Hashable, Sendable {
  case int
  case boolean
  case void
  /// The type of the `null` literal.
  case null
  /// A class by its binary name (`Node`, `Outer$Inner`, `java/lang/String`).
  case object(String)
  /// A one-dimensional array of a class.
  case array(String)

  static let string = JavaType.object("java/lang/String")
  static let printStream = JavaType.object("java/io/PrintStream")

  var isReference: Bool {
    switch self {
    case .null, .object, .array: return true
    case .int, .boolean, .void: return false
    }
  }

  /// The field descriptor: `I`, `Z`, `V`, `LNode;`, `[LNode;`.
  var descriptor: String {
    switch self {
    case .int: return "I"
    case .boolean: return "Z"
    case .void: return "V"
    case .null: return "Ljava/lang/Object;"
    case .object(let name): return "L\(name);"
    case .array(let element): return "[L\(element);"
    }
  }

  /// How javac names the type in a message: `int`, `Node`, `Outer.Inner[]`.
  var sourceName: String {
    switch self {
    case .int: return "int"
    case .boolean: return "boolean"
    case .void: return "void"
    case .null: return "<null>"
    case .object(let name): return Self.sourceName(of: name)
    case .array(let element): return Self.sourceName(of: element) + "[]"
    }
  }

  static func sourceName(of binaryName: String) -> String {
    let simple = binaryName.split(separator: "/").last.map(String.init) ?? binaryName
    return simple.replacingDollars()
  }
}

extension String {
  fileprivate func replacingDollars() -> String {
    String(map { $0 == "$" ? "." : $0 })
  }
}

/// A method's parameter types and return type: `(LNode;I)V`.
func methodDescriptor(_ parameters: [JavaType], _ result: JavaType) -> String {
  "(" + parameters.map(\.descriptor).joined() + ")" + result.descriptor
}
