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

/// FORMAT_VALUE and BUILD_STRING: what 3.11 runs for an f-string (and for
/// the `%` formats its compiler turns into one).
extension Interpreter {
  /// `value` (and `spec`) consumed; a new reference to the result. A str
  /// converted with `str()` and no spec is the result itself.
  func formatValue(_ value: Value, conversion: Int, spec: Value?) throws(RunError) -> Value {
    defer {
      heap.decref(value, .stack)
      if let spec { heap.decref(spec, .stack) }
    }
    let specText = spec.flatMap(text(of:))
    if conversion == 1 && specText == nil && text(of: value) != nil { return keep(value) }
    var result: String
    switch conversion {
    case 1: result = try str(value)
    case 2: result = try repr(value)
    default:
      result = try repr(value)
      guard result.unicodeScalars.allSatisfy(\.isASCII) else { throw unsupported("ascii() of non-ASCII text") }
    }
    if let specText { result = try formatStr(result, spec: specText) }
    return makeString(result)
  }

  /// str.__format__ with the specs the `%` folding makes: `>` (right
  /// alignment, else left), a width, a precision (truncation).
  func formatStr(_ text: String, spec: String) throws(RunError) -> String {
    var rest = Substring(spec)
    let right = rest.first == ">"
    if right { rest = rest.dropFirst() }
    let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.count <= 2, let width = parts[0].isEmpty ? 0 : Int(parts[0]),
      let precision = parts.count == 2 ? Int(parts[1]) : Int.max
    else { throw unsupported("the format spec '\(spec)'") }
    var scalars = String.UnicodeScalarView(text.unicodeScalars.prefix(precision))
    let padding = String(repeating: " ", count: max(0, width - scalars.count))
    if right {
      scalars.insert(contentsOf: padding.unicodeScalars, at: scalars.startIndex)
    } else {
      scalars.append(contentsOf: padding.unicodeScalars)
    }
    return String(scalars)
  }

  /// `_PyUnicode_JoinArray`: one str of the pieces (made before they are
  /// dropped).
  func joinStrings(_ pieces: [Value]) -> Value {
    var joined = ""
    for p in pieces { joined += text(of: p) ?? "" }
    let result = makeString(joined)
    for p in pieces { heap.decref(p, .stack) }
    return result
  }
}
