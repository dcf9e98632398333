// The interpreter: runs the compiled classes from `main(String[])`, one
// instruction at a time, on the engine's heap. Every slot that holds an
// object (operand stack entry, local, field, array element, static) is
// one reference in its count, so each instruction adjusts counts as its
// values move between slots (see Machine+Slots.swift); at zero the heap
// frees the object and releases what it held.

import GCEngine
import JavaFrontEnd

public final class JavaMachine {
  public let heap: Heap
  public let program: JavaProgram
  let linked: LinkedProgram
  let output: OutputWriter
  /// The file name stack traces show (`Main.java`).
  public let sourceFileName: String

  /// The call stack, main first.
  public internal(set) var frames: [JavaFrame] = []
  /// The fewest frames since the recorder last read them, and the statics'
  /// version (each putstatic) then: see `takeChangedFrames`.
  var frameLowWater = 0
  var staticsVersion = 0
  var readStaticsVersion = -1
  /// Every class's static fields, class after class.
  var statics: [Value]
  /// Classes whose static initializer has started (JVMS 5.5).
  var initialized: [Bool]
  /// Per object id: its type (index into `linked.types`) and its
  /// allocation number (1 for the first object the program made).
  var objectTypes: [Int32] = []
  var serials: [Int32] = []
  /// Objects made so far.
  public internal(set) var allocations = 0

  /// Line steps so far: an instruction on another line than the last one
  /// run in its frame, or the target of a backward jump, starts a step.
  public var steps: Int { stepCounter.value }
  /// The same count, for the watchdog on another thread.
  public let stepCounter = StepCounter()
  /// The run stops with `.limit(.steps)` when a step past this starts (0: no limit).
  public var maxSteps = 0
  /// Frames beyond this many are a StackOverflowError.
  public var maxFrames = 10_000
  /// The simulator's own bound on frames (`RunLimits.depth`; 0: none),
  /// for when it is set below `maxFrames`.
  public var maxDepth = 0
  /// Bytes printed, against `RunLimits.output`.
  public var outputBudget = OutputBudget(limit: RunLimits.standard.output)
  /// A bound reached between steps (output), thrown at the next one; the
  /// runner reports it when the run ended first.
  public internal(set) var pendingLimit: LimitReached?
  /// Called after every instruction (tests check the counts here).
  public var onInstruction: ((JavaMachine) -> Void)?
  /// Called at every step, before its first instruction runs.
  public var onStep: ((JavaMachine) -> Void)?
  /// Called after each phase of a cycle collection (`System.gc()` under jvm-rc+cycles).
  public var onCollectionPhase: ((JavaMachine) -> Void)?

  /// `args` and `System.out` are values the heap does not simulate.
  public static let argumentsValue = Value.native(1)
  public static let systemOutValue = Value.native(2)

  public init(
    program: JavaProgram, profile: Profile, output: OutputWriter, sink: EventSink? = nil,
    sourceFileName: String = ""
  ) throws(JavaLinkError) {
    self.program = program
    self.linked = try LinkedProgram(program)
    self.output = output
    self.sourceFileName = sourceFileName.isEmpty ? program.mainClass + ".java" : sourceFileName
    heap = Heap(profile: profile)
    heap.sink = sink
    statics = Array(repeating: .none, count: linked.staticCount)
    for linkedClass in linked.classes {
      for (index, field) in linkedClass.staticFields.enumerated() where !field.isReference {
        statics[linkedClass.staticBase + index] = .int(0)
      }
    }
    initialized = Array(repeating: false, count: linked.classes.count)
    start()
  }

  /// Whether main has returned (or an exception unwound every frame).
  public var isFinished: Bool { frames.isEmpty }

  /// The instruction that runs next.
  public var currentInstruction: JVMInstruction? { frames.last?.instruction }

  /// Whether the instruction that runs next starts a line step (another
  /// line than its frame's last one, a jump back, a new frame).
  public var nextInstructionStartsStep: Bool {
    guard let f = frames.last else { return false }
    return f.method.lines[min(f.pc, f.method.lines.count - 1)] != f.lastLine
  }

