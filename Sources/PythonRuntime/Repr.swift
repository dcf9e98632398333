import GCEngine
import PythonFrontEnd

/// `str`, `repr`, `%` formatting and type names, in each version's words.
extension Interpreter {
  func hexAddress(_ id: ObjectID) -> String { "0x" + String(heap.address(id), radix: 16) }

  /// A builtin type's `__name__` and the tp_name its repr shows: 3.x
  /// renamed some of 2.7's.
  func nativeTypeNames(_ n: Native) -> (name: String, tpName: String) {
    if is27 { return (n.pythonName, n.pythonName) }
    switch n {
    case .method: return ("method", "method")
    case .weakrefType: return ("ReferenceType", "weakref.ReferenceType")
    case .weakproxyType: return ("ProxyType", "weakref.ProxyType")
    case .weakcallableproxyType: return ("CallableProxyType", "weakref.CallableProxyType")
    default: return (n.pythonName, n.pythonName)
    }
  }

  func typeName(_ v: Value) -> String {
    switch v {
    case .none: return "NoneType"
    case .bool: return "bool"
    case .int: return "int"
    case .float: return "float"
    case .str: return "str"
    case .native(let raw):
      if ranges[raw] != nil { return is27 ? "list" : "range" }
      if rangeIterators[raw] != nil { return "range_iterator" }
      guard let n = Native(rawValue: raw) else { return "object" }
      if n.isModule { return "module" }
      if n.isType { return "type" }
      return "builtin_function_or_method"
    case .object(let o):
      return heap.typeName(o)
    }
  }

  /// `printing`: for the 2.7 print statement, which writes containers
  /// through their `tp_print` slot (no scratch objects, see reprPieces27).
  /// `builtin`: called as `str()` (its own C call costs a recursion level
  /// in 2.7, measured).
  func str(_ v: Value, printing: Bool = false, builtin: Bool = false) throws(RunError) -> String {
    // PyObject_Str's PyErr_CheckSignals (the callers that reach it with a
    // str check for themselves: most paths short-cut an exact str).
    checkSignals(unlessStr: v)
    switch v {
    case .str(let s): return s
    // 2.7's float_str is '%.12g'; 3.x's str is its repr.
    case .float(let x) where is27: return FloatText.str27(x)
    case .object(let o) where heap.kind(o) == .str: return heap.stringText(o)
    case .object(let o) where isProxy(o):
      // proxy_str: the referent's str.
      return try withProxyReferent(o) { (referent) throws(RunError) in
        try str(referent, printing: printing, builtin: builtin)
      }
    case .object(let o) where heap.kind(o) == .instance:
      // PyObject_Str: the class's __str__, else object_str, which is repr.
      if let text = try specialText(o, "__str__") { return text }
      return try reprText(v, printing: printing, entryCost: builtin && is27 ? 1 : 0)
    case .object(let o) where heap.kind(o) == .exception:
      return try exceptionText(o)
    case .object(let o) where heap.kind(o) == .classObject && is27 && heap.isOldStyle(o):
      return "__main__.\(heap.label(o))"
    default:
      return try reprText(v, printing: printing, entryCost: builtin && is27 ? 1 : 0)
    }
  }

  /// `builtin`: called as `repr()` (a recursion level more in 3.11, measured).
  func repr(_ v: Value, builtin: Bool = false) throws(RunError) -> String {
    try reprText(v, printing: false, entryCost: builtin && !is27 ? 1 : 0)
  }

  /// A repr written into one buffer, so nesting costs no copies of the
  /// inner text. Each nested PyObject_Repr takes a recursion level, as in
  /// CPython: past the recursion limit (with the frames already on the
  /// stack) it is a RecursionError. The 2.7 print statement's `tp_print`
  /// takes none; the simulator still bounds its nesting.
  private func reprText(_ v: Value, printing: Bool, entryCost: Int) throws(RunError) -> String {
    let budget =
      printing
      ? Interpreter.printNestingBound : (profile.cRecursionLimit ?? (recursionLimit - frames.count)) - entryCost
    // Past what the thread's stack holds it stops as the depth limit does.
    let native = frameBound - frames.count
    var state = ReprState(budget: min(budget, native), printing: printing)
    state.stackBound = native < budget ? frameBound : nil
    var out = ""
    try writeRepr(v, into: &out, &state)
    return out
  }

  /// How deep the 2.7 print statement may nest (CPython has no check there
  /// and overflows its C stack somewhere past this).
  static let printNestingBound = 20_000

