// Turns scenario text into tokens, one at a time, the way CPython's tokenizer
// does: INDENT/DEDENT from leading whitespace (tabs to the next multiple of 8),
// NEWLINE only at the end of a logical line, no line breaks inside brackets.
// Tokens are produced on demand so errors surface in source order, interleaved
// with the parser's own.

public struct Lexer {
  /// More open brackets than this is an error rather than a deep parse.
  static let maximumBracketDepth = 200
  /// More indentation levels than this is an error (CPython's limit is 100).
  static let maximumIndentDepth = 100

  private let scalars: [Unicode.Scalar]
  private var position = 0
  private var line = 1
  private var lineStart = 0

  /// Indentation columns of the enclosing blocks, outermost (0) first.
  private var indents: [Int] = [0]
  /// The same columns measured with tabs as width 1, to detect tab/space mixes
  /// whose meaning depends on the tab size (CPython's TabError).
  private var alternateIndents: [Int] = [0]
  private var brackets: [(scalar: Unicode.Scalar, location: SourceLocation)] = []
  private var atLineStart = true
  private var lineHasTokens = false
  private var pending: [Token] = []
  private var finished = false

  /// The dialect string literals are read in (nil: either, for the dialect
  /// detection): a 2.7 str keeps `\u` escapes as they are written, and the
  /// literal kinds the simulator has no type for (3.x bytes, 2.7 unicode)
  /// are refused rather than read as str.
  public var dialect: PythonDialect?

  /// A lexer whose first character is at `origin` (an f-string field's
  /// expression, read where it stands in the file).
  public init(_ source: String, origin: SourceLocation) {
    self.init(source)
    line = origin.line
    lineStart = 1 - origin.column
  }

