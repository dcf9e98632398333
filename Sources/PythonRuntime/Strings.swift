import GCEngine
import PythonFrontEnd

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
    return stringFromScratch(result, buffer: (buffer, bufferSize))
  }

  /// Text built in a scratch buffer becomes the result: the buffer
  /// resized to it, or given back for a shared singleton.
  func stringFromScratch(_ text: String, buffer: (address: UInt64, size: Int)) -> Value {
    if isSingletonString(text) {
      heap.freeScratch(buffer.address, size: buffer.size)
      return .str(text)
    }
    return .object(heap.makeString(text, resizing: buffer))
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
    let specText = spec.flatMap(text(of:)) ?? ""
    // FORMAT_VALUE's conversion (PyObject_Str, _Repr, _ASCII) checks
    // signals first, even for a str.
    if conversion != 0 { checkSignals() }
    // A str with no spec is its own format (and str()).
    if conversion <= 1 && specText.isEmpty && text(of: value) != nil { return keep(value) }
    let result: String
    switch conversion {
    case 0: result = try formatObject(value, spec: specText)
    case 1: result = try formatObject(.str(try str(value)), spec: specText)
    case 2: result = try formatObject(.str(try repr(value)), spec: specText)
    default:
      let text = try repr(value)
      guard text.unicodeScalars.allSatisfy(\.isASCII) else { throw unsupported("ascii() of non-ASCII text") }
      result = try formatObject(.str(text), spec: specText)
    }
    return makeString(result)
  }

  /// PyObject_Format (3.x `Objects/abstract.c`): an exact str or int with
  /// no spec takes a short cut (the int through PyObject_Str, which checks
  /// signals); anything else has its `__format__` looked up and bound (a
  /// builtin method made and freed: it counts, so it can schedule a
  /// collection) and called, and with no spec `object.__format__` and a
  /// float's `format_obj` are PyObject_Str (signals checked).
  func formatObject(_ value: Value, spec: String) throws(RunError) -> String {
    if spec.isEmpty {
      if case .str(let s) = plain(value) { return s }
      if case .int = value {
        checkSignals()
        return try format(value, spec: spec)
      }
    }
    return try callBoundBuiltinMethod(on: value, with: .str(spec)) { () throws(RunError) -> String in
      if spec.isEmpty { checkSignals() }
      return try format(value, spec: spec)
    }
  }

  /// `format(value, spec)` for the values the simulator has: strs, ints
  /// and floats by the format mini-language, anything else by
  /// object.__format__ (its str, and only for an empty spec).
  func format(_ value: Value, spec: String) throws(RunError) -> String {
    // A width is padding to be made: a huge one is a MemoryError (or the
    // run's memory bound), not a host allocation.
    if let f = FormatSpec(spec), f.width > 0 { try reserveString(length: f.width) }
    if case .str(let s) = plain(value) { return spec.isEmpty ? s : try formatStr(s, spec: spec) }
    if case .bool(let b) = value, spec.isEmpty { return b ? "True" : "False" }
    if case .float(let x) = value { return try formatFloat(x, spec: spec) }
    if let i = intValue(value) {
      // An int under a float presentation type is formatted as a float.
      if let type = spec.last, "eEfFgG%".contains(type) { return try formatFloat(Double(i), spec: spec) }
      return try formatInt(i, spec: spec)
    }
    guard spec.isEmpty else {
      throw pythonError("TypeError", "unsupported format string passed to \(typeName(value)).__format__")
    }
    return try str(value)
  }

  /// A format spec: [[fill]align][sign][#][0][width][,|_][.precision][type].
  struct FormatSpec {
    var fill: Character = " "
    var align: Character?
    var sign: Character = "-"
    var alternate = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    init?(_ spec: String) {
      var chars = Array(spec)
      func take(_ allowed: String) -> Character? {
        guard let c = chars.first, allowed.contains(c) else { return nil }
        chars.removeFirst()
        return c
      }
      if chars.count >= 2, "<>=^".contains(chars[1]) {
        fill = chars[0]
        align = chars[1]
        chars.removeFirst(2)
      } else if let a = take("<>=^") {
        align = a
      }
      if let s = take("+- ") { sign = s }
      if take("#") != nil { alternate = true }
      if chars.first == "0" && chars.count > 1 || chars == ["0"] {
        chars.removeFirst()
        if align == nil {
          fill = "0"
          align = "="
        }
      }
      var digits = ""
      while let c = chars.first, c.isASCII, c.isNumber {
        digits.append(c)
        chars.removeFirst()
      }
      width = Int(digits) ?? 0
      grouping = take(",_")
      if take(".") != nil {
        var p = ""
        while let c = chars.first, c.isASCII, c.isNumber {
          p.append(c)
          chars.removeFirst()
        }
        guard let n = Int(p) else { return nil }
        precision = n
      }
      type = chars.first
      if chars.count > 1 { return nil }
    }

    func pad(_ body: String, sign prefix: String = "", defaultAlign: Character) -> String {
      // Widths count code points (a str's; digits are ASCII).
      let length = prefix.unicodeScalars.count + body.unicodeScalars.count
      guard width > length else { return prefix + body }
      let padding = width - length
      switch align ?? defaultAlign {
      case "<": return prefix + body + String(repeating: fill, count: padding)
      case "^":
        let left = padding / 2
        return String(repeating: fill, count: left) + prefix + body + String(repeating: fill, count: padding - left)
      case "=": return prefix + String(repeating: fill, count: padding) + body
      default: return String(repeating: fill, count: padding) + prefix + body
      }
    }
  }

  /// str.__format__ (widths in code points).
  func formatStr(_ text: String, spec: String) throws(RunError) -> String {
    if let f = FormatSpec(spec), let type = f.type, type != "s" {
      throw pythonError("ValueError", "Unknown format code '\(type)' for object of type 'str'")
    }
    guard let f = FormatSpec(spec), f.type == nil || f.type == "s", f.grouping == nil, f.sign == "-", !f.alternate
    else { throw unsupported("the format spec '\(spec)' for a str") }
    if f.align == "=" { throw pythonError("ValueError", "'=' alignment not allowed in string format specifier") }
    let body = String(String.UnicodeScalarView(text.unicodeScalars.prefix(f.precision ?? Int.max)))
    return f.pad(body, defaultAlign: "<")
  }

  /// int.__format__ for the integer types (d, x, X, o, b, none).
  private func formatInt(_ i: Int, spec: String) throws(RunError) -> String {
    guard let f = FormatSpec(spec), f.precision == nil else {
      throw unsupported("the format spec '\(spec)' for an int")
    }
    let radix: Int
    var prefix = ""
    switch f.type {
    case nil, "d": radix = 10
    case "x", "X":
      radix = 16
      if f.alternate { prefix = f.type == "x" ? "0x" : "0X" }
    case "o":
      radix = 8
      if f.alternate { prefix = "0o" }
    case "b":
      radix = 2
      if f.alternate { prefix = "0b" }
    default: throw unsupported("the format spec '\(spec)' for an int")
    }
    var digits = String(i.magnitude, radix: radix)
    if f.type == "X" { digits = digits.uppercased() }
    if let g = f.grouping {
      guard radix == 10 || g == "_" else { throw pythonError("ValueError", "Cannot specify ',' with '\(f.type!)'.") }
      digits = Interpreter.grouped(digits, by: g, size: radix == 10 ? 3 : 4)
    }
    let sign = i < 0 ? "-" : f.sign == "+" ? "+" : f.sign == " " ? " " : ""
    return f.pad(digits, sign: sign + prefix, defaultAlign: ">")
  }

  /// Digits with a separator every `size` from the right.
  static func grouped(_ digits: String, by separator: Character, size: Int) -> String {
    var grouped = ""
    for (n, c) in digits.reversed().enumerated() {
      if n > 0 && n % size == 0 { grouped.append(separator) }
      grouped.append(c)
    }
    return String(grouped.reversed())
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