  /// Runs `main` to its end. An uncaught exception unwinds every frame
  /// (releasing their slots) and is thrown as `.exception`; a limit stops
  /// the run where it is (`finish()` then releases the frames).
  public func run() throws(JavaRunError) {
    while !frames.isEmpty {
      try step()
      onInstruction?(self)
    }
  }

  /// Runs one instruction (nothing once main has returned).
  public func step() throws(JavaRunError) {
    guard !frames.isEmpty else { return }
    do {
      try execute()
    } catch .exception(let throwable) {
      unwind()
      throw .exception(throwable)
    }
  }

  /// main's frame, with `args` in local 0, and the main class initialized
  /// first (its `<clinit>` runs above main's frame).
  private func start() {
    let main = linked.methods[linked.mainMethod]
    let frame = JavaFrame(method: main)
    frame.locals[0] = Self.argumentsValue
    frames.append(frame)
    _ = initialize(main.classIndex)
  }

  /// Pops every frame, releasing what its locals and operand stack hold.
  public func unwind() {
    while let frame = frames.popLast() { release(frame) }
    frameLowWater = 0
  }

  /// Runs the top frame's current instruction.
  func execute() throws(JavaRunError) {
    let f = frames[frames.count - 1]
    let method = f.method
    let pc = f.pc
    let line = method.lines[pc]
    if line != f.lastLine {
      f.lastLine = line
      try startStep(line)
    }
    switch method.ops[pc] {
    case .pushNull: f.stack.append(.none)
    case .pushInt(let value): f.stack.append(.int(value))
    case .pushString(let text): f.stack.append(.str(text))
    case .loadInt(let slot): f.stack.append(f.locals[slot])
    case .loadReference(let slot): push(f, copyOf: f.locals[slot])
    case .storeInt(let slot): storeIntLocal(f, slot)
    case .storeReference(let slot): storeLocal(f, slot)
    case .increment(let slot, let delta): f.locals[slot] = .int(Self.wrap(Self.int(f.locals[slot]) + delta))
    case .arrayLoad: try arrayLoad(f)
    case .arrayStore: try arrayStore(f)
    case .arrayLength: try arrayLength(f)
    case .pop: popDropping(f)
    case .dup: push(f, copyOf: f.stack[f.stack.count - 1])
    case .dupX1: insertCopyOfTop(f, below: 1)
    case .dupX2: insertCopyOfTop(f, below: 2)
    case .arithmetic(let operation): try arithmetic(f, operation)
    case .negate: f.stack.append(.int(Self.wrap(-Self.int(f.stack.removeLast()))))
    case .ifInt(let test, let target):
      let value = Self.int(f.stack.removeLast())
      if test.holds(value, 0) { return jump(f, to: target) }
    case .ifIntCompare(let test, let target):
      let b = Self.int(f.stack.removeLast())
      let a = Self.int(f.stack.removeLast())
      if test.holds(a, b) { return jump(f, to: target) }
    case .ifSameReference(let equal, let target):
      let b = f.stack.removeLast()
      let a = f.stack.removeLast()
      heap.decref(b, .stack)
      heap.decref(a, .stack)
      if (a == b) == equal { return jump(f, to: target) }
    case .ifNull(let isNull, let target):
      let value = f.stack.removeLast()
      heap.decref(value, .stack)
      if (value == .none) == isNull { return jump(f, to: target) }
    case .goto(let target): return jump(f, to: target)
    case .returnValue: return returnFromFrame(f, result: f.stack.removeLast())
    case .returnVoid: return returnFromFrame(f, result: nil)
    case .getStatic(let classIndex, let slot):
      if !initialized[classIndex] && initialize(classIndex) { return }
      push(f, copyOf: statics[slot])
    case .putStatic(let classIndex, let slot, let isReference):
      if !initialized[classIndex] && initialize(classIndex) { return }
      storeStatic(f, slot, isReference: isReference)
    case .systemOut: f.stack.append(Self.systemOutValue)
    case .getField(let slot): try getField(f, slot)
    case .putField(let slot, let isReference): try putField(f, slot, isReference: isReference)
    case .invoke(let index): return try invoke(linked.methods[index], from: f)
    case .objectInit:
      // Object.<init> takes the receiver into its `this` and returns at once.
      heap.decref(f.stack.removeLast(), .scopeExit)
    case .print(let argument, let newline): print(f, argument, newline: newline)
    case .systemGC: collectCycles()
    case .concat(let index): concatenate(f, linked.concatSites[index])
    case .newObject(let classIndex):
      if !initialized[classIndex] && initialize(classIndex) { return }
      f.stack.append(.object(try allocateInstance(classIndex)))
    case .newArray(let typeIndex):
      let length = Self.int(f.stack[f.stack.count - 1])
      guard length >= 0 else { throw exception("java.lang.NegativeArraySizeException", String(length)) }
      f.stack.removeLast()
      f.stack.append(.object(try allocateArray(typeIndex, length: length)))
    }
    f.pc = pc + 1
  }

