import GCEngine
import PythonFrontEnd

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Floats: arithmetic, comparison and the builtins that make or read them,
/// as Objects/floatobject.c does it in each version. A float is an
/// immediate value (`Value.float`), never tracked by the collector.
extension Interpreter {
  /// An int, bool or float as a double (int → float as PyLong_AsDouble
  /// rounds, to nearest even), nil for anything else.
  func floatOperand(_ v: Value) -> Double? {
    switch v {
    case .float(let x): return x
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    default: return nil
    }
  }

  func isFloat(_ v: Value) -> Bool {
    if case .float = v { return true }
    return false
  }

  /// An arithmetic operator with a float on one side (the compiler's
  /// numbering: + - * // % ** and 11 for `/`); nil when the other side is
  /// not a number, so the caller raises its TypeError.
  func floatOperation(_ op: Int, _ left: Value, _ right: Value) throws(RunError) -> Value? {
    guard isFloat(left) || isFloat(right), let a = floatOperand(left), let b = floatOperand(right) else {
      return nil
    }
    switch op {
    case 0: return .float(a + b)
    case 1: return .float(a - b)
    case 2: return .float(a * b)
    case 11:
      guard b != 0 else { throw pythonError("ZeroDivisionError", "float division by zero") }
      return .float(a / b)
    case 3, 4:
      guard b != 0 else {
        throw pythonError(
          "ZeroDivisionError",
          op == 4 ? profile.floatModuloByZeroMessage : is27 ? "float divmod()" : "float floor division by zero")
      }
      let (quotient, remainder) = Interpreter.floatDivmod(a, b)
      return .float(op == 3 ? quotient : remainder)
    case 5: return .float(try floatPower(a, b))
    default: return nil
    }
  }

  /// float_divmod: the remainder takes the divisor's sign, the quotient is
  /// floored and then nudged so that q * b + r stays closest to a.
  static func floatDivmod(_ a: Double, _ b: Double) -> (Double, Double) {
    var remainder = a.truncatingRemainder(dividingBy: b)
    var quotient = (a - remainder) / b
    if remainder != 0 {
      if (b < 0) != (remainder < 0) {
        remainder += b
        quotient -= 1
      }
    } else {
      remainder = Double(signOf: b, magnitudeOf: 0)
    }
    if quotient != 0 {
      var floored = quotient.rounded(.down)
      if quotient - floored > 0.5 { floored += 1 }
      quotient = floored
    } else {
      quotient = Double(signOf: a / b, magnitudeOf: 0)
    }
    return (quotient, remainder)
  }

  /// float_pow's special cases before C's pow, and its overflow check.
  func floatPower(_ a: Double, _ b: Double) throws(RunError) -> Double {
    if b == 0 { return 1 }
    if a.isNaN { return a }
    if b.isNaN { return a == 1 ? 1 : b }
    if a == 0 && b < 0 && !b.isInfinite {
      throw pythonError(
        "ZeroDivisionError",
        "0.0 cannot be raised to a negative power")
    }
    if a < 0 && b.rounded(.towardZero) != b && !b.isInfinite && !a.isInfinite {
      if !is27 { throw unsupported("a negative number to a fractional power (its result is a complex number)") }
      throw pythonError("ValueError", "negative number cannot be raised to a fractional power")
    }
    let result = pow(a, b)
    if result.isInfinite && a.isFinite && b.isFinite {
      throw pythonError("OverflowError", "(34, 'Numerical result out of range')")
    }
    return result
  }

  /// `a == b` for two numbers at least one of which is a float, exactly
  /// (an int is not rounded to a double first).
  func floatEqual(_ a: Value, _ b: Value) -> Bool? {
    guard let ordering = floatOrdering(a, b) else { return nil }
    return ordering == 0
  }

  /// -1, 0, 1, or 2 for unordered (a NaN); nil when a side is not a number
  /// or neither is a float. float_richcompare compares an int with a float
  /// by value, not through a rounded double.
  func floatOrdering(_ a: Value, _ b: Value) -> Int? {
    guard isFloat(a) || isFloat(b), floatOperand(a) != nil, floatOperand(b) != nil else { return nil }
    switch (a, b) {
    case (.float(let x), .float(let y)):
      return x.isNaN || y.isNaN ? 2 : x < y ? -1 : x == y ? 0 : 1
    case (.float(let x), _):
      return Interpreter.compare(x, intValue(b)!)
    default:
      let r = Interpreter.compare(floatOperand(b)!, intValue(a)!)
      return r == 2 ? 2 : -r
    }
  }

  /// A double against an int, exactly: 2 when the double is NaN.
  private static func compare(_ x: Double, _ i: Int) -> Int {
    if x.isNaN { return 2 }
    if x >= 9_223_372_036_854_775_808.0 { return 1 }
    if x < -9_223_372_036_854_775_808.0 { return -1 }
    let whole = Int(x.rounded(.down))
    if whole != i { return whole < i ? -1 : 1 }
    return x > x.rounded(.down) ? 1 : 0
  }

  /// `float(x)`.
  func makeFloat(_ args: [Value]) throws(RunError) -> Value {
    guard let arg = args.first else { return .float(0) }
    if let x = floatOperand(arg) { return .float(x) }
    if case .str(let s) = plain(arg) {
      if let x = FloatText.parse(s, underscores: !is27) { return .float(x) }
      let shown = is27 ? s : try repr(arg)
      throw pythonError("ValueError", "could not convert string to float: \(shown)")
    }
    throw pythonError(
      "TypeError",
      is27
        ? "float() argument must be a string or a number"
        : "float() argument must be a string or a real number, not '\(typeName(arg))'")
  }

