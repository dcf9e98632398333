// The counting rules, one function per way a reference moves. A count is
// the number of slots holding the object; a slot is written before the
// count of what left it goes down, so a count never drops below the
// slots that hold the object (a cycle collection that runs inside a
// decrement sees every holder).
//
//   push a copy (aload, getfield, aaload, getstatic, dup)   +1 stack
//   pop and drop (pop, if_acmp*, ifnull, a popped receiver) -1 stack
//   astore      +1 bind (the local), -1 stack, -1 unbind (the overwritten value)
//   istore      -1 unbind for a reference it overwrites (javac reuses slots)
//   putfield, aastore   +1 container, -1 stack, -1 container (overwritten)
//   putstatic   +1 bind, -1 stack, -1 unbind (overwritten)
//   new, anewarray       start at 1 (the stack slot)
//   invoke      the arguments move from the caller's stack into the
//               callee's locals (no change)
//   areturn     the result moves to the caller's stack (no change)
//   frame exit  -1 scopeExit for each local and each value left on its stack

import GCEngine

extension JavaMachine {
  @inline(__always) func push(_ f: JavaFrame, copyOf value: Value) {
    heap.incref(value, .stack)
    f.stack.append(value)
  }

  @inline(__always) func popDropping(_ f: JavaFrame) {
    heap.decref(f.stack.removeLast(), .stack)
  }

  func storeLocal(_ f: JavaFrame, _ slot: Int) {
    let value = f.stack.removeLast()
    heap.incref(value, .bind)
    let old = f.locals[slot]
    f.locals[slot] = value
    heap.decref(value, .stack)
    heap.decref(old, .unbind)
  }

  /// `istore` into a slot javac reuses: a reference left there by a
  /// variable whose scope ended is dropped (-1 unbind).
  func storeIntLocal(_ f: JavaFrame, _ slot: Int) {
    let old = f.locals[slot]
    f.locals[slot] = f.stack.removeLast()
    heap.decref(old, .unbind)
  }

  /// `dup_x1` / `dup_x2`: a copy of the top value goes `depth` values down.
  func insertCopyOfTop(_ f: JavaFrame, below depth: Int) {
    let value = f.stack[f.stack.count - 1]
    heap.incref(value, .stack)
    f.stack.insert(value, at: f.stack.count - 1 - depth)
  }

  func storeStatic(_ f: JavaFrame, _ slot: Int, isReference: Bool) {
    staticsVersion &+= 1
    let value = f.stack.removeLast()
    guard isReference else {
      statics[slot] = value
      return
    }
    heap.incref(value, .bind)
    let old = statics[slot]
    statics[slot] = value
    heap.decref(value, .stack)
    heap.decref(old, .unbind)
  }

  /// The name of the field the current instruction uses (for messages).
  private func fieldName(_ f: JavaFrame) -> String {
    if case .field(let field) = f.instruction.operand { return field.name }
    return "?"
  }

  func getField(_ f: JavaFrame, _ slot: Int) throws(JavaRunError) {
    guard case .object(let receiver) = f.stack[f.stack.count - 1] else {
      throw nullPointer("Cannot read field \"\(fieldName(f))\"")
    }
    f.stack.removeLast()
    // The value is taken before the receiver's count goes down: a receiver
    // only the stack held dies here and releases its fields.
    push(f, copyOf: heap.items[receiver.index][slot])
    heap.decref(receiver, .stack)
  }

  func putField(_ f: JavaFrame, _ slot: Int, isReference: Bool) throws(JavaRunError) {
    guard case .object(let receiver) = f.stack[f.stack.count - 2] else {
      throw nullPointer("Cannot assign field \"\(fieldName(f))\"")
    }
    let value = f.stack.removeLast()
    f.stack.removeLast()
    if isReference {
      heap.incref(value, .container)
      let old = heap.replaceItem(receiver, at: slot, with: value, filling: .none)
      heap.decref(value, .stack)
      heap.decref(old, .container)
    } else {
      _ = heap.replaceItem(receiver, at: slot, with: value, filling: .none)
    }
    heap.decref(receiver, .stack)
  }

