// The code of one method as it is emitted, following javac's Code class
// (jdk.compiler/com/sun/tools/javac/jvm/Code.java), because the layout of
// branches depends on its details:
// - a forward jump is recorded in a chain and patched when its target is
//   reached; jumps resolved "here" stay pending until the next instruction,
//   and a `goto` emitted while jumps are pending takes them over (they jump
//   straight to the goto's target);
// - a jump to a `goto` is redirected to that goto's target;
// - a `goto` to the very next instruction is removed again, unless a label
//   was taken since (`fixedPc`);
// - nothing is emitted while the code is dead (after goto or return);
// - a line-number row is added at the first instruction of a statement,
//   replacing a row at the same offset, skipping one that repeats a line;
// - local slots are handed out in order and given back at the end of a
//   block, so sibling blocks reuse them;
// - javac tracks which slots hold a value on each path, and from it the
//   live ranges of the LocalVariableTable it writes with -g (Code.LocalVar):
//   a range opens after a store into the variable's slot (setDefined),
//   closes where paths join and one of them has no value in the slot
//   (setUndefined: the variable goes on as a new entry) and at the end of
//   the variable's scope (endScope); an empty range is dropped; entries
//   are written in the order their ranges closed. Closing a range takes the
//   current offset as a label (curCP), which resolves pending jumps, marks
//   a pending line (a block's closing brace gets the goto that follows it)
//   and keeps the next goto from being taken back, so the table shapes the
//   code even without -g.

import ScenarioSource

/// A jump awaiting its target: the instruction's index and offset, and the
/// operand stack after it (what the target will start with).
struct PendingJump {
  var index: Int
  var offset: Int
  var stack: [JVMValueKind]
  /// The slots holding a value after the jump (javac's State.defined).
  var defined: Set<Int>
}

/// A local variable as the code buffer sees it (javac's Code.LocalVar):
/// what the LocalVariableTable says of it, and its live ranges.
struct LocalVariableRecord {
  /// A range of offsets where the slot holds the variable's value;
  /// `length` is nil while the range is open.
  struct LiveRange {
    var start: Int
    var length: Int?
  }

  var name: String
  var descriptor: String
  var slot: Int
  /// A temporary of the compiler's own (javac: SYNTHETIC): its ranges are
  /// kept like any other's, but it is not written to the table.
  var isSynthetic: Bool
  var ranges: [LiveRange] = []

  /// The same variable with no ranges yet (javac's LocalVar.dup).
  var fresh: LocalVariableRecord {
    LocalVariableRecord(name: name, descriptor: descriptor, slot: slot, isSynthetic: isSynthetic)
  }

  var hasOpenRange: Bool { ranges.last.map { $0.length == nil } ?? false }
  var isLastRangeInitialized: Bool { !ranges.isEmpty }

  mutating func openRange(at start: Int) {
    if !hasOpenRange { ranges.append(LiveRange(start: start)) }
  }

  /// Closes the last range; an empty one is dropped.
  mutating func closeRange(length: Int) {
    if isLastRangeInitialized && length > 0 {
      if ranges[ranges.count - 1].length == nil { ranges[ranges.count - 1].length = length }
    } else if !ranges.isEmpty {
      ranges.removeLast()
    }
  }
}

/// A list of jumps to the same (unknown) target, by decreasing offset.
typealias JumpChain = [PendingJump]

func mergeChains(_ first: JumpChain, _ second: JumpChain) -> JumpChain {
  var merged: JumpChain = []
  merged.reserveCapacity(first.count + second.count)
  var i = 0
  var j = 0
  while i < first.count || j < second.count {
    // javac's mergeChains takes from the first chain on equal offsets.
    if j == second.count || i < first.count && first[i].offset >= second[j].offset {
      merged.append(first[i])
      i += 1
    } else {
      merged.append(second[j])
      j += 1
    }
  }
  return merged
}

struct CodeBuffer {
  private(set) var instructions: [JVMInstruction] = []
  /// The offset of the next instruction (javac's `cp`).
  private(set) var cp = 0
  private(set) var alive = true
  private var fixedPc = false
  private var pendingJumps: JumpChain = []
  private var pendingLine: Int? = nil
  private(set) var lineNumbers: [JavaLineNumber] = []
  private(set) var stack: [JVMValueKind] = []
  /// Slots that hold a value here (javac's State.defined).
  private var defined: Set<Int> = []
  /// The variable in scope in each slot (javac's lvar).
  private var variables: [Int: LocalVariableRecord] = [:]
  /// Variables whose ranges are complete, in the order javac writes them
  /// to the LocalVariableTable (javac's varBuffer).
  private var finishedVariables: [LocalVariableRecord] = []
  private(set) var maxStack = 0
  private(set) var nextSlot = 0
  private(set) var maxLocals = 0
  /// Set when a jump does not fit in 16 bits (javac would recompile the
  /// method with goto_w; the subset reports it instead).
  private(set) var tooLarge = false