  struct ReprState {
    var budget: Int
    var printing: Bool
    var depth = 0
    var active = Set<ObjectID>()
    /// Set when the stack, not Python's limit, is what stops the nesting.
    var stackBound: Int?
  }

  func writeRepr(_ v: Value, into out: inout String, _ state: inout ReprState) throws(RunError) {
    // Each PyObject_Repr, an item's too, checks signals first.
    checkSignals()
    state.depth += 1
    defer { state.depth -= 1 }
    if state.depth > state.budget {
      if let bound = state.stackBound { throw .limit(.reached(.depth(bound))) }
      if state.printing { throw unsupported("printing a structure nested more than \(state.budget) deep") }
      throw pythonError(
        is27 ? "RuntimeError" : "RecursionError", "maximum recursion depth exceeded while getting the repr of an object"
      )
    }
    // The text can outgrow the heap (a list of a thousand references to
    // one big str): it counts toward the memory limit as it grows.
    if !heap.memoryAllows(out.utf8.count) { throw .limit(.reached(.memory(heap.memoryLimit))) }
    if case .object(let o) = v, [.list, .tuple, .dict].contains(heap.kind(o)) {
      try writeContainer(o, into: &out, &state)
    } else {
      if state.printing, case .object(let o) = v, heap.kind(o) == .instance, hasSpecialText(o) {
        // 2.7's tp_print writes as it goes: what the container printed so
        // far is out before the user's __repr__ runs (and prints, maybe).
        write(out, to: .stdout)
        out = ""
      }
      out += try reprPiece(v, &state)
    }
  }

  /// Whether the instance's class has a `__repr__` or `__str__` of its own.
  func hasSpecialText(_ o: ObjectID) -> Bool {
    guard let cls = heap.classOf(o) else { return false }
    return lookupClassAttribute(cls, "__repr__") != nil || lookupClassAttribute(cls, "__str__") != nil
  }

  /// A list, tuple or dict written item by item into `out`.
  private func writeContainer(_ o: ObjectID, into out: inout String, _ state: inout ReprState) throws(RunError) {
    let printing = state.printing
    switch heap.kind(o) {
    case .dict:
      noteReprEnter()
      guard state.active.insert(o).inserted else {
        out += "{...}"
        return
      }
      defer { state.active.remove(o) }
      let scratch = printing ? nil : reprPieces27(o)
      defer { if let scratch { heap.decref(scratch, .stack) } }
      out += "{"
      for (i, (k, value)) in heap.tables[o.index].entries.enumerated() {
        // 2.7 dict_print holds the value while it prints the pair.
        if printing { heap.incref(value, .stack) }
        defer { if printing { heap.decref(value, .stack) } }
        if i > 0 { out += ", " }
        try writeRepr(k, into: &out, &state)
        out += ": "
        try writeRepr(value, into: &out, &state)
      }
      out += "}"
    default:
      let isList = heap.kind(o) == .list
      if !heap.items[o.index].isEmpty { noteReprEnter() }
      guard state.active.insert(o).inserted else {
        out += isList ? "[...]" : "(...)"
        return
      }
      defer { state.active.remove(o) }
      let parts = heap.items[o.index]
      let scratch = printing ? nil : reprPieces27(o)
      defer { if let scratch { heap.decref(scratch, .stack) } }
      out += isList ? "[" : "("
      for (i, p) in parts.enumerated() {
        // 2.7 list_print holds each item while it prints it (tupleprint does not).
        let held = printing && isList
        if held { heap.incref(p, .stack) }
        defer { if held { heap.decref(p, .stack) } }
        if i > 0 { out += ", " }
        try writeRepr(p, into: &out, &state)
      }
      if !isList && parts.count == 1 { out += "," }
      out += isList ? "]" : ")"
    }
  }

