// Where javac's constant pool would put each constant, so that `ldc` and
// `ldc_w` are chosen as javac chooses them (an index above 255 needs
// ldc_w). javac's PoolWriter numbers an entry when code first uses it and
// then the entries it refers to, breadth first; the method names, the
// bootstrap methods and the attributes come after all code.

struct ConstantPoolModel {
  enum Entry: Hashable {
    case utf8(String)
    case integer(Int32)
    case string(String)
    case classRef(String)
    case nameAndType(name: String, descriptor: String)
    case fieldRef(JVMFieldRef)
    case methodRef(JVMMethodRef)
    case invokeDynamic(name: String, descriptor: String)

    var references: [Entry] {
      switch self {
      case .utf8, .integer: return []
      case .string(let text): return [.utf8(text)]
      case .classRef(let name): return [.utf8(name)]
      case .nameAndType(let name, let descriptor): return [.utf8(name), .utf8(descriptor)]
      case .fieldRef(let field):
        return [.classRef(field.owner), .nameAndType(name: field.name, descriptor: field.descriptor)]
      case .methodRef(let method):
        return [.classRef(method.owner), .nameAndType(name: method.name, descriptor: method.descriptor)]
      case .invokeDynamic(let name, let descriptor): return [.nameAndType(name: name, descriptor: descriptor)]
      }
    }
  }

  private var indices: [Entry: Int] = [:]
  private var next = 1

  /// The entry's index, numbering it (and what it refers to) if new.
  @discardableResult
  mutating func put(_ entry: Entry) -> Int {
    if let index = indices[entry] { return index }
    let index = number(entry)
    var queue = [entry]
    while !queue.isEmpty {
      let current = queue.removeFirst()
      for reference in current.references where indices[reference] == nil {
        number(reference)
        queue.append(reference)
      }
    }
    return index
  }

  @discardableResult
  private mutating func number(_ entry: Entry) -> Int {
    indices[entry] = next
    next += 1
    return next - 1
  }

  /// Records the constants an instruction's operand uses.
  mutating func use(_ opcode: JVMOpcode, _ operand: JVMOperand) -> Int? {
    switch operand {
    case .field(let field): return put(.fieldRef(field))
    case .method(let method): return put(.methodRef(method))
    case .classRef(let name): return put(.classRef(name))
    case .concat(let site): return put(.invokeDynamic(name: "makeConcatWithConstants", descriptor: site.descriptor))
    case .string(let text): return put(.string(text))
    case .int(let value) where opcode == .ldc || opcode == .ldc_w: return put(.integer(value))
    default: return nil
    }
  }
}
