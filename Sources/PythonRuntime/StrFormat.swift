import GCEngine
import PythonFrontEnd

/// `str.format` (PEP 3101), with the memory each version's build_string
/// uses: 3.x writes into a `_PyUnicodeWriter` whose buffer (the template's
/// length plus 100) is taken at the first write and shrunk at the end, and
/// which hands back a lone str piece itself; 2.7 takes its output string
/// (the same size) before anything else and resizes it at the end, each
/// field formatted into a str of its own first.
extension Interpreter {
  /// `template.format(*args)`, receiver and arguments borrowed (in the
  /// argument tuple `callNative` made); a new reference to the result.
  func strFormat(_ receiver: Value, _ template: String, _ args: [Value]) throws(RunError) -> Value {
    var numbering = AutoNumbering()
    return try buildFormatted(
      template, receiver: receiver, args: args, keywords: nil, depth: 2, numbering: &numbering, inputLength: nil)
  }

  /// `template.format(..., name=value)` from the stack: [callee slots
  /// (`below` of them), positionals, keyword values]. 3.11's
  /// method_vectorcall_VARARGS_KEYWORDS copies the positionals into a
  /// tuple, then the keywords into a dict; 2.7's do_call moves the
  /// keywords into a dict, then the positionals into a tuple. Both are
  /// dropped after the call, the tuple first.
  func callStrFormatWithKeywords(
    _ f: FrameState, receiver: Value, template: String, first: Int, names: [String], below: Int
  ) throws(RunError) {
    let values = Array(f.stack[first...])
    let positional = Array(values.prefix(values.count - names.count))
    let keywordValues = Array(values.suffix(names.count))
    var tuple: ObjectID?
    let dict: ObjectID
    if is27 {
      f.dropStackTop(values.count)
      dict = makeDictObject()
      for (name, value) in zip(names, keywordValues) { try storeInDict(dict, key: .str(name), value: value) }
      if !positional.isEmpty { tuple = makeTuple(positional, freeList: true, takeReferences: true) }
    } else {
      if !positional.isEmpty { tuple = makeTuple(positional, freeList: true, takeReferences: false) }
      dict = makeDictObject()
      for (name, value) in zip(names, keywordValues) {
        heap.incref(value, .container)
        try storeInDict(dict, key: .str(name), value: value)
      }
    }
    // Dropped once the call returns or fails, before the stack is.
    let result: Result<Value, RunError> = Result { () throws(RunError) -> Value in
      var numbering = AutoNumbering()
      return try buildFormatted(
        template, receiver: receiver, args: positional, keywords: dict, depth: 2, numbering: &numbering,
        inputLength: nil)
    }
    if let tuple { heap.decref(tuple, .stack) }
    heap.decref(dict, .stack)
    let formatted = try result.get()
    for _ in 0..<((is27 ? 0 : values.count) + below) { drop(f) }
    push(f, formatted)
  }

  /// The numbering mode of a template's fields: `{}` counts up, `{0}`
  /// names; mixing them is CPython's ValueError.
  struct AutoNumbering {
    var automatic: Bool?
    var next = 0
  }

  /// build_string: `receiver` is the template's own str when the whole
  /// template is being formatted (3.x may return it unchanged).
  private func buildFormatted(
    _ template: String, receiver: Value?, args: [Value], keywords: ObjectID?, depth: Int,
    numbering: inout AutoNumbering, inputLength: Int?
  ) throws(RunError) -> Value {
    guard depth > 0 else { throw pythonError("ValueError", "Max string recursion exceeded") }
    let parsed: FormatTemplate
    switch FormatTemplate.parse(template, dialect27: is27) {
    case .success(let t): parsed = t
    case .failure(let e): throw pythonError("ValueError", e.message)
    }
    let length = inputLength ?? (is27 ? template.utf8.count : template.unicodeScalars.count)
    var writer = FormatWriter(bufferSize: heap.stringSize(ascii: length + 100))
    if is27 { writer.allocate(heap) }
    do {
      for (n, piece) in parsed.pieces.enumerated() {
        // The last piece is written without overallocation (3.x), so a
        // lone str can be taken as the result itself.
        if n == parsed.pieces.count - 1 { writer.overallocate = false }
        switch piece {
        case .literal(let text):
          if parsed.pieces.count == 1, let receiver, !is27, text.unicodeScalars.elementsEqual(template.unicodeScalars) {
            writer.write(object: receiver, heap)
          } else {
            writer.write(text: text, heap)
          }
        case .field(let field):
          try writeField(
            field, into: &writer, args: args, keywords: keywords, depth: depth, numbering: &numbering,
            inputLength: length)
        }
      }
    } catch {
      writer.release(heap)
      throw error
    }
    return finish(&writer)
  }

  /// `_PyUnicodeWriter_Finish` / `_PyString_Resize`.
  private func finish(_ writer: inout FormatWriter) -> Value {
    if let whole = writer.whole { return whole }
    guard let buffer = writer.buffer else { return .str("") }
    return stringFromScratch(writer.text, buffer: buffer)
  }

