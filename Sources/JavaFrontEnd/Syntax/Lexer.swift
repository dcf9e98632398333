// Turns Java source into tokens on demand, so a lexical error late in the
// file never hides a syntax error before it. Columns count Unicode scalars,
// as Diagnostic does.
//
// Not modelled: Java translates \uXXXX escapes before lexing, anywhere in the
// file; here they are understood inside string literals only.

import ScenarioSource

struct JavaLexer {
  private let scalars: [Unicode.Scalar]
  private var position = 0
  private var line = 1
  private var lineStart = 0

  init(_ source: String) {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(source.unicodeScalars.count)
    var previous: Unicode.Scalar? = nil
    // CRLF becomes LF; dropping the CR leaves every column unchanged.
    for scalar in source.unicodeScalars {
      if scalar == "\n" && previous == "\r" { scalars.removeLast() }
      scalars.append(scalar)
      previous = scalar
    }
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    self.scalars = scalars
  }

  /// All tokens up to and including `.endOfFile`.
  static func tokenize(_ source: String) throws(Diagnostic) -> [JavaToken] {
    var lexer = JavaLexer(source)
    var tokens: [JavaToken] = []
    while true {
      let token = try lexer.next()
      tokens.append(token)
      if token.kind == .endOfFile { return tokens }
    }
  }