  /// The array and index under the top `depth` values, checked as the JVM
  /// checks them (null, then bounds) before anything is popped.
  private func checkedElement(_ f: JavaFrame, depth: Int, nullMessage: String) throws(JavaRunError) -> (ObjectID, Int) {
    let top = f.stack.count - 1
    guard case .object(let array) = f.stack[top - depth - 1] else { throw nullPointer(nullMessage) }
    let index = Self.int(f.stack[top - depth])
    let length = heap.items[array.index].count
    guard index >= 0 && index < length else {
      throw exception("java.lang.ArrayIndexOutOfBoundsException", "Index \(index) out of bounds for length \(length)")
    }
    return (array, index)
  }

  func arrayLoad(_ f: JavaFrame) throws(JavaRunError) {
    let (array, index) = try checkedElement(f, depth: 0, nullMessage: "Cannot load from object array")
    f.stack.removeLast(2)
    push(f, copyOf: heap.items[array.index][index])
    heap.decref(array, .stack)
  }

  func arrayStore(_ f: JavaFrame) throws(JavaRunError) {
    let (array, index) = try checkedElement(f, depth: 1, nullMessage: "Cannot store to object array")
    let value = f.stack.removeLast()
    f.stack.removeLast(2)
    heap.incref(value, .container)
    let old = heap.replaceItem(array, at: index, with: value, filling: .none)
    heap.decref(value, .stack)
    heap.decref(old, .container)
    heap.decref(array, .stack)
  }

  func arrayLength(_ f: JavaFrame) throws(JavaRunError) {
    guard case .object(let array) = f.stack[f.stack.count - 1] else {
      throw nullPointer("Cannot read the array length")
    }
    f.stack.removeLast()
    f.stack.append(.int(heap.items[array.index].count))
    heap.decref(array, .stack)
  }

  /// A call: the arguments (receiver first) move from the caller's operand
  /// stack into the new frame's first locals; the caller's `pc` stays on
  /// the call until the callee returns.
  func invoke(_ callee: LinkedMethod, from f: JavaFrame) throws(JavaRunError) {
    if callee.isStatic && !initialized[callee.classIndex] && initialize(callee.classIndex) { return }
    let count = callee.argumentSlots
    let base = f.stack.count - count
    if !callee.isStatic && f.stack[base] == .none {
      throw nullPointer("Cannot invoke \"\(JavaText.methodSignature(callee))\"")
    }
    if maxDepth > 0 && maxDepth < maxFrames && frames.count >= maxDepth { throw .limit(.depth(maxDepth)) }
    guard frames.count < maxFrames else { throw exception("java.lang.StackOverflowError", nil) }
    let frame = JavaFrame(method: callee)
    for offset in 0..<count { frame.locals[offset] = f.stack[base + offset] }
    f.stack.removeLast(count)
    frames.append(frame)
  }

  /// `return`, `ireturn`, `areturn`: the result moves to the caller's
  /// stack first, then the frame's slots are released.
  func returnFromFrame(_ f: JavaFrame, result: Value?) {
    frames.removeLast()
    frameLowWater = min(frameLowWater, frames.count)
    if let caller = frames.last {
      if let result { caller.stack.append(result) }
      if !f.isInitializer { caller.pc += 1 }
    } else if let result {
      heap.decref(result, .scopeExit)
    }
    release(f)
  }

  /// A frame's exit: each local, then each value left on its stack, -1.
  func release(_ f: JavaFrame) {
    for slot in f.locals.indices {
      let value = f.locals[slot]
      f.locals[slot] = .none
      heap.decref(value, .scopeExit)
    }
    while let value = f.stack.popLast() { heap.decref(value, .scopeExit) }
  }

  // MARK: Exceptions

  func exception(_ className: String, _ message: String?) -> JavaRunError {
    var trace: [String] = []
    for frame in frames.reversed() {
      trace.append("\(frame.method.qualifiedName)(\(sourceFileName):\(frame.line))")
      // The JVM's default MaxJavaStackTraceDepth.
      if trace.count == 1024 { break }
    }
    return .exception(JavaThrowable(className: className, message: message, stackTrace: trace))
  }

  /// JDK 17's helpful message says what failed; the part saying which
  /// expression was null ("because ...") is left out.
  func nullPointer(_ message: String) -> JavaRunError {
    exception("java.lang.NullPointerException", message)
  }
}
