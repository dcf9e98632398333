// The compiled classes made ready to run: every class, field, method and
// string concatenation of the program gets an index, and each method's
// instructions are decoded into `Op`s that use those indices.

import GCEngine
import JavaFrontEnd

/// What kind of object a heap object is: an instance of a class or an
/// array of references (`Node[]`).
public struct JavaObjectType: Hashable, Sendable {
  /// The source name (`Node`, `Outer.Inner`, `Node[]`).
  public var name: String
  public var isArray: Bool
  /// An instance's field names, in the order of its items.
  public var fieldNames: [String]
  /// Whether each field holds a reference (the others hold ints).
  public var fieldIsReference: [Bool]
  /// Each field's descriptor (`I`, `Z`, `LNode;`).
  public var fieldDescriptors: [String] = []
}

final class LinkedClass {
  let file: JavaClassFile
  /// Index into the machine's statics of the class's first static field.
  let staticBase: Int
  /// The static fields, in declaration order.
  let staticFields: [JavaField]
  /// The instance fields: the items of each instance, in declaration order.
  let instanceFields: [JavaField]
  /// `<clinit>`, if the class has one.
  var initializer: Int?

  init(file: JavaClassFile, staticBase: Int) {
    self.file = file
    self.staticBase = staticBase
    staticFields = file.fields.filter(\.isStatic)
    instanceFields = file.fields.filter { !$0.isStatic }
  }
}

final class LinkedMethod {
  /// Its place in `LinkedProgram.methods` (and in `JavaProgram.allMethods`).
  let index: Int
  let classIndex: Int
  let method: JavaMethod
  var ops: [Op] = []
  /// The source line of each instruction.
  let lines: [Int]
  let argumentSlots: Int
  let isStatic: Bool
  /// `Node.<init>`, `Main.main`: how stack traces name the method.
  let qualifiedName: String

  init(index: Int, classIndex: Int, className: String, method: JavaMethod) {
    self.index = index
    self.classIndex = classIndex
    self.method = method
    lines = method.code.map(\.line)
    argumentSlots = method.argumentSlots
    isStatic = method.isStatic
    qualifiedName = className + "." + method.name
  }
}

/// A program the front end accepted but that refers to something outside
/// it (cannot happen for a checked program; reported, never a crash).
public struct JavaLinkError: Error, Sendable, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}

struct LinkedProgram {
  var classes: [LinkedClass] = []
  var methods: [LinkedMethod] = []
  var concatSites: [ConcatSite] = []
  /// Instance types first (index = class index), then array types.
  var types: [JavaObjectType] = []
  var staticCount = 0
  var mainMethod = 0
  var classIndex: [String: Int] = [:]

  struct ConcatSite {
    var site: JVMStringConcat
    /// How each argument prints: booleans as true/false, not as 1/0.
    var arguments: [PrintArgument]
  }

  init(_ program: JavaProgram) throws(JavaLinkError) {
    for file in program.classes {
      classIndex[file.name] = classes.count
      classes.append(LinkedClass(file: file, staticBase: staticCount))
      staticCount += file.fields.filter(\.isStatic).count
      let instanceFields = file.fields.filter { !$0.isStatic }
      types.append(
        JavaObjectType(
          name: Self.sourceName(file.name), isArray: false, fieldNames: instanceFields.map(\.name),
          fieldIsReference: instanceFields.map(\.isReference), fieldDescriptors: instanceFields.map(\.descriptor)))
    }
    var methodIndex: [String: Int] = [:]
    for entry in program.allMethods {
      let linked = classes[entry.classIndex]
      let method = entry.method
      let key = linked.file.name + "." + method.name + ":" + method.descriptor
      methodIndex[key] = methods.count
      if method.name == "<clinit>" { linked.initializer = methods.count }
      methods.append(
        LinkedMethod(index: methods.count, classIndex: entry.classIndex, className: linked.file.name, method: method))
    }
    guard let main = methodIndex[program.mainClass + ".main:([Ljava/lang/String;)V"] else {
      throw JavaLinkError(message: "class \(program.mainClass) has no public static void main(String[])")
    }
    mainMethod = main
    var decoder = Decoder(classes: classes, classIndex: classIndex, methodIndex: methodIndex, types: types)
    for method in methods { method.ops = try decoder.decode(method.method) }
    concatSites = decoder.concatSites
    types = decoder.types
  }

  /// `Outer$Inner` is `Outer.Inner` in source (and in the leak report).
  static func sourceName(_ binaryName: String) -> String { JavaProgram.sourceName(binaryName) }
}