  /// `int(x)` of a float: truncated toward zero.
  func truncatedInt(_ x: Double) throws(RunError) -> Value {
    if x.isNaN { throw pythonError("ValueError", "cannot convert float NaN to integer") }
    if x.isInfinite { throw pythonError("OverflowError", "cannot convert float infinity to integer") }
    guard let i = Int(exactly: x.rounded(.towardZero)) else { throw overflow() }
    return .int(i)
  }

  /// `round(x[, n])`. 3.x: ties to even, an int without `n`; 2.7: ties away
  /// from zero and always a float. Both round the exact binary value to
  /// `n` decimals (`round(2.675, 2)` is 2.67), as `_Py_dg_dtoa` does.
  func round(_ args: [Value]) throws(RunError) -> Value {
    // `round(x, None)` is `round(x)`.
    var digits: Int?
    if args.count > 1, args[1] != .none {
      guard let n = intValue(args[1]) else {
        throw notAnInteger(args[1])
      }
      digits = n
    }
    if let i = intValue(args[0]) {
      // An int: itself in 3.x (for n >= 0), a float in 2.7.
      if let n = digits, n < 0 { throw unsupported("round() of an int to a negative number of digits") }
      return is27 ? .float(Double(i)) : .int(i)
    }
    guard case .float(let x) = args[0] else {
      throw pythonError(
        "TypeError",
        is27 ? "a float is required" : "type \(typeName(args[0])) doesn't define __round__ method")
    }
    if digits == nil && !is27 {
      if x.isNaN { throw pythonError("ValueError", "cannot convert float NaN to integer") }
      if x.isInfinite { throw pythonError("OverflowError", "cannot convert float infinity to integer") }
      guard let i = Int(exactly: x.rounded(.toNearestOrEven)) else { throw overflow() }
      return .int(i)
    }
    let n = digits ?? 0
    guard x.isFinite else { return .float(x) }
    guard n >= 0 else { throw unsupported("round() of a float to a negative number of digits") }
    if n > 323 { return .float(x) }
    var text = FloatText.printf(x, type: "f", precision: n)
    if is27 && Interpreter.isHalfway(x, digits: n) {
      // The exact value has n+1 decimals ending in 5: away from zero.
      text = Interpreter.roundedAwayFromZero(FloatText.printf(x, type: "f", precision: n + 1))
    }
    let rounded = Double(text) ?? x
    return .float(rounded == 0 ? Double(signOf: x, magnitudeOf: 0) : rounded)
  }

  /// x is k/2 × 10**-n for an odd k: its lowest set bit is 2**-(n+1).
  private static func isHalfway(_ x: Double, digits n: Int) -> Bool {
    guard x != 0 else { return false }
    let lowest = Int(x.exponent) - Int(x.significandWidth)
    return lowest == -(n + 1)
  }

  /// A decimal text whose last digit is 5, rounded one place up in
  /// magnitude (the digit dropped).
  private static func roundedAwayFromZero(_ text: String) -> String {
    var chars = Array(text.dropLast())
    if chars.last == "." { chars.removeLast() }
    var i = chars.count - 1
    while i >= 0 {
      if chars[i] == "." || chars[i] == "-" {
        i -= 1
        continue
      }
      if chars[i] == "9" {
        chars[i] = "0"
        i -= 1
        continue
      }
      chars[i] = Character(String(chars[i].wholeNumberValue! + 1))
      return String(chars)
    }
    let negative = chars.first == "-"
    return (negative ? "-1" : "1") + String(negative ? chars.dropFirst() : chars[...])
  }

  /// float.__format__ (Python/formatter_unicode.c format_float_internal):
  /// no type is repr, or 'g' keeping a '.0' when a precision is given;
  /// '%' is 'f' of the value times 100.
  func formatFloat(_ x: Double, spec: String) throws(RunError) -> String {
    guard let f = FormatSpec(spec) else { throw unsupported("the format spec '\(spec)' for a float") }
    guard f.type == nil || "eEfFgG%n".contains(f.type!) else {
      throw pythonError("ValueError", "Unknown format code '\(f.type!)' for object of type 'float'")
    }
    if f.grouping != nil && f.fill == "0" && f.align == "=" {
      throw unsupported("zero padding with a thousands separator in a float format")
    }
    // The digits a precision asks for are made before any padding.
    try reserveString(length: (f.precision ?? 0) + 400)
    var value = x.magnitude
    var body: String
    switch f.type {
    case nil where f.precision == nil:
      // 2.7's default is str's '%.12g'.
      body = is27 ? FloatText.str27(value) : FloatText.repr(value)
    case nil:
      body = FloatText.printf(value, type: "g", precision: max(f.precision!, 1), alternate: f.alternate)
      if !body.contains("e") && !body.contains("inf") && !body.contains("nan") { body = FloatText.addDotZero(body) }
    case "%":
      value *= 100
      body = FloatText.printf(value, type: "f", precision: f.precision ?? 6, alternate: f.alternate) + "%"
    case "n":
      body = FloatText.printf(value, type: "g", precision: f.precision ?? 6, alternate: f.alternate)
    default:
      body = FloatText.printf(value, type: f.type!, precision: f.precision ?? 6, alternate: f.alternate)
    }
    if let g = f.grouping, let first = body.first, first.isNumber {
      let integerDigits = body.prefix { $0.isNumber }
      body = Interpreter.grouped(String(integerDigits), by: g, size: 3) + body.dropFirst(integerDigits.count)
    }
    let negative = x.sign == .minus && !x.isNaN
    let sign = negative ? "-" : f.sign == "+" ? "+" : f.sign == " " ? " " : ""
    return f.pad(body, sign: sign, defaultAlign: ">")
  }
}
