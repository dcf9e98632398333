import GCEngine

/// strs made while the script runs are heap objects (ObjectKind.str) with
/// refcounts, so they take and give back allocator blocks exactly when
/// CPython's do; the printed addresses depend on it. Everything that only
/// reads a str's text sees one through `plain`.
extension Interpreter {
  /// A str object read as its text (`.str`); any other value unchanged.
  @inline(__always) func plain(_ v: Value) -> Value {
    if case .object(let o) = v, heap.kind(o) == .str { return .str(heap.stringText(o)) }
    return v
  }

  /// The text of a str value, immediate or object.
  func text(of v: Value) -> String? {
    if case .str(let s) = plain(v) { return s }
    return nil
  }

  /// `v` with a new reference for the caller (an operation that gives
  /// back one of its operands, as `s + ''` does).
  func keep(_ v: Value) -> Value {
    heap.incref(v, .stack)
    return v
  }

  /// A new str with a reference for the caller. The empty str and the
  /// one-character (Latin-1) strs are shared singletons in CPython, so
  /// they allocate nothing and stay immediate.
  func makeString(_ s: String) -> Value {
    if isSingletonString(s) { return .str(s) }
    return .object(heap.makeString(s))
  }

  /// A str's items as CPython indexes, slices and iterates them: code
  /// points (3.x), or bytes (2.7, whose strs are bytes; ASCII only here, a
  /// lone byte of a longer character has no text to hold it). Swift's
  /// Characters are grapheme clusters: 'e\u0301' would be one, not two.
  func codePoints(_ s: String) throws(RunError) -> [Unicode.Scalar] {
    if is27 && !s.utf8.allSatisfy({ $0 < 0x80 }) {
      throw unsupported("indexing, slicing or iterating a non-ASCII str under cpython2.7 (its strs are bytes)")
    }
    return Array(s.unicodeScalars)
  }

  func isSingletonString(_ s: String) -> Bool {
    if is27 { return s.utf8.count <= 1 }
    var scalars = s.unicodeScalars.makeIterator()
    guard let first = scalars.next() else { return true }
    return scalars.next() == nil && first.value < 0x100
  }

  /// `format % args` as PyString_Format / PyUnicode_Format build it: into a
  /// scratch buffer of the format's length plus 100, which is then resized
  /// to the result (moving to a smaller block when it shrinks by more than
  /// a quarter). The buffer is taken before the arguments are formatted.
  func formatString(_ format: String, _ args: Value) throws(RunError) -> Value {
    let length = is27 ? format.utf8.count : format.unicodeScalars.count
    let bufferSize = heap.stringSize(ascii: length + 100)
    let buffer = heap.allocateScratch(bufferSize)
    let result: String
    do {
      result = try percentFormat(format, args)
    } catch {
      heap.freeScratch(buffer, size: bufferSize)
      throw error
    }
    if isSingletonString(result) {
      heap.freeScratch(buffer, size: bufferSize)
      return .str(result)
    }
    return .object(heap.makeString(result, resizing: (buffer, bufferSize)))
  }
}