  /// A line step begins: counted, recorded, and stopped at the step limit.
  private func startStep(_ line: Int) throws(JavaRunError) {
    _ = stepCounter.increment()
    if heap.sink != nil { heap.record(.line(line, column: 0, frameDepth: frames.count - 1)) }
    if maxSteps > 0 && steps > maxSteps { throw .limit(.steps(maxSteps)) }
    if let reached = pendingLimit ?? heap.limitReached { throw .limit(reached) }
    onStep?(self)
  }

  /// A jump; one backwards (a loop) makes the next instruction a new step
  /// even on the same line, so `while (true) {}` on one line is bounded.
  private func jump(_ f: JavaFrame, to target: Int) {
    if target <= f.pc { f.lastLine = -1 }
    f.pc = target
  }

  /// The value of an int slot (ints and booleans are `.int`).
  @inline(__always) static func int(_ value: Value) -> Int {
    if case .int(let v) = value { return v }
    return 0
  }

  /// Java's int arithmetic wraps around at 32 bits.
  @inline(__always) static func wrap(_ value: Int) -> Int { Int(Int32(truncatingIfNeeded: value)) }

  private func arithmetic(_ f: JavaFrame, _ operation: IntOperation) throws(JavaRunError) {
    let b = Self.int(f.stack[f.stack.count - 1])
    let a = Self.int(f.stack[f.stack.count - 2])
    let result: Int
    switch operation {
    case .add: result = a + b
    case .sub: result = a - b
    case .mul: result = a * b
    case .div, .rem:
      guard b != 0 else { throw exception("java.lang.ArithmeticException", "/ by zero") }
      // Int32.min / -1 overflows to Int32.min in Java; the wrap does that.
      result = operation == .div ? a / b : a % b
    }
    f.stack.removeLast(2)
    f.stack.append(.int(Self.wrap(result)))
  }

  private func print(_ f: JavaFrame, _ argument: PrintArgument, newline: Bool) {
    var text = ""
    if argument != .nothing {
      let value = f.stack.removeLast()
      text = JavaText.format(value, as: argument)
      heap.decref(value, .stack)
    }
    f.stack.removeLast()  // System.out
    if newline { text += "\n" }
    let admitted = outputBudget.admit(text)
    if admitted.exceeded { pendingLimit = pendingLimit ?? .output(outputBudget.limit) }
    text = admitted.text
    heap.record(.output(.stdout, text))
    output.write(text, to: .stdout)
  }

  /// The run's bounds: steps, objects, memory, depth and output.
  public func apply(_ limits: RunLimits) {
    maxSteps = limits.steps
    maxDepth = limits.depth
    outputBudget = OutputBudget(limit: limits.output)
    heap.setLimits(objects: limits.objects, memory: limits.memory)
  }

  private func concatenate(_ f: JavaFrame, _ site: LinkedProgram.ConcatSite) {
    let count = site.arguments.count
    let base = f.stack.count - count
    var texts: [String] = []
    texts.reserveCapacity(count)
    for (offset, argument) in site.arguments.enumerated() {
      texts.append(JavaText.format(f.stack[base + offset], as: argument))
    }
    f.stack.removeLast(count)
    f.stack.append(.str(site.site.concatenate(texts)))
  }

  /// `System.gc()`: trial deletion under jvm-rc+cycles, a phase at a time;
  /// nothing under jvm-rc (the toy JVM has no collector).
  private func collectCycles() {
    guard heap.profile.rootBufferCapacity > 0 else { return }
    let collection = heap.beginCycleCollection()
    while collection.step() { onCollectionPhase?(self) }
  }
}
