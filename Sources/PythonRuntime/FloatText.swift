#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A float's text as CPython's Python/pystrtod.c `PyOS_double_to_string`
/// writes it: `repr` from the shortest digits that read back as the same
/// double (David Gay's mode 0; Swift's `description` picks the same digits,
/// the shortest and then the closest), the printf-style types from glibc,
/// which rounds exactly as `_Py_dg_dtoa` does (correctly, ties to even).
enum FloatText {
  /// `repr(x)` in both versions (2.7 has the short repr too): fixed
  /// notation while the decimal exponent is in -4 < e <= 16, else
  /// `1e+16`-style; an integral value keeps `.0`.
  static func repr(_ x: Double) -> String {
    if let special = special(x) { return special }
    let (negative, digits, point) = shortestDigits(x)
    let sign = negative ? "-" : ""
    if digits == "0" { return sign + "0.0" }
    if point <= -4 || point > 16 { return sign + exponential(digits, exponent: point - 1) }
    return sign + fixed(digits, point: point)
  }

  /// 2.7's `str(x)` (and what its print writes): `%.12g`, with `.0` added
  /// when the result looks like an int.
  static func str27(_ x: Double) -> String {
    addDotZero(printf(x, type: "g", precision: 12))
  }

  /// A format with a type (`f`, `e`, `g`, `F`, `E`, `G`) and a precision,
  /// as C writes it (inf/nan spelled the Python way).
  static func printf(_ x: Double, type: Character, precision: Int, alternate: Bool = false) -> String {
    if let special = special(x) { return type.isUppercase ? special.uppercased() : special }
    let format = "%" + (alternate ? "#" : "") + ".*" + String(type)
    var buffer = [CChar](repeating: 0, count: 400 + max(0, precision))
    let count = withVaList([Int32(precision), x]) { args in
      buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress!, $0.count, format, args) }
    }
    let end = Int(count) < buffer.count ? Int(count) : buffer.count - 1
    return String(decoding: buffer[..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// `.0` after an integral-looking text (Py_DTSF_ADD_DOT_0).
  static func addDotZero(_ text: String) -> String {
    let looksIntegral = text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "+") }
    return looksIntegral ? text + ".0" : text
  }

  private static func special(_ x: Double) -> String? {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    return nil
  }

  /// The shortest round-trip digits (no leading or trailing zeros, "0" for
  /// zero) and where the decimal point goes: x = 0.DIGITS × 10**point.
  static func shortestDigits(_ x: Double) -> (negative: Bool, digits: String, point: Int) {
    var text = Substring(x.magnitude.description)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      exponent = Int(text[text.index(after: e)...]) ?? 0
      text = text[..<e]
    }
    let integerPart = text.prefix { $0 != "." }
    var digits = text.filter { $0 != "." }[...]
    var point = integerPart.count + exponent
    while digits.count > 1, digits.first == "0" {
      digits.removeFirst()
      point -= 1
    }
    while digits.count > 1, digits.last == "0" { digits.removeLast() }
    return (x.sign == .minus, String(digits), point)
  }

  private static func exponential(_ digits: String, exponent: Int) -> String {
    var mantissa = String(digits.prefix(1))
    if digits.count > 1 { mantissa += "." + digits.dropFirst() }
    let magnitude = String(exponent.magnitude)
    return mantissa + "e" + (exponent < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" : "") + magnitude
  }

  private static func fixed(_ digits: String, point: Int) -> String {
    if point <= 0 { return "0." + String(repeating: "0", count: -point) + digits }
    if point >= digits.count { return digits + String(repeating: "0", count: point - digits.count) + ".0" }
    return digits.prefix(point) + "." + digits.dropFirst(point)
  }

  /// `float(text)`'s grammar (Python/pystrtod.c and 3.x's underscores):
  /// surrounding whitespace, a sign, digits with a point and an exponent,
  /// or inf/infinity/nan in any case. Swift's parser also takes hex and
  /// other spellings Python refuses, so the text is checked first.
  static func parse(_ text: String, underscores: Bool) -> Double? {
    let trimmed = text.trimmingCharacters(in: " \t\n\r\u{0B}\u{0C}")
    var body = Substring(trimmed)
    var negative = false
    if let s = body.first, s == "+" || s == "-" {
      negative = s == "-"
      body.removeFirst()
    }
    switch body.lowercased() {
    case "inf", "infinity": return negative ? -.infinity : .infinity
    case "nan": return .nan
    default: break
    }
    var plain = ""
    var sawDigit = false
    var sawPoint = false
    var sawExponent = false
    var previous: Character = " "
    for c in body {
      if c == "_" {
        guard underscores, previous.isASCII, previous.isNumber else { return nil }
      } else if c.isASCII && c.isNumber {
        if previous == "_" || !sawExponent { sawDigit = true }
        plain.append(c)
      } else if c == "." && !sawPoint && !sawExponent {
        guard previous != "_" else { return nil }
        sawPoint = true
        plain.append(c)
      } else if (c == "e" || c == "E") && sawDigit && !sawExponent {
        guard previous != "_" else { return nil }
        sawExponent = true
        plain.append("e")
      } else if (c == "+" || c == "-") && (previous == "e" || previous == "E") {
        plain.append(c)
      } else {
        return nil
      }
      previous = c
    }
    guard sawDigit, previous != "_", previous != "e", previous != "E", previous != "+", previous != "-" else {
      return nil
    }
    guard let value = Double(plain) else { return nil }
    return negative ? -value : value
  }
}
