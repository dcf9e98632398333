import GCEngine
import PythonFrontEnd

/// Operations whose result size is known before they run (repeats, ranges,
/// joins, padding) check it first, as CPython does: a size past Py_ssize_t
/// fails with CPython's own error, and one that fits but would pass the
/// simulated heap's bound stops the run (the real interpreter would try the
/// host's memory; the simulator does not). Nothing is built first.
extension Interpreter {
  /// Stops the run if `bytes` more would pass the memory limit.
  func reserve(bytes: Int) throws(RunError) {
    guard heap.memoryAllows(bytes) else { throw .limit(.reached(.memory(heap.memoryLimit))) }
  }

  /// A str of `length` characters about to be made: PyUnicode_New and
  /// PyString's allocation refuse a size near Py_ssize_t's end with
  /// MemoryError; smaller ones are checked against the heap's bound.
  func reserveString(length: Int) throws(RunError) {
    let header = heap.stringSize(ascii: 0)
    guard length <= Int.max - header else { throw pythonError("MemoryError", "") }
    try reserve(bytes: header + length)
  }

  /// A list of `count` items about to be made: PyList_New refuses a count
  /// whose pointer array would pass Py_ssize_t with MemoryError.
  func reserveList(count: Int) throws(RunError) {
    guard count <= Int.max / 8 else { throw pythonError("MemoryError", "") }
    try reserve(bytes: profile.objectSizes.list + 8 * count)
  }

  /// A str's length as CPython counts it: bytes in 2.7, code points in 3.x.
  func pythonLength(_ s: String) -> Int {
    is27 ? s.utf8.count : s.unicodeScalars.count
  }

  /// `s * n` (or `n * s`): the empty str for no copies; CPython's
  /// OverflowError when the length passes Py_ssize_t.
  func repeatString(_ operand: Value, _ s: String, times n: Int) throws(RunError) -> Value {
    if n == 1 { return keep(operand) }
    let length = pythonLength(s)
    guard n > 0, length > 0 else { return .str("") }
    guard length <= Int.max / n else { throw pythonError("OverflowError", "repeated string is too long") }
    try reserveString(length: length * n)
    return makeString(String(repeating: s, count: n))
  }

  /// `items * n` for a list or tuple: CPython's MemoryError when the count
  /// passes Py_ssize_t.
  func repeatItems(_ items: [Value], times n: Int) throws(RunError) -> [Value] {
    guard n > 0, !items.isEmpty else { return [] }
    guard items.count <= Int.max / n else { throw pythonError("MemoryError", "") }
    try reserveList(count: items.count * n)
    var result: [Value] = []
    result.reserveCapacity(items.count * n)
    for _ in 0..<n { result.append(contentsOf: items) }
    for v in result { heap.incref(v, .container) }
    return result
  }
}

/// `range(start, stop, step)` as arithmetic: its length, membership and
/// items without walking it (a range can be 2**63 long).
struct IntRange {
  var start: Int
  var stop: Int
  var step: Int

  /// How many values it yields (up to 2**64 - 1: a UInt cannot overflow).
  var length: UInt {
    if step > 0 {
      guard start < stop else { return 0 }
      return (UInt(bitPattern: stop &- start) - 1) / UInt(step) + 1
    }
    guard start > stop else { return 0 }
    return (UInt(bitPattern: start &- stop) - 1) / step.magnitude + 1
  }

  func contains(_ i: Int) -> Bool {
    if step > 0 {
      guard start <= i && i < stop else { return false }
      return UInt(bitPattern: i &- start) % UInt(step) == 0
    }
    guard stop < i && i <= start else { return false }
    return UInt(bitPattern: start &- i) % step.magnitude == 0
  }

  /// The `k`th value; `k` is below `length`, so it cannot overflow.
  func value(at k: Int) -> Int {
    start &+ k &* step
  }
}
