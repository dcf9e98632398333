import GCEngine
import PythonFrontEnd

/// Instructions outlined from `execute`: a debug build gives every local of
/// every case of its switch a stack slot of its own, and the deepest
/// recursions (a 30,000-frame traceback) need its frame small.
extension Interpreter {
  /// UNARY_NOT, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT (`op` 0...3).
  @inline(never) func executeUnaryOp(_ f: FrameState, _ op: Int) throws(RunError) {
    let operand = pop(f)
    defer { heap.decref(operand, .stack) }
    if op != 0, let result = try userUnaryOperation(op, operand) {
      push(f, result)
      return
    }
    switch op {
    case 0: push(f, .bool(!(try truthy(operand))))
    case 1 where isFloat(operand):
      push(f, .float(-floatOperand(operand)!))
    case 2 where isFloat(operand):
      push(f, operand)
    case 1:
      guard let i = intValue(operand) else {
        throw pythonError("TypeError", "bad operand type for unary -: '\(typeName(operand))'")
      }
      // -(-2**63) needs a 65th bit (CPython makes a long).
      guard i != Int.min else { throw overflow() }
      push(f, .int(-i))
    case 2:
      guard let i = intValue(operand) else {
        throw pythonError("TypeError", "bad operand type for unary +: '\(typeName(operand))'")
      }
      push(f, .int(i))
    default:
      guard let i = intValue(operand) else {
        throw pythonError("TypeError", "bad operand type for unary ~: '\(typeName(operand))'")
      }
      push(f, .int(~i))
    }
  }

  /// 2.7 PRINT_ITEM.
  @inline(never) func executePrintItem(_ f: FrameState) throws(RunError) {
    let v = pop(f)
    defer { heap.decref(v, .stack) }
    // PRINT_ITEM writes the space and clears softspace before the
    // object is written (a __repr__ that prints runs after the space).
    if softspace { write(" ", to: .stdout) }
    softspace = false
    // PyFile_WriteObject holds its own reference while it writes.
    heap.incref(v, .stack)
    let text: String
    do { text = try str(v, printing: true) } catch {
      heap.decref(v, .stack)
      throw error
    }
    heap.decref(v, .stack)
    write(text, to: .stdout)
    softspace = !(text.hasSuffix("\n") || text.hasSuffix("\t")) || text.isEmpty
    if case .str(let s) = plain(v), let last = s.last, last == "\n" || last == "\t" { softspace = false }
  }

  /// MAKE_FUNCTION for the code's child `index`.
  @inline(never) func executeMakeFunction(_ f: FrameState, _ code: CodeObject, _ index: Int) throws(RunError) {
    let child = code.children[index]
    if child.isComprehension && profile.inlinesComprehensions {
      push(f, try inlinedComprehensionMarker(child))
      return
    }
    let operands = code.childOperands[index]
    // The closure tuple, if any, is on top of the defaults.
    let closure = code.childHasClosure[index] ? pop(f) : nil
    let function: ObjectID
    if operands.flag {
      // A constant tuple of defaults: the function takes the stack's reference.
      function = makeFunction(child, defaultsTuple: pop(f))
    } else {
      let defaultsCount = operands.count
      let defaults = Array(f.stack.suffix(defaultsCount))
      f.dropStackTop(defaultsCount)
      function = makeFunction(child, defaults: defaults)
    }
    if let closure { heap.appendItem(function, closure) }
    push(f, .object(function))
  }
}
