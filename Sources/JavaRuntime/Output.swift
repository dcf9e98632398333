// Text as Java prints it: ints in decimal, booleans as true/false, a null
// String as "null" (println and string concatenation agree on all three).

import GCEngine

enum JavaText {
  static func format(_ value: Value, as argument: PrintArgument) -> String {
    switch (argument, value) {
    case (.boolean, .int(let v)): return v != 0 ? "true" : "false"
    case (_, .int(let v)): return String(v)
    case (_, .str(let text)): return text
    case (_, .none): return "null"
    default: return ""
    }
  }

  /// `Node.link(Node, int)`: how a helpful NullPointerException names a method.
  static func methodSignature(_ method: LinkedMethod) -> String {
    let parameters = method.method.parameterDescriptors.map(typeName).joined(separator: ", ")
    return method.qualifiedName + "(" + parameters + ")"
  }

  static func typeName(_ descriptor: String) -> String {
    switch descriptor {
    case "I": return "int"
    case "Z": return "boolean"
    default:
      let isArray = descriptor.hasPrefix("[")
      let name = descriptor.drop { $0 == "[" || $0 == "L" }.dropLast()
      return name.split(separator: "/").joined(separator: ".") + (isArray ? "[]" : "")
    }
  }
}