  /// javac's isAlive: live code, or jumps waiting to land here.
  var isAlive: Bool { alive || !pendingJumps.isEmpty }

  // MARK: Locals

  /// A slot for a new variable (javac's newLocal with addLocalVar).
  mutating func newLocal(name: String, descriptor: String, isSynthetic: Bool = false) -> Int {
    let slot = nextSlot
    nextSlot += 1
    maxLocals = max(maxLocals, nextSlot)
    if !pendingJumps.isEmpty { resolvePending() }
    variables[slot] = LocalVariableRecord(name: name, descriptor: descriptor, slot: slot, isSynthetic: isSynthetic)
    defined.remove(slot)
    return slot
  }

  /// Gives back every slot from `first` on (the end of a scope).
  mutating func endScopes(_ first: Int) {
    let previous = nextSlot
    nextSlot = first
    for slot in first..<max(first, previous) { endScope(slot) }
  }

  /// Closes the variable's live range where its scope ends.
  private mutating func endScope(_ slot: Int) {
    if variables[slot]?.isLastRangeInitialized == true {
      // curCP first: resolving the pending jumps may change the ranges.
      let pc = curCP()
      if var variable = variables[slot], let last = variable.ranges.last, pc - last.start < 65535 {
        variable.closeRange(length: pc - last.start)
        finish(variable)
      }
    }
    variables[slot] = nil
    defined.remove(slot)
  }

  /// A value was stored in the slot (javac's setDefined(int)): the
  /// variable's range opens here, after the store.
  mutating func setDefined(_ slot: Int) {
    if variables[slot] == nil {
      defined.remove(slot)
    } else {
      defined.insert(slot)
      if cp < 65535 { variables[slot]!.openRange(at: cp) }
    }
  }

  /// The slot has no value on some path that joins here: the variable's
  /// range closes, and a later store opens one in a new entry.
  private mutating func setUndefined(_ slot: Int) {
    defined.remove(slot)
    guard variables[slot]?.isLastRangeInitialized == true else { return }
    let pc = curCP()
    guard var variable = variables[slot], let last = variable.ranges.last else { return }
    let length = pc - last.start
    if length < 65535 {
      variables[slot] = variable.fresh
      variable.closeRange(length: length)
      finish(variable)
    } else {
      variable.ranges.removeLast()
      variables[slot] = variable
    }
  }

  /// javac's putVar: the variable goes to the table, unless it is synthetic.
  private mutating func finish(_ variable: LocalVariableRecord) {
    if !variable.isSynthetic { finishedVariables.append(variable) }
  }

  /// The LocalVariableTable javac writes with -g: one row per closed range.
  var localVariableTable: [JavaLocalVariable] {
    finishedVariables.flatMap { variable in
      variable.ranges.compactMap { range in
        range.length.map {
          JavaLocalVariable(
            startPC: range.start, length: $0, slot: variable.slot, name: variable.name,
            descriptor: variable.descriptor)
        }
      }
    }
  }

  /// Paths joined: slots defined on one and not the other (javac's setDefined(Bits)).
  private mutating func setDefined(slots newDefined: Set<Int>) {
    guard alive && newDefined != defined else { return }
    for slot in defined.symmetricDifference(newDefined).sorted() {
      if slot >= nextSlot {
        defined.remove(slot)
      } else if defined.contains(slot) {
        setUndefined(slot)
      } else {
        setDefined(slot)
      }
    }
  }

  // MARK: Line numbers

  /// The next instruction emitted begins a statement on `location`'s line.
  mutating func statBegin(_ location: SourceLocation) {
    pendingLine = location.line
  }

  mutating func clearPendingLine() {
    pendingLine = nil
  }

  private mutating func markStatBegin() {
    if alive, let line = pendingLine {
      if let last = lineNumbers.last, last.startOffset == cp { lineNumbers.removeLast() }
      if lineNumbers.last?.line != line { lineNumbers.append(JavaLineNumber(startOffset: cp, line: line)) }
    }
    pendingLine = nil
  }

  // MARK: Emitting

  /// The current offset, taken as a label: pending jumps land here.
  mutating func curCP() -> Int {
    if !pendingJumps.isEmpty { resolvePending() }
    if pendingLine != nil { markStatBegin() }
    fixedPc = true
    return cp
  }

