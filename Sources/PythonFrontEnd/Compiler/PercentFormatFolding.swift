/// 3.11's AST optimizer (Python/ast_opt.c, optimize_format) rewrites
/// `'...' % (a, b)` into an f-string when the format has only `%s`, `%r`
/// and `%a` units (with flags, a width and a precision of at most two
/// digits) and exactly as many units as the tuple literal has items: no
/// argument tuple is built, each item is formatted as soon as it is
/// evaluated, and the pieces are joined into one str. gc counts and the
/// order of `__str__` calls show the difference, so the compiler does the
/// same.
enum PercentFormatPiece: Equatable {
  /// Text between units (`%%` already made `%`).
  case literal(String)
  /// The next tuple item, converted (`s`, `r` or `a`), then formatted
  /// with `spec` if there is one (`>5`, `3`, `.2`).
  case value(conversion: Character, spec: String?)
}

extension Compiler {
  /// The pieces `format % (items...)` becomes, or nil where CPython keeps
  /// the `%` operation.
  static func percentFormatPieces(_ format: String, itemCount: Int) -> [PercentFormatPiece]? {
    let chars = Array(format.unicodeScalars)
    var pieces: [PercentFormatPiece] = []
    var pos = 0
    var used = 0
    while true {
      var literal = String.UnicodeScalarView()
      while pos < chars.count {
        if chars[pos] != "%" {
          literal.append(chars[pos])
          pos += 1
        } else if pos + 1 < chars.count && chars[pos + 1] == "%" {
          literal.append("%")
          pos += 2
        } else {
          break
        }
      }
      if !literal.isEmpty { pieces.append(.literal(String(literal))) }
      if pos >= chars.count { break }
      // More units than items: CPython leaves it to fail at run time.
      guard used < itemCount else { return nil }
      pos += 1
      guard let unit = parseUnit(chars, &pos) else { return nil }
      pieces.append(unit)
      used += 1
    }
    return used == itemCount ? pieces : nil
  }

  /// One `%` unit after the `%`: flags, width, precision, conversion.
  private static func parseUnit(_ chars: [Unicode.Scalar], _ pos: inout Int) -> PercentFormatPiece? {
    func next() -> Unicode.Scalar? {
      guard pos < chars.count else { return nil }
      defer { pos += 1 }
      return chars[pos]
    }
    // At most two digits (MAXDIGITS); running out of format ends it too.
    func number(_ c: inout Unicode.Scalar) -> Int? {
      var value = 0
      var count = 0
      while ("0"..."9").contains(c) {
        value = value * 10 + Int(c.value - 48)
        guard let n = next() else { return nil }
        c = n
        count += 1
        if count >= 3 { return nil }
      }
      return value
    }
    guard var c = next() else { return nil }
    var leftJustified = false
    while "-+ #0".unicodeScalars.contains(c) {
      if c == "-" { leftJustified = true }
      guard let n = next() else { return nil }
      c = n
    }
    var width = -1
    if ("0"..."9").contains(c) {
      guard let w = number(&c) else { return nil }
      width = w
    }
    var precision = -1
    if c == "." {
      guard let n = next() else { return nil }
      c = n
      precision = 0
      guard let p = number(&c) else { return nil }
      precision = p
    }
    guard c == "s" || c == "r" || c == "a" else { return nil }
    var spec = ""
    if !leftJustified && width > 0 { spec += ">" }
    if width >= 0 { spec += String(width) }
    if precision >= 0 { spec += "." + String(precision) }
    return .value(conversion: Character(c), spec: spec.isEmpty ? nil : spec)
  }
}
