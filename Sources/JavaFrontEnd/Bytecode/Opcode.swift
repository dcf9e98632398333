// The JVM opcodes the compiler emits (JVMS 6.5), by their byte values.

public enum JVMOpcode: UInt8, Sendable, CaseIterable {
  case aconst_null = 0x01
  case iconst_m1 = 0x02
  case iconst_0 = 0x03
  case iconst_1 = 0x04
  case iconst_2 = 0x05
  case iconst_3 = 0x06
  case iconst_4 = 0x07
  case iconst_5 = 0x08
  case bipush = 0x10
  case sipush = 0x11
  case ldc = 0x12
  case ldc_w = 0x13
  case iload = 0x15
  case aload = 0x19
  case iload_0 = 0x1a
  case iload_1 = 0x1b
  case iload_2 = 0x1c
  case iload_3 = 0x1d
  case aload_0 = 0x2a
  case aload_1 = 0x2b
  case aload_2 = 0x2c
  case aload_3 = 0x2d
  case aaload = 0x32
  case istore = 0x36
  case astore = 0x3a
  case istore_0 = 0x3b
  case istore_1 = 0x3c
  case istore_2 = 0x3d
  case istore_3 = 0x3e
  case astore_0 = 0x4b
  case astore_1 = 0x4c
  case astore_2 = 0x4d
  case astore_3 = 0x4e
  case aastore = 0x53
  case pop = 0x57
  case dup = 0x59
  case dup_x1 = 0x5a
  case dup_x2 = 0x5b
  case iadd = 0x60
  case isub = 0x64
  case imul = 0x68
  case idiv = 0x6c
  case irem = 0x70
  case ineg = 0x74
  case iinc = 0x84
  case ifeq = 0x99
  case ifne = 0x9a
  case iflt = 0x9b
  case ifge = 0x9c
  case ifgt = 0x9d
  case ifle = 0x9e
  case if_icmpeq = 0x9f
  case if_icmpne = 0xa0
  case if_icmplt = 0xa1
  case if_icmpge = 0xa2
  case if_icmpgt = 0xa3
  case if_icmple = 0xa4
  case if_acmpeq = 0xa5
  case if_acmpne = 0xa6
  case goto = 0xa7
  case ireturn = 0xac
  case areturn = 0xb0
  case `return` = 0xb1
  case getstatic = 0xb2
  case putstatic = 0xb3
  case getfield = 0xb4
  case putfield = 0xb5
  case invokevirtual = 0xb6
  case invokespecial = 0xb7
  case invokestatic = 0xb8
  case invokedynamic = 0xba
  case new = 0xbb
  case anewarray = 0xbd
  case arraylength = 0xbe
  case ifnull = 0xc6
  case ifnonnull = 0xc7

  /// The name javap prints.
  public var mnemonic: String { String(describing: self) }

  /// Whether the instruction may jump (its operand is a `.branch`).
  public var isBranch: Bool {
    (JVMOpcode.ifeq.rawValue...JVMOpcode.goto.rawValue).contains(rawValue) || self == .ifnull || self == .ifnonnull
  }

  /// Whether execution never falls through to the next instruction.
  public var endsFlow: Bool { self == .goto || self == .return || self == .ireturn || self == .areturn }

  /// The branch taken on the opposite condition (javac's Code.negate).
  var negated: JVMOpcode {
    switch self {
    case .ifnull: return .ifnonnull
    case .ifnonnull: return .ifnull
    default: return JVMOpcode(rawValue: ((rawValue + 1) ^ 1) - 1)!
    }
  }
}