  /// A label that code reaches (a loop's start): live from here.
  mutating func entryPoint() -> Int {
    let pc = curCP()
    alive = true
    return pc
  }

  /// Emits one instruction, unless the code is dead. Returns its index.
  @discardableResult
  mutating func emit(_ opcode: JVMOpcode, _ operand: JVMOperand = .none, wide: Bool = false) -> Int? {
    if !pendingJumps.isEmpty { resolvePending() }
    guard alive else { return nil }
    if pendingLine != nil { markStatBegin() }
    let effect = stackEffect(of: opcode, operand)
    let popped = Array(stack.suffix(effect.pops))
    let pushed = effect.pushes(popped)
    stack.removeLast(min(effect.pops, stack.count))
    stack += pushed
    maxStack = max(maxStack, stack.count)
    let instruction = JVMInstruction(
      offset: cp, opcode: opcode, operand: operand, isWide: wide, effect: JVMStackEffect(pops: popped, pushes: pushed))
    instructions.append(instruction)
    cp += instruction.length
    if opcode.endsFlow { alive = false }
    if cp > 65535 { tooLarge = true }
    return instructions.count - 1
  }

  // MARK: Jumps

  /// Emits a jump (nil: javac's `dontgoto`, which emits nothing) and returns
  /// the chain to resolve; a goto takes over the jumps pending here.
  mutating func branch(_ opcode: JVMOpcode?) -> JumpChain {
    var result: JumpChain = []
    if opcode == .goto {
      result = pendingJumps
      pendingJumps = []
    }
    if let opcode, isAlive, let index = emit(opcode, .branch(0)) {
      // Until resolved a jump points at itself (javac writes offset 0 into
      // it), which is where a jump redirected through it then lands.
      instructions[index].operand = .branch(instructions[index].offset)
      result.insert(
        PendingJump(index: index, offset: instructions[index].offset, stack: stack, defined: defined), at: 0)
      fixedPc = false
    }
    return result
  }

  /// The chain's jumps land on the next instruction emitted.
  mutating func resolve(_ chain: JumpChain) {
    pendingJumps = mergeChains(chain, pendingJumps)
  }

  mutating func resolvePending() {
    let chain = pendingJumps
    pendingJumps = []
    resolve(chain, to: cp)
  }

  /// Points every jump of the chain at `target`.
  mutating func resolve(_ chain: JumpChain, to initialTarget: Int) {
    var target = initialTarget
    // The state where the jumps land, if any does (javac's newState).
    var landing: (stack: [JVMValueKind], defined: Set<Int>)? = nil
    for (position, jump) in chain.enumerated() {
      if target >= cp {
        target = cp
      } else if let index = instructionIndex(atOffset: target), instructions[index].opcode == .goto,
        case .branch(let next) = instructions[index].operand
      {
        target = next
      }
      if instructions[jump.index].opcode == .goto && jump.offset + 3 == target && target == cp && !fixedPc {
        // A goto to the next instruction is not needed: take it back. (javac
        // -g then shortens the closed live ranges of the variables in scope
        // that reach past it, adjustAliveRanges; but a variable in scope has
        // no closed range: closing one ends its entry.)
        instructions.removeLast()
        cp -= 3
        target -= 3
        if position == chain.count - 1 {
          alive = true
          break
        }
      } else {
        if target - jump.offset < Int(Int16.min) || target - jump.offset > Int(Int16.max) { tooLarge = true }
        instructions[jump.index].operand = .branch(target)
      }
      fixedPc = true
      if cp == target {
        if alive {
          let current = landing ?? (stack, defined)
          landing = (current.stack, jump.defined.intersection(current.defined))
        } else {
          landing = (jump.stack, jump.defined)
          alive = true
        }
      }
    }
    if let landing {
      setDefined(slots: landing.defined)
      stack = landing.stack
      defined = landing.defined
    }
  }

  private func instructionIndex(atOffset offset: Int) -> Int? {
    var low = 0
    var high = instructions.count - 1
    while low <= high {
      let middle = (low + high) / 2
      if instructions[middle].offset == offset { return middle }
      if instructions[middle].offset < offset { low = middle + 1 } else { high = middle - 1 }
    }
    return nil
  }

  // MARK: The finished code

  /// The instructions with each one's source line from the line-number table.
  func finishedInstructions() -> [JVMInstruction] {
    var result = instructions
    var row = 0
    for index in result.indices {
      while row + 1 < lineNumbers.count && lineNumbers[row + 1].startOffset <= result[index].offset { row += 1 }
      if row < lineNumbers.count && lineNumbers[row].startOffset <= result[index].offset {
        result[index].line = lineNumbers[row].line
      }
    }
    return result
  }
}