  /// output_markup and render_field: the field's value, converted, its
  /// spec expanded, formatted and written.
  private func writeField(
    _ field: FormatTemplate.Field, into writer: inout FormatWriter, args: [Value], keywords: ObjectID?,
    depth: Int, numbering: inout AutoNumbering, inputLength: Int
  ) throws(RunError) {
    var value = try fieldValue(field.name, args: args, keywords: keywords, numbering: &numbering)
    defer { heap.decref(value, .stack) }
    if let conversion = field.conversion {
      // The conversion's PyObject_Str/_Repr checks signals, even for a str.
      checkSignals()
      let convertedText: String
      switch conversion {
      case "r": convertedText = try repr(value)
      case "s": convertedText = try str(value)
      case "a" where !is27:
        convertedText = try repr(value)
        guard convertedText.unicodeScalars.allSatisfy(\.isASCII) else { throw unsupported("!a of non-ASCII text") }
      default:
        throw pythonError("ValueError", "Unknown conversion specifier \(conversion)")
      }
      // PyObject_Str of a str is the str itself; any other result is new.
      let converted = conversion == "s" && text(of: value) != nil ? keep(value) : makeString(convertedText)
      heap.decref(value, .stack)
      value = converted
    }
    var specValue: Value = .str("")
    var spec = field.spec
    if field.specHasFields {
      specValue = try buildFormatted(
        field.spec, receiver: nil, args: args, keywords: keywords, depth: depth - 1, numbering: &numbering,
        inputLength: inputLength)
      spec = text(of: specValue) ?? ""
    }
    defer { heap.decref(specValue, .stack) }
    try render(value, spec: spec, into: &writer)
  }

  /// render_field: strs, ints and floats by their own formatters (3.x
  /// writes them in place; 2.7 makes each result a str first), other
  /// objects through `__format__`.
  private func render(_ value: Value, spec: String, into writer: inout FormatWriter) throws(RunError) {
    if text(of: value) != nil && spec.isEmpty {
      writer.write(object: value, heap)
      return
    }
    switch plain(value) {
    case .str, .int, .float:
      let text = try format(value, spec: spec)
      if is27 {
        let piece = makeString(text)
        writer.write(text: text, heap)
        heap.decref(piece, .stack)
      } else {
        writer.write(text: text, heap)
      }
    case .object(let o) where heap.kind(o) == .instance && !heap.isOldStyle(o):
      let result = try objectFormat(value, spec: spec)
      writer.write(object: result, heap)
      heap.decref(result, .stack)
    case .bool, .none:
      let result = try objectFormat(value, spec: spec)
      writer.write(object: result, heap)
      heap.decref(result, .stack)
    default:
      throw unsupported("str.format of a \(typeName(value)) field")
    }
  }

  /// PyObject_Format of an instance, a bool or None: `__format__` looked
  /// up as a special method (bound: a builtin method made and freed) and
  /// called, in 2.7 with the spec in a 1-tuple. A bool is int.__format__'s
  /// (its static str, or the int formatted by a spec); the others are
  /// object.__format__'s: str(self), which 3.x gives back only for an
  /// empty spec and 2.7 formats again with the spec through the str's own
  /// bound `__format__` (another method and tuple). A new reference.
  private func objectFormat(_ value: Value, spec: String) throws(RunError) -> Value {
    let specObject = makeString(spec)
    defer { heap.decref(specObject, .stack) }
    return try callBoundBuiltinMethod(on: value, with: specObject) { () throws(RunError) -> Value in
      if case .bool(let b) = value {
        if spec.isEmpty { return .str(b ? "True" : "False") }
        return makeString(try format(.int(b ? 1 : 0), spec: spec))
      }
      if !is27 && !spec.isEmpty {
        throw pythonError("TypeError", "unsupported format string passed to \(typeName(value)).__format__")
      }
      // 3.x's None str is static; 2.7's none_repr makes one each time.
      let text = try str(value)
      let asString = value == .none && !is27 ? Value.str(text) : makeString(text)
      guard is27 else { return asString }
      return try callBoundBuiltinMethod(on: asString, with: specObject) { () throws(RunError) -> Value in
        if spec.isEmpty { return asString }
        defer { heap.decref(asString, .stack) }
        return makeString(try formatStr(text, spec: spec))
      }
    }
  }

