// Compiles the checked program to JVM instructions shaped as javac 17
// emits them (jdk.compiler/.../jvm/Gen.java, with the parts of Lower that
// matter here: constant conditions prune their dead branch). Statements
// and expressions are in the files beside this one; this one holds the
// class and method level and the operations on Items.

import ScenarioSource

final class JavaCompiler {
  var code = CodeBuffer()
  var pool = ConstantPoolModel()
  /// Local variable id to slot, for the method being compiled.
  var slots: [Int: Int] = [:]
  var returnType: JavaType = .void
  /// The jumps of `break` and `continue`, innermost loop last.
  var loops: [(exits: JumpChain, continues: JumpChain)] = []

  static func compile(_ classes: [TypedClass], mainClass: String) throws(Diagnostic) -> JavaProgram {
    var compiled: [JavaClassFile] = []
    for typedClass in classes {
      // Each class file has its own constant pool.
      let compiler = JavaCompiler()
      var methods: [JavaMethod] = []
      for method in typedClass.methods { methods.append(try compiler.compile(method, in: typedClass.binaryName)) }
      let fields = typedClass.fields.map { JavaField(name: $0.name, descriptor: $0.type.descriptor, access: $0.access) }
      compiled.append(
        JavaClassFile(
          name: typedClass.binaryName, superName: "java/lang/Object", access: typedClass.access,
          outerClass: typedClass.outerClass, fields: fields, methods: methods))
    }
    return JavaProgram(classes: compiled, mainClass: mainClass)
  }

  private func compile(_ method: TypedMethod, in className: String) throws(Diagnostic) -> JavaMethod {
    code = CodeBuffer()
    slots = [:]
    loops = []
    returnType = method.returnType
    // `this` and the parameters hold their values from the first instruction on.
    if !method.isStatic {
      code.setDefined(code.newLocal(name: "this", descriptor: JavaType.object(className).descriptor))
    }
    for parameter in method.parameters {
      let slot = code.newLocal(name: parameter.name, descriptor: parameter.type.descriptor)
      code.setDefined(slot)
      slots[parameter.id] = slot
    }
    _ = code.entryPoint()
    genStats(method.body)
    if code.isAlive {
      code.statBegin(method.endLocation)
      if method.returnType == .void {
        emit(.return)
      } else {
        // javac's guard for code that only seems alive: a jump to itself.
        let start = code.entryPoint()
        code.resolve(code.branch(.goto), to: start)
      }
    }
    code.endScopes(0)
    if code.tooLarge {
      throw Diagnostic("code too large: method \(method.name) is past the JVM's limits", at: method.endLocation)
    }
    return JavaMethod(
      name: method.name, descriptor: method.descriptor, access: method.access, maxStack: code.maxStack,
      maxLocals: code.maxLocals, code: code.finishedInstructions(), lineNumbers: code.lineNumbers,
      localVariables: code.localVariableTable)
  }

  // MARK: Emitting

  /// Emits an instruction, numbering the constants it uses as javac's pool would.
  @discardableResult
  func emit(_ opcode: JVMOpcode, _ operand: JVMOperand = .none) -> Int? {
    var opcode = opcode
    if code.isAlive, let index = pool.use(opcode, operand), opcode == .ldc, index > 255 { opcode = .ldc_w }
    return code.emit(opcode, operand)
  }

  /// iconst, bipush, sipush or ldc, as javac picks for the value.
  func loadInt(_ value: Int32) {
    switch value {
    case -1...5: emit(JVMOpcode(rawValue: JVMOpcode.iconst_0.rawValue &+ UInt8(bitPattern: Int8(value)))!, .int(value))
    case -128...127: emit(.bipush, .int(value))
    case -32768...32767: emit(.sipush, .int(value))
    default: emit(.ldc, .int(value))
    }
  }

  private func loadLocal(_ slot: Int, _ kind: JVMValueKind) {
    let short: [JVMOpcode] =
      kind == .int ? [.iload_0, .iload_1, .iload_2, .iload_3] : [.aload_0, .aload_1, .aload_2, .aload_3]
    if slot <= 3 {
      emit(short[slot], .local(slot))
    } else {
      code.emit(kind == .int ? .iload : .aload, .local(slot), wide: slot > 255)
    }
  }

  private func storeLocal(_ slot: Int, _ kind: JVMValueKind) {
    let short: [JVMOpcode] =
      kind == .int ? [.istore_0, .istore_1, .istore_2, .istore_3] : [.astore_0, .astore_1, .astore_2, .astore_3]
    if slot <= 3 {
      emit(short[slot], .local(slot))
    } else {
      code.emit(kind == .int ? .istore : .astore, .local(slot), wide: slot > 255)
    }
    code.setDefined(slot)
  }