  public init(_ source: String) {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(source.unicodeScalars.count)
    var iterator = source.unicodeScalars.makeIterator()
    var previous: Unicode.Scalar? = nil
    // CRLF becomes LF. Dropping the CR keeps every column on the line unchanged,
    // and Diagnostic.rendered splits lines on LF too, so line numbers agree.
    while let scalar = iterator.next() {
      if scalar == "\n" && previous == "\r" { scalars.removeLast() }
      scalars.append(scalar)
      previous = scalar
    }
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }  // byte-order mark
    self.scalars = scalars
  }

  /// All tokens up to and including `.endOfFile`.
  public static func tokenize(_ source: String) throws(Diagnostic) -> [Token] {
    var lexer = Lexer(source)
    var tokens: [Token] = []
    while true {
      let token = try lexer.next()
      tokens.append(token)
      if token.kind == .endOfFile { return tokens }
    }
  }

  /// The next token; `.endOfFile` forever once the input is exhausted.
  public mutating func next() throws(Diagnostic) -> Token {
    if !pending.isEmpty { return pending.removeFirst() }
    if finished { return Token(.endOfFile, at: here) }
    while true {
      if atLineStart && brackets.isEmpty {
        atLineStart = false
        if let token = try indentation() { return token }
      }
      skipSpaces()
      guard let scalar = current else { return try endOfInput() }
      switch scalar {
      case "#":
        while let next = current, next != "\n" { advance() }
      case "\\":
        try lineContinuation()
      case "\n":
        let location = here
        advance()
        startLine()
        if brackets.isEmpty {
          atLineStart = true
          if lineHasTokens {
            lineHasTokens = false
            return Token(.newline, at: location, end: SourceLocation(line: location.line, column: location.column + 1))
          }
        }
      default:
        lineHasTokens = true
        var token = try token(startingWith: scalar)
        token.end = here  // every token ends where the scan stopped, possibly on a later line
        return token
      }
    }
  }

  // MARK: - Lines and indentation

  /// Measures the leading whitespace of a line and queues INDENT/DEDENT tokens.
  /// Blank and comment-only lines are left for the main loop to skip.
  private mutating func indentation() throws(Diagnostic) -> Token? {
    var column = 0
    var alternateColumn = 0
    while let scalar = current {
      switch scalar {
      case " ":
        column += 1
        alternateColumn += 1
      case "\t":
        column = (column / 8 + 1) * 8
        alternateColumn += 1
      case "\u{0C}":  // form feed resets the count, as in CPython
        column = 0
        alternateColumn = 0
      case "\r":
        break
      default:
        return try indentation(column: column, alternateColumn: alternateColumn)
      }
      advance()
    }
    return nil
  }

  private mutating func indentation(column: Int, alternateColumn: Int) throws(Diagnostic) -> Token? {
    if current == "#" || current == "\n" { return nil }
    let location = here
    let inconsistent = Diagnostic("inconsistent use of tabs and spaces in indentation", at: location)
    let top = indents[indents.count - 1]
    if column == top {
      if alternateColumn != alternateIndents[alternateIndents.count - 1] { throw inconsistent }
      return nil
    }
    if column > top {
      if alternateColumn <= alternateIndents[alternateIndents.count - 1] { throw inconsistent }
      if indents.count > Lexer.maximumIndentDepth { throw Diagnostic("too deeply nested", at: location) }
      indents.append(column)
      alternateIndents.append(alternateColumn)
      return Token(.indent, at: location)
    }
    while column < indents[indents.count - 1] {
      indents.removeLast()
      alternateIndents.removeLast()
      pending.append(Token(.dedent, at: location))
    }
    if column != indents[indents.count - 1] {
      throw Diagnostic("unindent does not match any outer indentation level", at: location)
    }
    if alternateColumn != alternateIndents[alternateIndents.count - 1] { throw inconsistent }
    return pending.removeFirst()
  }

  private mutating func lineContinuation() throws(Diagnostic) {
    let location = here
    advance()
    guard let next = current else {
      throw Diagnostic("unexpected end of file after line continuation character", at: location)
    }
    guard next == "\n" else {
      throw Diagnostic("unexpected character after line continuation character", at: location)
    }
    advance()
    startLine()
  }

  private mutating func endOfInput() throws(Diagnostic) -> Token {
    if let open = brackets.last {
      throw Diagnostic("'\(open.scalar)' was never closed", at: open.location)
    }
    finished = true
    let location = here
    if lineHasTokens {
      lineHasTokens = false
      pending.append(Token(.newline, at: location))
    }
    for _ in indents.dropFirst() { pending.append(Token(.dedent, at: location)) }
    indents = [0]
    alternateIndents = [0]
    pending.append(Token(.endOfFile, at: location))
    return pending.removeFirst()
  }

  // MARK: - Tokens

  private mutating func token(startingWith scalar: Unicode.Scalar) throws(Diagnostic) -> Token {
    if scalar == "'" || scalar == "\"" { return try string(prefix: "", at: here) }
    if isDigit(scalar) || scalar == "." && following.map(isDigit) == true { return try number() }
    if isIdentifierStart(scalar) { return try nameOrPrefixedString() }
    if let punctuator = punctuator() { return try bracketed(punctuator) }
    throw invalidCharacter(scalar)
  }

  private mutating func nameOrPrefixedString() throws(Diagnostic) -> Token {
    let location = here
    var name = String.UnicodeScalarView()
    while let scalar = current, isIdentifierContinue(scalar) {
      name.append(scalar)
      advance()
    }
    let word = String(name)
    if let quote = current, quote == "'" || quote == "\"" {
      let prefix = word.lowercased()
      if ["f", "rf", "fr"].contains(prefix) {
        guard dialect != .python2 else {
          throw Diagnostic("f-strings are not supported by the simulator under cpython2.7", at: location)
        }
        return try formattedString(raw: prefix.contains("r"), at: location)
      }
      if ["r", "u", "b", "br", "rb", "ur"].contains(prefix) {
        return try string(prefix: prefix, at: location)
      }
    }
    return Token(.name(word), at: location)
  }

  private mutating func punctuator() -> Punctuator? {
    for length in stride(from: Punctuator.maximumLength, through: 1, by: -1) {
      guard position + length <= scalars.count else { continue }
      var spelling = String.UnicodeScalarView()
      spelling.append(contentsOf: scalars[position..<position + length])
      if let punctuator = Punctuator(rawValue: String(spelling)) {
        position += length
        return punctuator
      }
    }
    return nil
  }

  /// Builds the token for a punctuator just consumed, keeping bracket balance.
  private mutating func bracketed(_ punctuator: Punctuator) throws(Diagnostic) -> Token {
    let location = SourceLocation(line: line, column: column(of: position - punctuator.rawValue.unicodeScalars.count))
    switch punctuator {
    case .leftParen, .leftBracket, .leftBrace:
      if brackets.count >= Lexer.maximumBracketDepth { throw Diagnostic("too deeply nested", at: location) }
      brackets.append((punctuator.rawValue.unicodeScalars.first!, location))
    case .rightParen, .rightBracket, .rightBrace:
      let close = punctuator.rawValue.unicodeScalars.first!
      guard let open = brackets.popLast() else {
        throw Diagnostic("unmatched '\(close)'", at: location)
      }
      let expected: Unicode.Scalar = open.scalar == "(" ? ")" : open.scalar == "[" ? "]" : "}"
      if close != expected {
        throw Diagnostic(
          "closing parenthesis '\(close)' does not match opening parenthesis '\(open.scalar)'",
          at: location)
      }
    default:
      break
    }
    return Token(.punctuator(punctuator), at: location)
  }

  private func invalidCharacter(_ scalar: Unicode.Scalar) -> Diagnostic {
    if scalar == "`" {
      return Diagnostic("backticks are not supported by the simulator (use repr())", at: here)
    }
    if scalar.value == 0 { return Diagnostic("source code cannot contain null bytes", at: here) }
    if scalar.value > 0x20 && scalar.value < 0x7f {
      return Diagnostic("invalid character '\(scalar)'", at: here)
    }
    // Anything else is shown by code point so control characters never reach a terminal.
    let hex = String(scalar.value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    return Diagnostic("invalid character \(code)", at: here)
  }

  // MARK: - Numbers

  private mutating func number() throws(Diagnostic) -> Token {
    let location = here
    if current == "0", let marker = following, let radix = radix(marker) {
      advance()
      advance()
      return try integer(radix: radix, at: location)
    }
    var digits = String.UnicodeScalarView()
    while let scalar = current, isDigit(scalar) || scalar == "_" {
      digits.append(scalar)
      advance()
    }
    if let scalar = current, scalar == "." || scalar == "e" || scalar == "E" {
      return try floatLiteral(integerPart: String(digits), at: location)
    }
    if let scalar = current {
      if scalar == "j" || scalar == "J" {
        throw Diagnostic("complex numbers are not supported by the simulator", at: location)
      }
      if scalar == "l" || scalar == "L" {
        throw Diagnostic("long integer literals ('L' suffix) are not supported by the simulator", at: location)
      }
      if isIdentifierContinue(scalar) { throw Diagnostic("invalid decimal literal", at: location) }
    }
    let text = String(digits)
    try checkUnderscores(text, kind: "decimal", at: location)
    let plain = text.filter { $0 != "_" }
    if plain.count > 1 && plain.first == "0" && plain.contains(where: { $0 != "0" }) {
      throw Diagnostic(
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        at: location)
    }
    return Token(.int(try value(plain, radix: 10, at: location)), at: location)
  }

  /// The rest of a float literal after its integer digits (which may be
  /// none: `.5`): a fraction, an exponent, or both.
  private mutating func floatLiteral(integerPart: String, at location: SourceLocation) throws(Diagnostic) -> Token {
    let invalid = Diagnostic("invalid decimal literal", at: location)
    var runs = [integerPart]
    var literal = integerPart
    func readDigits(into run: inout String) {
      while let scalar = current, isDigit(scalar) || scalar == "_" {
        run.unicodeScalars.append(scalar)
        advance()
      }
    }
    if current == "." {
      advance()
      var fraction = ""
      readDigits(into: &fraction)
      if fraction.hasPrefix("_") { throw invalid }
      runs.append(fraction)
      literal += "." + fraction
    }
    if let e = current, e == "e" || e == "E" {
      advance()
      var exponent = ""
      if let sign = current, sign == "+" || sign == "-" {
        literal += "e" + String(sign)
        advance()
      } else {
        literal += "e"
      }
      readDigits(into: &exponent)
      if exponent.isEmpty || exponent.hasPrefix("_") { throw invalid }
      runs.append(exponent)
      literal += exponent
    }
    if let scalar = current {
      if scalar == "j" || scalar == "J" {
        throw Diagnostic("complex numbers are not supported by the simulator", at: location)
      }
      if isIdentifierContinue(scalar) { throw invalid }
    }
    for run in runs where !run.isEmpty {
      if dialect == .python2 && run.contains("_") { throw invalid }
      try checkUnderscores(run, kind: "decimal", at: location)
    }
    guard let value = Double(literal.filter { $0 != "_" }) else { throw invalid }
    return Token(.float(value), at: location)
  }

  private func radix(_ marker: Unicode.Scalar) -> Int? {
    switch marker {
    case "x", "X": 16
    case "o", "O": 8
    case "b", "B": 2
    default: nil
    }
  }

  private mutating func integer(radix: Int, at location: SourceLocation) throws(Diagnostic) -> Token {
    let kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary"
    var digits = String.UnicodeScalarView()
    while let scalar = current, isIdentifierContinue(scalar) {
      digits.append(scalar)
      advance()
    }
    let text = String(digits)
    if current == "." { throw Diagnostic("invalid \(kind) literal", at: location) }
    if text.hasSuffix("L") || text.hasSuffix("l") {
      throw Diagnostic("long integer literals ('L' suffix) are not supported by the simulator", at: location)
    }
    // An underscore may follow the prefix directly (0x_ff), so check with a leading digit.
    try checkUnderscores("0" + text, kind: kind, at: location)
    let plain = text.filter { $0 != "_" }
    guard !plain.isEmpty, plain.allSatisfy({ $0.isASCII && $0.hexDigitValue.map { $0 < radix } == true }) else {
      throw Diagnostic("invalid \(kind) literal", at: location)
    }
    return Token(.int(try value(plain, radix: radix, at: location)), at: location)
  }

  /// Underscores are allowed only singly, between digits.
  private func checkUnderscores(_ text: String, kind: String, at location: SourceLocation) throws(Diagnostic) {
    if text.hasSuffix("_") || text.contains("__") {
      throw Diagnostic("invalid \(kind) literal", at: location)
    }
  }

  private func value(_ digits: String, radix: Int, at location: SourceLocation) throws(Diagnostic) -> Int {
    var result = 0
    for character in digits {
      let digit = character.hexDigitValue ?? 0
      let (shifted, overflow1) = result.multipliedReportingOverflow(by: radix)
      let (sum, overflow2) = shifted.addingReportingOverflow(digit)
      if overflow1 || overflow2 {
        throw Diagnostic("integer literal too large for the simulator", at: location)
      }
      result = sum
    }
    return result
  }

  // MARK: - Strings

  /// Reads a string literal whose opening quote is at the current position.
  /// `u` and `b` prefixes are accepted and the literal is an ordinary str.
  private mutating func string(prefix: String, at location: SourceLocation) throws(Diagnostic) -> Token {
    let raw = prefix.contains("r")
    if dialect == .python3 && prefix.contains("b") {
      throw Diagnostic("bytes literals (b'...') are not supported by the simulator", at: location)
    }
    if dialect == .python2 && prefix.contains("u") {
      throw Diagnostic(
        "unicode literals (u'...') are not supported by the simulator under cpython2.7; write '...'", at: location)
    }
    let (quote, triple) = openQuotes()
    var value = String.UnicodeScalarView()
    while true {
      guard let scalar = current else {
        let kind = triple ? "unterminated triple-quoted string literal" : "unterminated string literal"
        throw Diagnostic(kind, at: location)
      }
      if scalar == quote {
        if !triple {
          advance()
          break
        }
        if peek(1) == quote && peek(2) == quote {
          advance()
          advance()
          advance()
          break
        }
      }
      if scalar == "\n" {
        if !triple { throw Diagnostic("unterminated string literal", at: location) }
        value.append(scalar)
        advance()
        startLine()
        continue
      }
      if scalar == "\\" {
        try escape(into: &value, raw: raw, unicodeEscapes: dialect != .python2)
        continue
      }
      value.append(scalar)
      advance()
    }
    return Token(.string(String(value)), at: location)
  }

  /// Consumes a literal's opening quote (three for a triple-quoted one).
  private mutating func openQuotes() -> (quote: Unicode.Scalar, triple: Bool) {
    let quote = current!
    let triple = peek(1) == quote && peek(2) == quote
    for _ in 0..<(triple ? 3 : 1) { advance() }
    return (quote, triple)
  }

  /// An f-string whose opening quote is at the current position: its text
  /// and fields (each field's expression kept as source, with where it
  /// starts, for the parser).
  private mutating func formattedString(raw: Bool, at location: SourceLocation) throws(Diagnostic) -> Token {
    let (quote, triple) = openQuotes()
    let parts = try fstringParts(quote: quote, triple: triple, raw: raw, inSpec: false, at: location)
    return Token(.formattedString(parts), at: location)
  }

  /// Whether the literal's closing quote is at the current position.
  private func atClosingQuote(_ quote: Unicode.Scalar, triple: Bool) -> Bool {
    current == quote && (!triple || (peek(1) == quote && peek(2) == quote))
  }

  /// Parts up to the closing quote (consumed), or, in a format spec, up
  /// to the field's `}` (not consumed).
  private mutating func fstringParts(
    quote: Unicode.Scalar, triple: Bool, raw: Bool, inSpec: Bool, at location: SourceLocation
  ) throws(Diagnostic) -> [FStringPart] {
    var parts: [FStringPart] = []
    var text = String.UnicodeScalarView()
    func flush() {
      if !text.isEmpty { parts.append(.literal(String(text))) }
      text = String.UnicodeScalarView()
    }
    while true {
      guard let scalar = current else {
        throw Diagnostic(
          triple ? "unterminated triple-quoted string literal" : "unterminated string literal", at: location)
      }
      if atClosingQuote(quote, triple: triple) {
        if inSpec { throw Diagnostic("f-string: expecting '}'", at: location) }
        for _ in 0..<(triple ? 3 : 1) { advance() }
        flush()
        return parts
      }
      switch scalar {
      case "\\" where !inSpec:
        try escape(into: &text, raw: raw, unicodeEscapes: true)
      case "\n":
        if !triple { throw Diagnostic("unterminated string literal", at: location) }
        text.append(scalar)
        advance()
        startLine()
      case "{" where peek(1) == "{" && !inSpec:
        text.append("{")
        advance()
        advance()
      case "}" where inSpec:
        flush()
        return parts
      case "}":
        guard peek(1) == "}" else { throw Diagnostic("f-string: single '}' is not allowed", at: here) }
        text.append("}")
        advance()
        advance()
      case "{":
        flush()
        parts.append(try fstringField(quote: quote, triple: triple, raw: raw))
      default:
        text.append(scalar)
        advance()
      }
    }
  }

  /// `{expression[=][!conversion][:spec]}` at the current `{`.
  private mutating func fstringField(quote: Unicode.Scalar, triple: Bool, raw: Bool) throws(Diagnostic)
    -> FStringPart
  {
    let open = here
    advance()
    let start = here
    var source = String.UnicodeScalarView()
    var depth = 0
    var inner: Unicode.Scalar?
    while true {
      guard let scalar = current, !atClosingQuote(quote, triple: triple) || inner != nil else {
        throw Diagnostic("f-string: expecting '}'", at: open)
      }
      if let q = inner {
        if scalar == q { inner = nil }
      } else if scalar == "'" || scalar == "\"" {
        inner = scalar
      } else if "([{".unicodeScalars.contains(scalar) {
        depth += 1
      } else if ")]".unicodeScalars.contains(scalar) || (scalar == "}" && depth > 0) {
        depth -= 1
      } else if depth == 0 && (scalar == "}" || scalar == ":" || scalar == "!" && peek(1) != "=") {
        break
      } else if depth == 0 && scalar == "=" && !"=!<>".unicodeScalars.contains(peek(1) ?? " ")
        && !"=!<>".unicodeScalars.contains(source.last ?? " ")
      {
        break
      }
      if scalar == "\\" { throw Diagnostic("f-string expression part cannot include a backslash", at: here) }
      if scalar == "#" && inner == nil { throw Diagnostic("f-string expression part cannot include '#'", at: here) }
      if scalar == "\n" && !triple { throw Diagnostic("unterminated string literal", at: open) }
      source.append(scalar)
      advance()
      if scalar == "\n" { startLine() }
    }
    let expression = String(source)
    if expression.allSatisfy({ $0 == " " || $0 == "\n" }) {
      throw Diagnostic("f-string: empty expression not allowed", at: open)
    }
    var debugText: String?
    if current == "=" {
      advance()
      var trailing = String.UnicodeScalarView()
      while let s = current, s == " " {
        trailing.append(s)
        advance()
      }
      debugText = expression + "=" + String(trailing)
    }
    var conversion: Character?
    if current == "!" {
      advance()
      guard let c = current, "sra".unicodeScalars.contains(c) else {
        throw Diagnostic("f-string: invalid conversion character: expected 's', 'r', or 'a'", at: here)
      }
      conversion = Character(c)
      advance()
    }
    var spec: [FStringPart]?
    if current == ":" {
      advance()
      spec = try fstringParts(quote: quote, triple: triple, raw: raw, inSpec: true, at: open)
    }
    guard current == "}" else { throw Diagnostic("f-string: expecting '}'", at: open) }
    advance()
    return .field(source: expression, location: start, conversion: conversion, spec: spec, debugText: debugText)
  }

  /// Decodes the escape sequence at the current backslash.
  private mutating func escape(into value: inout String.UnicodeScalarView, raw: Bool, unicodeEscapes: Bool)
    throws(Diagnostic)
  {
    let location = here
    advance()
    guard let scalar = current else { return }  // the caller reports the unterminated literal
    if scalar == "\n" {
      // A backslash-newline continues the literal; a raw literal keeps both.
      if raw { value.append(contentsOf: ["\\", "\n"]) }
      advance()
      startLine()
      return
    }
    if raw {
      // The escaped character is kept and cannot end the literal.
      value.append("\\")
      value.append(scalar)
      advance()
      return
    }
    advance()
    switch scalar {
    case "\\", "'", "\"": value.append(scalar)
    case "a": value.append("\u{07}")
    case "b": value.append("\u{08}")
    case "f": value.append("\u{0C}")
    case "n": value.append("\n")
    case "r": value.append("\r")
    case "t": value.append("\t")
    case "v": value.append("\u{0B}")
    case "0"..."7":
      var code = Int(scalar.value - 0x30)
      for _ in 0..<2 {
        guard let digit = current, ("0"..."7").contains(digit) else { break }
        code = code * 8 + Int(digit.value - 0x30)
        advance()
      }
      value.append(Unicode.Scalar(UInt32(code))!)
    case "x": value.append(try hexEscape(digits: 2, name: "\\xXX", at: location))
    case "u" where unicodeEscapes: value.append(try hexEscape(digits: 4, name: "\\uXXXX", at: location))
    case "U" where unicodeEscapes: value.append(try hexEscape(digits: 8, name: "\\UXXXXXXXX", at: location))
    case "N" where unicodeEscapes:
      throw Diagnostic("\\N{...} escapes are not supported by the simulator", at: location)
    default:
      // Python keeps unknown escapes verbatim.
      value.append("\\")
      value.append(scalar)
    }
  }

  private mutating func hexEscape(digits: Int, name: String, at location: SourceLocation) throws(Diagnostic)
    -> Unicode.Scalar
  {
    var code: UInt32 = 0
    for _ in 0..<digits {
      guard let digit = current, digit.isASCII, let digitValue = Character(digit).hexDigitValue else {
        throw Diagnostic("truncated \(name) escape", at: location)
      }
      code = code * 16 + UInt32(digitValue)
      advance()
    }
    if (0xD800...0xDFFF).contains(code) {
      throw Diagnostic("surrogate code points are not supported by the simulator", at: location)
    }
    guard let scalar = Unicode.Scalar(code) else {
      throw Diagnostic("illegal Unicode character in \(name) escape", at: location)
    }
    return scalar
  }

  // MARK: - Scanning

  private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }
  private var following: Unicode.Scalar? { peek(1) }
  private func peek(_ offset: Int) -> Unicode.Scalar? {
    position + offset < scalars.count ? scalars[position + offset] : nil
  }
  private var here: SourceLocation { SourceLocation(line: line, column: column(of: position)) }
  private func column(of index: Int) -> Int { index - lineStart + 1 }

  private mutating func advance() { position += 1 }

  /// Called after consuming a line feed.
  private mutating func startLine() {
    line += 1
    lineStart = position
  }

  private mutating func skipSpaces() {
    while let scalar = current, scalar == " " || scalar == "\t" || scalar == "\u{0C}" || scalar == "\r" {
      advance()
    }
  }

  private func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  private func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar.properties.isXIDStart
  }

  private func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar.properties.isXIDContinue
  }
}