  /// The text of one value, its items written through `writeRepr`.
  private func reprPiece(_ v: Value, _ state: inout ReprState) throws(RunError) -> String {
    switch v {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .float(let x): return FloatText.repr(x)
    case .str(let s): return quoted(s)
    case .native(let raw):
      if let r = ranges[raw] {
        return r.2 == 1 ? "range(\(r.0), \(r.1))" : "range(\(r.0), \(r.1), \(r.2))"
      }
      guard let n = Native(rawValue: raw) else { return "<object>" }
      if n.isModule { return "<module '\(n.pythonName)' (built-in)>" }
      if n.isExceptionClass && is27 { return "<type 'exceptions.\(n.pythonName)'>" }
      if n.isType { return is27 ? "<type '\(n.pythonName)'>" : "<class '\(nativeTypeNames(n).tpName)'>" }
      return "<built-in function \(n.pythonName)>"
    case .object(let o):
      let address = hexAddress(o)
      switch heap.kind(o) {
      case .instance:
        if let text = try specialText(o, "__repr__") { return text }
        let cname = heap.classOf(o).map { heap.label($0) } ?? "object"
        if heap.isOldStyle(o) { return "<__main__.\(cname) instance at \(address)>" }
        return "<__main__.\(cname) object at \(address)>"
      case .list, .tuple, .dict:
        var text = ""
        try writeContainer(o, into: &text, &state)
        return text
      case .function:
        let code = program.codes[Int(heap.aux(o))]
        return "<function \(is27 ? code.name : code.qualifiedName) at \(address)>"
      case .classObject:
        if is27 && heap.isOldStyle(o) { return "<class __main__.\(heap.label(o)) at \(address)>" }
        return "<class '__main__.\(heap.label(o))'>"
      case .boundMethod:
        let items = heap.items[o.index]
        guard case .object(let fn) = items[0] else { return "<bound method>" }
        if items[1] == .none { return "<unbound method \(program.codes[Int(heap.aux(fn))].qualifiedName)>" }
        var selfRepr = ""
        try writeRepr(items[1], into: &selfRepr, &state)
        return boundMethodRepr(fn, of: items[1], selfRepr: selfRepr)
      case .weakref where isProxy(o):
        return proxyRepr(o)
      case .generator:
        return generatorRepr(o)
      case .superObject:
        return superRepr(o)
      case .dictView:
        return try dictViewRepr(o, &state)
      case .set, .frozenset:
        return try setRepr(o, &state)
      case .weakref:
        guard let target = heap.weakrefTarget(o) else { return "<weakref at \(address); dead>" }
        // weakref_repr adds the referent's __name__ when it has one.
        let name: String? =
          switch heap.kind(target) {
          case .function, .classObject: heap.label(target)
          case .generator: generatorCode(target).name
          // (3.x does not name a method.)
          case .boundMethod where is27: heap.items[target.index].first?.objectID.map { heap.label($0) }
          default: nil
          }
        let suffix = name.map { " (\($0))" } ?? ""
        return "<weakref at \(address); to '\(typeName(.object(target)))' at \(hexAddress(target))\(suffix)>"
      case .module: return "<module '\(heap.label(o))'>"
      case .frame:
        // 3.x names the file, line and code, which a finished frame keeps.
        guard is27 else { throw unsupported("the repr of a frame object") }
        return "<frame object at \(address)>"
      case .plainObject: return "<object object at \(address)>"
      case .exception: return try exceptionRepr(o)
      case .traceback: return "<traceback object at \(address)>"
      case .descriptor:
        let kind = descriptorKind(o)
        if kind != .property && !is27 {
          var inner = ""
          try writeRepr(heap.items[o.index][0], into: &inner, &state)
          return "<\(kind.pythonName)(\(inner))>"
        }
        return "<\(kind.pythonName) object at \(address)>"
      case .cell:
        guard let contents = heap.items[o.index].first else { return "<cell at \(address): empty>" }
        let target = contents.objectID.map { hexAddress($0) } ?? "0x0"
        return "<cell at \(address): \(typeName(contents)) object at \(target)>"
      case .str: return quoted(heap.stringText(o))
      case .iterator: return "<\(heap.typeName(o)) object at \(address)>"
      case .builtinMethod:
        let name = Native(rawValue: heap.aux(o))?.pythonName ?? "?"
        let receiver = heap.items[o.index].first ?? .none
        return "<built-in method \(name) of \(typeName(receiver)) object at \(hexAddress(receiver.objectID ?? o))>"
      }
    }
  }

  /// What the instance's own `__repr__` or `__str__` returns (nil when its
  /// class has none): called from C as slot_tp_repr / slot_tp_str do (2.7:
  /// through a bound method and an argument tuple; 3.x: unbound, `self`
  /// prepended), its result a str or the TypeError PyObject_Repr raises.
  func specialText(_ o: ObjectID, _ name: String) throws(RunError) -> String? {
    guard let cls = heap.classOf(o), let method = lookupClassAttribute(cls, name) else { return nil }
    guard case .object(let function) = method, heap.kind(function) == .function else {
      throw unsupported("a \(name) that is not a plain function")
    }
    let result = try callMethodFromC(function, self: o, args: [])
    defer { heap.decref(result, .stack) }
    switch result {
    case .str(let text): return text
    case .object(let s) where heap.kind(s) == .str: return heap.stringText(s)
    default:
      throw pythonError("TypeError", "\(name) returned non-string (type \(typeName(result)))")
    }
  }