/// Decodes methods' instructions, collecting the concatenation sites and
/// array types they use.
private struct Decoder {
  let classes: [LinkedClass]
  let classIndex: [String: Int]
  let methodIndex: [String: Int]
  var types: [JavaObjectType]
  var concatSites: [LinkedProgram.ConcatSite] = []
  var arrayTypes: [String: Int] = [:]
  /// The method being decoded.
  var method: JavaMethod?

  init(classes: [LinkedClass], classIndex: [String: Int], methodIndex: [String: Int], types: [JavaObjectType]) {
    self.classes = classes
    self.classIndex = classIndex
    self.methodIndex = methodIndex
    self.types = types
  }

  mutating func decode(_ method: JavaMethod) throws(JavaLinkError) -> [Op] {
    self.method = method
    var ops: [Op] = []
    ops.reserveCapacity(method.code.count)
    for instruction in method.code { ops.append(try decode(instruction)) }
    return ops
  }

  private func unsupported(_ instruction: JVMInstruction) -> JavaLinkError {
    JavaLinkError(message: "\(method?.name ?? "?"): the runtime cannot execute `\(instruction)`")
  }

  private func target(_ instruction: JVMInstruction) throws(JavaLinkError) -> Int {
    guard let offset = instruction.branchTarget, let index = method?.instructionIndex(atOffset: offset) else {
      throw unsupported(instruction)
    }
    return index
  }

  private func classIndex(_ name: String, _ instruction: JVMInstruction) throws(JavaLinkError) -> Int {
    guard let index = classIndex[name] else { throw unsupported(instruction) }
    return index
  }

  private mutating func decode(_ instruction: JVMInstruction) throws(JavaLinkError) -> Op {
    switch instruction.opcode {
    case .aconst_null: return .pushNull
    case .iconst_m1: return .pushInt(-1)
    case .iconst_0: return .pushInt(0)
    case .iconst_1: return .pushInt(1)
    case .iconst_2: return .pushInt(2)
    case .iconst_3: return .pushInt(3)
    case .iconst_4: return .pushInt(4)
    case .iconst_5: return .pushInt(5)
    case .bipush, .sipush, .ldc, .ldc_w:
      switch instruction.operand {
      case .int(let value): return .pushInt(Int(value))
      case .string(let text): return .pushString(text)
      default: throw unsupported(instruction)
      }
    case .iload, .iload_0, .iload_1, .iload_2, .iload_3: return .loadInt(try slot(instruction))
    case .aload, .aload_0, .aload_1, .aload_2, .aload_3: return .loadReference(try slot(instruction))
    case .istore, .istore_0, .istore_1, .istore_2, .istore_3: return .storeInt(try slot(instruction))
    case .astore, .astore_0, .astore_1, .astore_2, .astore_3: return .storeReference(try slot(instruction))
    case .iinc:
      guard case .increment(let slot, let delta) = instruction.operand else { throw unsupported(instruction) }
      return .increment(slot, by: delta)
    case .aaload: return .arrayLoad
    case .aastore: return .arrayStore
    case .arraylength: return .arrayLength
    case .pop: return .pop
    case .dup: return .dup
    case .dup_x1: return .dupX1
    case .dup_x2: return .dupX2
    case .iadd: return .arithmetic(.add)
    case .isub: return .arithmetic(.sub)
    case .imul: return .arithmetic(.mul)
    case .idiv: return .arithmetic(.div)
    case .irem: return .arithmetic(.rem)
    case .ineg: return .negate
    case .ifeq: return .ifInt(.eq, target: try target(instruction))
    case .ifne: return .ifInt(.ne, target: try target(instruction))
    case .iflt: return .ifInt(.lt, target: try target(instruction))
    case .ifge: return .ifInt(.ge, target: try target(instruction))
    case .ifgt: return .ifInt(.gt, target: try target(instruction))
    case .ifle: return .ifInt(.le, target: try target(instruction))
    case .if_icmpeq: return .ifIntCompare(.eq, target: try target(instruction))
    case .if_icmpne: return .ifIntCompare(.ne, target: try target(instruction))
    case .if_icmplt: return .ifIntCompare(.lt, target: try target(instruction))
    case .if_icmpge: return .ifIntCompare(.ge, target: try target(instruction))
    case .if_icmpgt: return .ifIntCompare(.gt, target: try target(instruction))
    case .if_icmple: return .ifIntCompare(.le, target: try target(instruction))
    case .if_acmpeq: return .ifSameReference(true, target: try target(instruction))
    case .if_acmpne: return .ifSameReference(false, target: try target(instruction))
    case .ifnull: return .ifNull(true, target: try target(instruction))
    case .ifnonnull: return .ifNull(false, target: try target(instruction))
    case .goto: return .goto(try target(instruction))
    case .ireturn, .areturn: return .returnValue
    case .return: return .returnVoid
    case .getstatic, .putstatic: return try staticField(instruction)
    case .getfield, .putfield:
      guard case .field(let field) = instruction.operand else { throw unsupported(instruction) }
      let owner = classes[try classIndex(field.owner, instruction)]
      guard let slot = owner.instanceFields.firstIndex(where: { $0.name == field.name }) else {
        throw unsupported(instruction)
      }
      return instruction.opcode == .getfield ? .getField(slot) : .putField(slot, isReference: field.isReference)
    case .invokevirtual, .invokespecial, .invokestatic: return try invoke(instruction)
    case .invokedynamic:
      guard case .concat(let site) = instruction.operand else { throw unsupported(instruction) }
      let arguments = site.argumentDescriptors.map { descriptor -> PrintArgument in
        switch descriptor {
        case "I": return .int
        case "Z": return .boolean
        default: return .string
        }
      }
      concatSites.append(LinkedProgram.ConcatSite(site: site, arguments: arguments))
      return .concat(concatSites.count - 1)
    case .new:
      guard case .classRef(let name) = instruction.operand else { throw unsupported(instruction) }
      return .newObject(classIndex: try classIndex(name, instruction))
    case .anewarray:
      guard case .classRef(let name) = instruction.operand else { throw unsupported(instruction) }
      if let index = arrayTypes[name] { return .newArray(typeIndex: index) }
      types.append(
        JavaObjectType(
          name: LinkedProgram.sourceName(name) + "[]",
          isArray: true, fieldNames: [], fieldIsReference: []))
      arrayTypes[name] = types.count - 1
      return .newArray(typeIndex: types.count - 1)
    }
  }

