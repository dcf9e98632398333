/// One method's code as the bytecode panel lists it (the toy JVM): its
/// place in the listing is what a frame's `InstructionPointer.method` is.
public struct BytecodeMethod: Equatable, Sendable {
  /// `Node.<init>`, `NodeCycle.main`.
  public var name: String
  public var instructions: [BytecodeInstruction]

  public init(name: String, instructions: [BytecodeInstruction]) {
    self.name = name
    self.instructions = instructions
  }
}

/// One instruction: its byte offset (what branches name), its text
/// (`new Node`, `astore_1`, `putfield Node.other`) and its source line.
public struct BytecodeInstruction: Equatable, Sendable {
  public var offset: Int
  public var text: String
  public var line: Int

  public init(offset: Int, text: String, line: Int) {
    self.offset = offset
    self.text = text
    self.line = line
  }
}