  /// 2.7 `list_repr` and `dict_repr` collect the item texts in a `pieces`
  /// list (list free list), `tuplerepr` in an n-tuple (tuple free list);
  /// both are GC objects freed once the text is joined. Empty containers
  /// make none. 3.x writes into a `_PyUnicodeWriter` instead; the 2.7 print
  /// statement goes through `tp_print` (`list_print`, `dict_print`,
  /// `tupleprint`), which makes none either (measured: `print t` costs 0,
  /// `str(t)` costs the 3-tuple).
  private func reprPieces27(_ o: ObjectID) -> ObjectID? {
    guard is27 else { return nil }
    switch heap.kind(o) {
    case .tuple:
      let n = heap.items[o.index].count
      return n == 0 ? nil : makeTuple(Array(repeating: .int(0), count: n), freeList: true)
    case .list:
      return heap.items[o.index].isEmpty ? nil : try? makeList([])
    case .dict:
      return heap.tables[o.index].entries.isEmpty ? nil : try? makeList([])
    default: return nil
    }
  }

  /// The first container repr of the process runs Py_ReprEnter, which makes
  /// the thread state's recursion-guard list (3.x also its dict); they stay.
  func noteReprEnter() {
    guard !reprEnterDone else { return }
    reprEnterDone = true
    for _ in 0..<(is27 ? 1 : 2) {
      let o = heap.makeObject(.list, size: profile.objectSizes.list, freeList: .list)
      heap.track(o)
      keepForever(o)
    }
  }

  /// `<bound method Owner.name of <self>>` (3.x names it by qualified name).
  func boundMethodRepr(_ function: ObjectID, of object: Value, selfRepr: String) -> String {
    let code = program.codes[Int(heap.aux(function))]
    let owner = heap.classOf(object.objectID ?? function).map { heap.label($0) } ?? "?"
    return "<bound method \(is27 ? "\(owner).\(code.name)" : code.qualifiedName) of \(selfRepr)>"
  }

  /// Python's string repr: single quotes unless the text has one and no
  /// double quote; escapes for control characters.
  func quoted(_ s: String) -> String {
    let useDouble = s.contains("'") && !s.contains("\"")
    let quote: Character = useDouble ? "\"" : "'"
    var out = String(quote)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if Character(scalar) == quote {
          out += "\\" + String(quote)
        } else if scalar.value < 0x20 || scalar.value == 0x7f {
          out += "\\x" + hex2(scalar.value)
        } else if scalar.value >= 0x80 && (is27 || scalar.value < 0xa0) {
          if is27 {
            for byte in String(scalar).utf8 { out += "\\x" + hex2(UInt32(byte)) }
          } else {
            out += "\\x" + hex2(scalar.value)
          }
        } else if !is27 && !Self.isPrintable(scalar) {
          // 3.x escapes what str.isprintable() rejects (bidi overrides,
          // zero-width spaces, separators): \xNN, \uXXXX or \UXXXXXXXX.
          let hex = String(scalar.value, radix: 16)
          let (prefix, digits) = scalar.value < 0x100 ? ("\\x", 2) : scalar.value < 0x10000 ? ("\\u", 4) : ("\\U", 8)
          out += prefix + String(repeating: "0", count: digits - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out.append(quote)
    return out
  }

  /// CPython's Py_UNICODE_ISPRINTABLE: not a control, format, surrogate,
  /// private-use or unassigned character, nor a separator other than ' '.
  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    if scalar == " " { return true }
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
      .spaceSeparator:
      return false
    default: return true
    }
  }

  private func hex2(_ v: UInt32) -> String {
    let h = String(v, radix: 16)
    return h.count < 2 ? "0" + h : h
  }