  private var here: SourceLocation { SourceLocation(line: line, column: position - lineStart + 1) }
  private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }
  private func peek(_ offset: Int) -> Unicode.Scalar? {
    position + offset < scalars.count ? scalars[position + offset] : nil
  }

  private mutating func advance() {
    if scalars[position] == "\n" {
      line += 1
      lineStart = position + 1
    }
    position += 1
  }

  /// The next token; `.endOfFile` forever once the input is exhausted.
  mutating func next() throws(Diagnostic) -> JavaToken {
    try skipSpaceAndComments()
    let start = here
    guard let scalar = current else { return JavaToken(.endOfFile, at: start) }
    if scalar.isJavaIdentifierStart {
      var name = String.UnicodeScalarView()
      while let next = current, next.isJavaIdentifierPart {
        name.append(next)
        advance()
      }
      let word = String(name)
      if let keyword = JavaKeyword(rawValue: word) { return JavaToken(.keyword(keyword), at: start) }
      return JavaToken(.identifier(word), at: start)
    }
    if scalar.isASCIIDigit || scalar == "." && (peek(1)?.isASCIIDigit ?? false) {
      return try number(at: start)
    }
    if scalar == "\"" { return try string(at: start) }
    if scalar == "'" {
      throw Diagnostic("char literals are not supported (use a String literal)", at: start)
    }
    for punctuator in JavaPunctuator.allCases where matches(punctuator.rawValue) {
      for _ in punctuator.rawValue.unicodeScalars { advance() }
      return JavaToken(.punctuator(punctuator), at: start)
    }
    throw Diagnostic("illegal character: '\(scalar.escapedForMessage)'", at: start)
  }

  private func matches(_ text: String) -> Bool {
    var offset = 0
    for scalar in text.unicodeScalars {
      guard peek(offset) == scalar else { return false }
      offset += 1
    }
    return true
  }

  private mutating func skipSpaceAndComments() throws(Diagnostic) {
    while let scalar = current {
      switch scalar {
      case " ", "\t", "\n", "\u{0C}":
        advance()
      case "\r":
        // A CR not followed by LF would end a line for javac but not for
        // Diagnostic, which splits on LF: the line numbers would disagree.
        throw Diagnostic("a carriage return without a line feed is not supported", at: here)
      case "/" where peek(1) == "/":
        while let next = current, next != "\n" {
          if next == "\r" { break }
          advance()
        }
      case "/" where peek(1) == "*":
        let start = here
        advance()
        advance()
        while true {
          guard let next = current else { throw Diagnostic("unclosed comment", at: start) }
          if next == "*" && peek(1) == "/" {
            advance()
            advance()
            break
          }
          if next == "\r" && peek(1) != "\n" {
            throw Diagnostic("a carriage return without a line feed is not supported", at: here)
          }
          advance()
        }
      default:
        return
      }
    }
  }

  // MARK: Numbers

  private mutating func number(at start: SourceLocation) throws(Diagnostic) -> JavaToken {
    var radix: UInt64 = 10
    if current == "0", let x = peek(1), x == "x" || x == "X" || x == "b" || x == "B" {
      radix = (x == "x" || x == "X") ? 16 : 2
      advance()
      advance()
    } else if current == "0", let next = peek(1), next.isASCIIDigit || next == "_" {
      radix = 8
      advance()
    }
    var digits = String.UnicodeScalarView()
    var lastWasUnderscore = false
    while let scalar = current, scalar.isASCIIDigit || scalar.isASCIILetter || scalar == "_" {
      if scalar == "l" || scalar == "L" {
        throw Diagnostic("long literals are not supported (only int)", at: start)
      }
      if radix != 16 && ["e", "E", "f", "F", "d", "D"].contains(scalar) {
        throw Diagnostic("floating-point numbers are not supported", at: start)
      }
      lastWasUnderscore = scalar == "_"
      if !lastWasUnderscore { digits.append(scalar) }
      advance()
    }
    if current == "." || (radix == 10 && (current == "e" || current == "E")) {
      throw Diagnostic("floating-point numbers are not supported", at: start)
    }
    if lastWasUnderscore { throw Diagnostic("illegal underscore", at: start) }
    if digits.isEmpty {
      if radix == 8 { return JavaToken(.intLiteral(bits: 0, decimal: false), at: start) }
      throw Diagnostic(
        radix == 16
          ? "hexadecimal numbers must contain at least one hexadecimal digit"
          : "binary numbers must contain at least one binary digit", at: start)
    }
    var value: UInt64 = 0
    for digit in digits {
      guard let digitValue = digit.digitValue, UInt64(digitValue) < radix else {
        throw Diagnostic("illegal digit '\(digit.escapedForMessage)' in a base \(radix) number", at: start)
      }
      value = value * radix + UInt64(digitValue)
      if value > UInt64(UInt32.max) { throw Diagnostic("integer number too large", at: start) }
    }
    if radix == 10 && value > 2_147_483_648 { throw Diagnostic("integer number too large", at: start) }
    return JavaToken(.intLiteral(bits: UInt32(value), decimal: radix == 10), at: start)
  }

  // MARK: Strings

  private mutating func string(at start: SourceLocation) throws(Diagnostic) -> JavaToken {
    if peek(1) == "\"" && peek(2) == "\"" { throw Diagnostic("text blocks are not supported", at: start) }
    advance()
    var text = String.UnicodeScalarView()
    while true {
      guard let scalar = current, scalar != "\n", scalar != "\r" else {
        throw Diagnostic("unclosed string literal", at: start)
      }
      if scalar == "\"" {
        advance()
        return JavaToken(.stringLiteral(String(text)), at: start)
      }
      if scalar == "\\" {
        text.append(try escape())
      } else {
        text.append(scalar)
        advance()
      }
    }
  }

  /// One escape sequence, the backslash current.
  private mutating func escape() throws(Diagnostic) -> Unicode.Scalar {
    let location = here
    advance()
    guard let scalar = current else { throw Diagnostic("unclosed string literal", at: location) }
    let simple: [Unicode.Scalar: Unicode.Scalar] = [
      "b": "\u{08}", "t": "\t", "n": "\n", "f": "\u{0C}", "r": "\r", "s": " ", "\"": "\"", "'": "'", "\\": "\\",
    ]
    if let replacement = simple[scalar] {
      advance()
      return replacement
    }
    if let first = scalar.octalValue {
      // Up to three octal digits, the first 0-3 when there are three.
      var value = first
      advance()
      let limit = first <= 3 ? 2 : 1
      for _ in 0..<limit {
        guard let next = current?.octalValue else { break }
        value = value * 8 + next
        advance()
      }
      return Unicode.Scalar(UInt8(value))
    }
    if scalar == "u" {
      while current == "u" { advance() }
      var value: UInt32 = 0
      for _ in 0..<4 {
        guard let digit = current, let digitValue = digit.digitValue, digitValue < 16 else {
          throw Diagnostic("illegal unicode escape", at: location)
        }
        value = value * 16 + UInt32(digitValue)
        advance()
      }
      guard let decoded = Unicode.Scalar(value) else {
        // Swift strings cannot hold half of a UTF-16 surrogate pair.
        throw Diagnostic("surrogate escapes (\\uD800-\\uDFFF) are not supported", at: location)
      }
      return decoded
    }
    throw Diagnostic("illegal escape character in string literal", at: location)
  }
}

extension Unicode.Scalar {
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
  var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
  var octalValue: Int? { ("0"..."7").contains(self) ? Int(value - 48) : nil }

  /// The value of a digit 0-9, a-z or A-Z (a = 10), for any radix up to 36.
  var digitValue: Int? {
    if isASCIIDigit { return Int(value - 48) }
    if ("a"..."z").contains(self) { return Int(value - 97 + 10) }
    if ("A"..."Z").contains(self) { return Int(value - 65 + 10) }
    return nil
  }

  var isJavaIdentifierStart: Bool {
    isASCIILetter || self == "_" || self == "$" || value >= 0x80 && properties.isAlphabetic
  }

  var isJavaIdentifierPart: Bool {
    isJavaIdentifierStart || isASCIIDigit || value >= 0x80 && properties.numericType != nil
  }

  /// The scalar as a message may show it: printable ones as they are.
  var escapedForMessage: String {
    if value < 0x20 || value == 0x7f || (0x80..<0xa0).contains(value) {
      let hex = String(value, radix: 16)
      return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
    return String(self)
  }
}