  /// The builtin `format(value, spec)`: PyObject_Format. 3.x returns a
  /// str itself and an int's str without looking `__format__` up; else
  /// (and always in 2.7) `__format__` is bound (a builtin method made and
  /// freed) and called, in 2.7 with the spec in a 1-tuple.
  func formatBuiltin(_ args: [Value]) throws(RunError) -> Value {
    let value = args[0]
    var spec = ""
    if args.count > 1 {
      guard let s = text(of: args[1]) else {
        throw pythonError(
          "TypeError",
          is27
            ? "format expects arg 2 to be string or unicode, not \(typeName(args[1]))"
            : "format() argument 2 must be str, not \(typeName(args[1]))")
      }
      spec = s
    }
    if !is27 && spec.isEmpty {
      if text(of: value) != nil { return keep(value) }
      if case .int(let i) = value {
        checkSignals()  // PyObject_Str of the int
        return makeString(String(i))
      }
    }
    switch plain(value) {
    case .str, .int, .float: break
    case .bool, .none: return try objectFormat(value, spec: spec)
    case .object(let o) where heap.kind(o) == .instance && !heap.isOldStyle(o):
      return try objectFormat(value, spec: spec)
    default: throw unsupported("format() of a \(typeName(value))")
    }
    // The type's own __format__, bound and called.
    let specArgument = args.count > 1 ? args[1] : Value.str("")
    return try callBoundBuiltinMethod(on: value, with: specArgument) { () throws(RunError) -> Value in
      // A str formatted with an empty spec is itself (str(self)).
      if spec.isEmpty, text(of: value) != nil { return keep(value) }
      // A float's format_obj: PyObject_Str.
      if spec.isEmpty { checkSignals() }
      return makeString(try format(value, spec: spec))
    }
  }

  /// get_field_object: the positional or keyword argument the field
  /// names, then each `.attribute` and `[key]` after it. A new reference.
  private func fieldValue(
    _ name: String, args: [Value], keywords: ObjectID?, numbering: inout AutoNumbering
  ) throws(RunError) -> Value {
    let scalars = Array(name.unicodeScalars)
    var end = 0
    while end < scalars.count && scalars[end] != "." && scalars[end] != "[" { end += 1 }
    let first = String(String.UnicodeScalarView(scalars[..<end]))
    let index: Int
    var value: Value = .none
    if first.isEmpty {
      if numbering.automatic == false {
        throw pythonError(
          "ValueError", "cannot switch from manual field specification to automatic field numbering")
      }
      numbering.automatic = true
      index = numbering.next
      numbering.next += 1
    } else if let n = Int(first), first.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
      if numbering.automatic == true {
        throw pythonError(
          "ValueError", "cannot switch from automatic field numbering to manual field specification")
      }
      numbering.automatic = false
      index = n
    } else {
      guard let keywords, let found = heap.lookup(keywords, key: .str(first)) else { throw try keyError(.str(first)) }
      index = -1
      value = keep(found)
    }
    if index >= 0 {
      guard index < args.count else {
        throw pythonError(
          "IndexError",
          is27 ? "tuple index out of range" : "Replacement index \(index) out of range for positional args tuple")
      }
      value = keep(args[index])
    }
    var i = end
    while i < scalars.count {
      let isAttribute = scalars[i] == "."
      i += 1
      var part = String.UnicodeScalarView()
      while i < scalars.count && (isAttribute ? scalars[i] != "." && scalars[i] != "[" : scalars[i] != "]") {
        part.append(scalars[i])
        i += 1
      }
      if !isAttribute { i += 1 }
      let key = String(part)
      if key.isEmpty {
        heap.decref(value, .stack)
        throw pythonError("ValueError", "Empty attribute in format string")
      }
      let next: Value
      do {
        if isAttribute {
          next = try getAttribute(value, key)
        } else if let n = Int(key), key.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) {
          next = try getItem(value, .int(n))
        } else {
          next = try getItem(value, .str(key))
        }
      } catch {
        heap.decref(value, .stack)
        throw error
      }
      heap.decref(value, .stack)
      value = next
    }
    return value
  }
}

/// The output of one build_string: its text, the buffer it stands in
/// (taken at the first write in 3.x, at once in 2.7), or the one str it
/// can hand back whole (3.x's readonly writer).
struct FormatWriter {
  let bufferSize: Int
  var buffer: (address: UInt64, size: Int)?
  var text = ""
  var whole: Value?
  var overallocate = true

  init(bufferSize: Int) { self.bufferSize = bufferSize }

  mutating func allocate(_ heap: Heap) {
    if buffer == nil { buffer = (heap.allocateScratch(bufferSize), bufferSize) }
  }

  /// Writes a str object: an empty one writes nothing; the first and last
  /// piece is kept as the result itself (3.x; a new reference).
  mutating func write(object: Value, _ heap: Heap) {
    let piece: String
    switch object {
    case .str(let s): piece = s
    case .object(let o): piece = heap.stringText(o)
    default: piece = ""
    }
    if piece.isEmpty { return }
    if buffer == nil && !overallocate && text.isEmpty {
      heap.incref(object, .stack)
      whole = object
      return
    }
    write(text: piece, heap)
  }

  mutating func write(text piece: String, _ heap: Heap) {
    if piece.isEmpty { return }
    allocate(heap)
    text += piece
  }

  /// Gives back what an error left behind.
  mutating func release(_ heap: Heap) {
    if let buffer { heap.freeScratch(buffer.address, size: buffer.size) }
    if let whole { heap.decref(whole, .stack) }
    buffer = nil
    whole = nil
  }
}