  // MARK: Items

  @discardableResult
  func load(_ item: Item) -> Item {
    switch item {
    case .stack:
      return item
    case .indexed:
      emit(.aaload)
    case .this:
      emit(.aload_0, .local(0))
    case .local(let slot, let kind):
      loadLocal(slot, kind)
    case .staticField(let field):
      emit(.getstatic, .field(field))
    case .field(let field):
      emit(.getfield, .field(field))
    case .immediate(let constant):
      if case .string(let text) = constant {
        emit(.ldc, .string(text))
      } else {
        loadInt(constant.intValue!)
      }
    case .assign(let lhs):
      stash(lhs)
      store(lhs)
    case .cond(let cond):
      loadCondition(cond)
    case .staticMethod, .method:
      fatalError("a method is invoked, not loaded")
    }
    return .stack(item.kind)
  }

  /// CondItem.load: the condition as 1 or 0 on the stack.
  private func loadCondition(_ cond: CondItem) {
    var trueChain: JumpChain = []
    let falseChain = jumpFalse(cond)
    if !cond.isFalse {
      code.resolve(cond.trueJumps)
      emit(.iconst_1, .int(1))
      trueChain = code.branch(.goto)
    }
    if !falseChain.isEmpty {
      code.resolve(falseChain)
      emit(.iconst_0, .int(0))
    }
    code.resolve(trueChain)
  }

  func store(_ item: Item) {
    switch item {
    case .indexed: emit(.aastore)
    case .local(let slot, let kind): storeLocal(slot, kind)
    case .staticField(let field): emit(.putstatic, .field(field))
    case .field(let field): emit(.putfield, .field(field))
    default: fatalError("store into \(item)")
    }
  }

  /// Generate code to use the item twice (javac's duplicate).
  func duplicate(_ item: Item) {
    switch item {
    case .stack(let kind?) where kind == .int || kind == .reference: emit(.dup)
    case .field, .method: emit(.dup)
    case .assign, .cond: duplicate(load(item))
    default: break
    }
  }

  /// Generate code to avoid having to use the item (javac's drop).
  func drop(_ item: Item) {
    switch item {
    case .stack(.some), .field, .method: emit(.pop)
    case .assign(let lhs): store(lhs)
    case .cond: drop(load(item))
    default: break
    }
  }

  /// Copy the value on top of the stack under the item's own operands.
  func stash(_ item: Item) {
    switch item {
    case .stack, .field, .method: emit(.dup_x1)
    case .indexed: emit(.dup_x2)
    default: emit(.dup)
    }
  }

  func invoke(_ item: Item) -> Item {
    switch item {
    case .staticMethod(let method):
      emit(.invokestatic, .method(method))
      return .stack(valueKinds(ofDescriptor: method.returnDescriptor).first)
    case .method(let method, let nonvirtual):
      emit(nonvirtual ? .invokespecial : .invokevirtual, .method(method))
      return .stack(valueKinds(ofDescriptor: method.returnDescriptor).first)
    default:
      fatalError("invoke of \(item)")
    }
  }

  func mkCond(_ item: Item) -> CondItem {
    switch item {
    case .cond(let cond): return cond
    case .immediate(let constant): return CondItem(opcode: constant.intValue != 0 ? .goto : nil)
    default:
      load(item)
      return CondItem(opcode: .ifne)
    }
  }

  /// The jumps taken when the condition holds / fails.
  func jumpTrue(_ cond: CondItem) -> JumpChain {
    mergeChains(cond.trueJumps, code.branch(cond.opcode))
  }

  func jumpFalse(_ cond: CondItem) -> JumpChain {
    mergeChains(cond.falseJumps, code.branch(CondItem.negate(cond.opcode)))
  }

  /// LocalItem.incr: iinc when the delta fits 16 bits.
  func increment(slot: Int, by delta: Int32) {
    if (-32768...32767).contains(delta) {
      code.emit(.iinc, .increment(local: slot, delta: Int(delta)), wide: slot > 255 || !(-128...127).contains(delta))
    } else {
      loadLocal(slot, .int)
      if delta >= 0 {
        loadInt(delta)
        emit(.iadd)
      } else {
        loadInt(0 &- delta)
        emit(.isub)
      }
      storeLocal(slot, .int)
    }
  }
}