  private func slot(_ instruction: JVMInstruction) throws(JavaLinkError) -> Int {
    guard let slot = instruction.localSlot else { throw unsupported(instruction) }
    return slot
  }

  private func staticField(_ instruction: JVMInstruction) throws(JavaLinkError) -> Op {
    guard case .field(let field) = instruction.operand else { throw unsupported(instruction) }
    if field.owner == "java/lang/System" && field.name == "out" && instruction.opcode == .getstatic {
      return .systemOut
    }
    let index = try classIndex(field.owner, instruction)
    let owner = classes[index]
    guard let position = owner.staticFields.firstIndex(where: { $0.name == field.name }) else {
      throw unsupported(instruction)
    }
    let slot = owner.staticBase + position
    return instruction.opcode == .getstatic
      ? .getStatic(classIndex: index, slot: slot)
      : .putStatic(classIndex: index, slot: slot, isReference: field.isReference)
  }

  private func invoke(_ instruction: JVMInstruction) throws(JavaLinkError) -> Op {
    guard case .method(let ref) = instruction.operand else { throw unsupported(instruction) }
    switch (ref.owner, ref.name) {
    case ("java/lang/Object", "<init>"): return .objectInit
    case ("java/lang/System", "gc"): return .systemGC
    case ("java/io/PrintStream", "println"), ("java/io/PrintStream", "print"):
      let argument: PrintArgument
      switch ref.parameterDescriptors.first {
      case nil: argument = .nothing
      case "I": argument = .int
      case "Z": argument = .boolean
      default: argument = .string
      }
      return .print(argument, newline: ref.name == "println")
    default:
      guard let index = methodIndex[ref.owner + "." + ref.name + ":" + ref.descriptor] else {
        throw unsupported(instruction)
      }
      return .invoke(index)
    }
  }
}

extension JavaProgram {
  /// A class's name as the source says it: `java/io/PrintStream` →
  /// `PrintStream`, `Outer$Inner` → `Outer.Inner`.
  public static func sourceName(_ binaryName: String) -> String {
    let simple = binaryName.split(separator: "/").last.map(String.init) ?? binaryName
    return String(simple.map { $0 == "$" ? "." : $0 })
  }

  /// Every method of every class, class by class in program order: the
  /// order the machine numbers them in (`JavaFrame.methodIndex`).
  public var allMethods: [(classIndex: Int, qualifiedName: String, method: JavaMethod)] {
    var result: [(classIndex: Int, qualifiedName: String, method: JavaMethod)] = []
    for (index, file) in classes.enumerated() {
      for method in file.methods { result.append((index, file.name + "." + method.name, method)) }
    }
    return result
  }
}
