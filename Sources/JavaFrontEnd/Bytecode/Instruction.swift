// One JVM instruction with symbolic operands, its byte offset, and its
// effect on the operand stack as data, for a runtime that counts references.

public enum JVMOperand: Hashable, Sendable {
  case none
  /// The local slot of a load or store (also for the `_0`..`_3` forms).
  case local(Int)
  /// `iinc slot, delta`.
  case increment(local: Int, delta: Int)
  /// The value pushed by `iconst_*`, `bipush`, `sipush` or `ldc` of an int.
  case int(Int32)
  /// `ldc` of a String.
  case string(String)
  /// `new` and `anewarray`: a class's binary name (for anewarray, the element class).
  case classRef(String)
  case field(JVMFieldRef)
  case method(JVMMethodRef)
  case concat(JVMStringConcat)
  /// A jump's target, as a byte offset in the method's code.
  case branch(Int)
}

/// What a value on the operand stack or in a local is.
public enum JVMValueKind: Hashable, Sendable {
  /// int or boolean.
  case int
  /// An object or array reference, or null.
  case reference
}

/// The values an instruction takes off the operand stack and puts on it,
/// each list from the bottom of the stack up. `dup` pops one reference and
/// pushes two; a call pops its receiver and arguments and pushes its result.
public struct JVMStackEffect: Hashable, Sendable {
  public var pops: [JVMValueKind]
  public var pushes: [JVMValueKind]

  public init(pops: [JVMValueKind], pushes: [JVMValueKind]) {
    self.pops = pops
    self.pushes = pushes
  }
}

public struct JVMInstruction: Hashable, Sendable, CustomStringConvertible {
  /// Byte offset in the method's code, as javap prints it.
  public var offset: Int
  public var opcode: JVMOpcode
  public var operand: JVMOperand
  /// Whether the `wide` prefix is present (javap: `iinc_w`, `iload_w`).
  public var isWide: Bool
  /// The source line (from the method's line-number table).
  public var line: Int
  public var effect: JVMStackEffect

  public init(
    offset: Int, opcode: JVMOpcode, operand: JVMOperand, isWide: Bool = false, line: Int = 0,
    effect: JVMStackEffect = JVMStackEffect(pops: [], pushes: [])
  ) {
    self.offset = offset
    self.opcode = opcode
    self.operand = operand
    self.isWide = isWide
    self.line = line
    self.effect = effect
  }

  /// Bytes the instruction takes in the code array.
  public var length: Int { Self.length(of: opcode, wide: isWide) }

  static func length(of opcode: JVMOpcode, wide: Bool) -> Int {
    switch opcode {
    case .bipush, .ldc: return 2
    case .iload, .aload, .istore, .astore: return wide ? 4 : 2
    case .iinc: return wide ? 6 : 3
    case .invokedynamic: return 5
    case .sipush, .ldc_w, .getstatic, .putstatic, .getfield, .putfield, .invokevirtual, .invokespecial, .invokestatic,
      .new, .anewarray:
      return 3
    default: return opcode.isBranch ? 3 : 1
    }
  }

  /// The mnemonic as javap prints it (`iinc_w` for a wide iinc).
  public var mnemonic: String { opcode.mnemonic + (isWide ? "_w" : "") }

  /// Whether the instruction writes a reference into a slot that may hold
  /// one already: a local (`astore*`), an array element (`aastore`), or a
  /// reference field (`putfield`/`putstatic`).
  public var storesReference: Bool {
    switch opcode {
    case .astore, .astore_0, .astore_1, .astore_2, .astore_3, .aastore: return true
    case .putfield, .putstatic:
      if case .field(let field) = operand { return field.isReference }
      return false
    default: return false
    }
  }

  /// Whether the instruction makes a new object (`new`, `anewarray`).
  public var createsObject: Bool { opcode == .new || opcode == .anewarray }

  /// The local slot a load, store or iinc uses.
  public var localSlot: Int? {
    switch operand {
    case .local(let slot), .increment(let slot, _): return slot
    default: return nil
    }
  }

  /// The jump target, for a branch.
  public var branchTarget: Int? {
    if case .branch(let target) = operand { return target }
    return nil
  }

  /// javap's text for the instruction, pool indices replaced by the
  /// symbols of its comment: `getfield Node.other:LNode;`, `iinc 3, 1`.
  public var description: String {
    let name = mnemonic
    switch operand {
    case .none: return name
    case .local(let slot):
      return opcode == .iload || opcode == .aload || opcode == .istore || opcode == .astore ? "\(name) \(slot)" : name
    case .increment(let slot, let delta): return "\(name) \(slot), \(delta)"
    case .int(let value):
      switch opcode {
      case .bipush, .sipush: return "\(name) \(value)"
      case .ldc, .ldc_w: return "\(name) int \(value)"
      default: return name
      }
    case .string(let text): return "\(name) String \(javapEscaped(text))"
    case .classRef(let className): return "\(name) class \(className)"
    case .field(let field): return "\(name) Field \(field)"
    case .method(let method): return "\(name) Method \(method)"
    case .concat(let site): return "\(name) InvokeDynamic \(site)"
    case .branch(let target): return "\(name) \(target)"
    }
  }
}

/// A string as javap shows a constant: `\t`, `\n`, `\"`, `\'`, `\\`
/// escaped, other ISO control characters (U+0000-U+001F, U+007F-U+009F) as
/// `\uxxxx`, the rest as it is.
public func javapEscaped(_ text: String) -> String {
  var result = ""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\t": result += "\\t"
    case "\n": result += "\\n"
    case "\r": result += "\\r"
    case "\u{08}": result += "\\b"
    case "\u{0C}": result += "\\f"
    case "\"": result += "\\\""
    case "'": result += "\\'"
    case "\\": result += "\\\\"
    default:
      if scalar.value < 0x20 || (0x7f...0x9f).contains(scalar.value) {
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
  }
  return result
}