  /// `format % args` with the conversions of the subset (%s %r %d %i %x
  /// %f %F %e %E %g %G %%), flags `-`, `0`, `+`, space and `#`, a width
  /// and a precision.
  func percentFormat(_ format: String, _ args: Value) throws(RunError) -> String {
    var values: [Value]
    if case .object(let o) = args, heap.kind(o) == .tuple { values = heap.items[o.index] } else { values = [args] }
    var out = ""
    var chars = Array(format)[...]
    var used = 0
    while let c = chars.popFirst() {
      guard c == "%" else {
        out.append(c)
        continue
      }
      var leftAlign = false
      var zeroPad = false
      var signFlag: Character?
      var alternate = false
      while let f = chars.first, "-0+ #".contains(f) {
        switch f {
        case "-": leftAlign = true
        case "0": zeroPad = true
        case "#": alternate = true
        default: if signFlag != "+" { signFlag = f }
        }
        chars.removeFirst()
      }
      let width = try percentNumber(&chars)
      var precision: Int?
      if chars.first == "." {
        chars.removeFirst()
        precision = try percentNumber(&chars)
      }
      guard let conversion = chars.popFirst() else {
        throw pythonError("ValueError", "incomplete format")
      }
      if conversion == "%" {
        out.append("%")
        continue
      }
      guard used < values.count else {
        throw pythonError("TypeError", "not enough arguments for format string")
      }
      let value = values[used]
      used += 1
      var piece: String
      var numeric = true
      switch conversion {
      case "s", "r":
        numeric = false
        piece = conversion == "s" ? try str(value) : try repr(value)
        if let p = precision { piece = String(String.UnicodeScalarView(piece.unicodeScalars.prefix(p))) }
      case "d", "i":
        var number = intValue(value)
        if case .float(let x) = value, case .int(let i) = try truncatedInt(x) { number = i }
        guard let i = number else {
          throw pythonError(
            "TypeError",
            is27
              ? "%d format: a number is required, not \(typeName(value))"
              : "%d format: a real number is required, not \(typeName(value))")
        }
        piece = String(i.magnitude)
        if let p = precision, piece.count < p { piece = String(repeating: "0", count: p - piece.count) + piece }
        piece = (i < 0 ? "-" : signFlag.map(String.init) ?? "") + piece
      case "x":
        guard let i = intValue(value), precision == nil, !alternate else {
          if intValue(value) != nil || isFloat(value) && is27 {
            throw unsupported("this %x conversion")
          }
          throw pythonError(
            "TypeError",
            is27
              ? "%x format: a number is required, not \(typeName(value))"
              : "%x format: an integer is required, not \(typeName(value))")
        }
        piece = (i < 0 ? "-" : signFlag.map(String.init) ?? "") + String(i.magnitude, radix: 16)
      case "f", "F", "e", "E", "g", "G":
        guard let x = floatOperand(value) else {
          throw pythonError(
            "TypeError",
            is27 ? "float argument required, not \(typeName(value))" : "must be real number, not \(typeName(value))")
        }
        // formatfloat takes the precision as a C int.
        if let p = precision, p > Int(Int32.max) {
          throw pythonError("ValueError", is27 ? "prec too big" : "precision too big")
        }
        try reserveString(length: (precision ?? 6) + 400)
        // 2.7's formatfloat switches 'f' to 'g' past 1e50.
        let type: Character = is27 && (conversion == "f" || conversion == "F") && x.magnitude >= 1e50 ? "g" : conversion
        piece = FloatText.printf(x.magnitude, type: type, precision: precision ?? 6, alternate: alternate)
        let negative = x.sign == .minus && !x.isNaN
        piece = (negative ? "-" : signFlag.map(String.init) ?? "") + piece
      default:
        throw .limit(
          .unsupported(
            "the %\(conversion) conversion is not supported by the simulator", line: currentLocation.line,
            column: currentLocation.column))
      }
      if piece.count < width {
        try reserveString(length: out.count + width)
        // Zeros go after the sign, and never into inf or nan.
        let zeros = zeroPad && !leftAlign && numeric && !piece.contains("inf") && !piece.contains("nan")
        let pad = String(repeating: zeros ? "0" : " ", count: width - piece.count)
        if leftAlign {
          piece += pad
        } else if zeros, let sign = piece.first, "-+ ".contains(sign) {
          piece = String(sign) + pad + piece.dropFirst()
        } else {
          piece = pad + piece
        }
      }
      out += piece
    }
    if used < values.count {
      throw pythonError("TypeError", "not all arguments converted during string formatting")
    }
    return out
  }

  /// A width or precision's digits (none is 0); `*` is refused.
  private func percentNumber(_ chars: inout ArraySlice<Character>) throws(RunError) -> Int {
    if chars.first == "*" { throw unsupported("a '*' width or precision in a % format") }
    var n = 0
    while let d = chars.first, d.isASCII, let digit = d.wholeNumberValue {
      // CPython refuses a width past Py_ssize_t before it allocates.
      guard n <= (Int.max - digit) / 10 else { throw pythonError("ValueError", "width too big") }
      n = n * 10 + digit
      chars.removeFirst()
    }
    return n
  }

  func intValue(_ v: Value) -> Int? {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    default: return nil
    }
  }
}
