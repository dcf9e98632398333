import PythonFrontEnd
import Testing

/// Token kinds of `source`, with `.endOfFile` dropped.
private func kinds(_ source: String) throws -> [Token.Kind] {
  try Lexer.tokenize(source).map(\.kind).filter { $0 != .endOfFile }
}

/// The diagnostic lexing `source` produces, or nil.
private func lexError(_ source: String) -> Diagnostic? {
  do {
    _ = try Lexer.tokenize(source)
    return nil
  } catch {
    return error
  }
}

// Qualified: Testing has its own SourceLocation.
private func at(_ line: Int, _ column: Int) -> PythonFrontEnd.SourceLocation {
  PythonFrontEnd.SourceLocation(line: line, column: column)
}

@Suite struct LexerTests {
  @Test func simpleStatementWithLocations() throws {
    let tokens = try Lexer.tokenize("x = foo(1, 'a')\n")
    #expect(
      tokens.map(\.kind) == [
        .name("x"), .punctuator(.assign), .name("foo"), .punctuator(.leftParen), .int(1),
        .punctuator(.comma), .string("a"), .punctuator(.rightParen), .newline, .endOfFile,
      ])
    #expect(tokens.map(\.location.column) == [1, 3, 5, 8, 9, 10, 12, 15, 16, 1])
    #expect(tokens.last?.location == at(2, 1))
  }

  @Test func operatorsUseMaximalMunch() throws {
    #expect(
      try kinds("a //= b // c <= d == e != f >= g -> h ** i **= j <> k := l ...")
        == [
          .name("a"), .punctuator(.doubleSlashAssign), .name("b"), .punctuator(.doubleSlash), .name("c"),
          .punctuator(.lessEqual), .name("d"), .punctuator(.equalEqual), .name("e"), .punctuator(.notEqual),
          .name("f"), .punctuator(.greaterEqual), .name("g"), .punctuator(.arrow), .name("h"),
          .punctuator(.doubleStar), .name("i"), .punctuator(.doubleStarAssign), .name("j"),
          .punctuator(.lessGreater), .name("k"), .punctuator(.walrus), .name("l"), .punctuator(.ellipsis),
          .newline,
        ])
  }

  @Test func indentationProducesIndentAndDedent() throws {
    let source = "if a:\n  if b:\n    x\n  y\nz\n"
    #expect(
      try kinds(source) == [
        .name("if"), .name("a"), .punctuator(.colon), .newline,
        .indent, .name("if"), .name("b"), .punctuator(.colon), .newline,
        .indent, .name("x"), .newline,
        .dedent, .name("y"), .newline,
        .dedent, .name("z"), .newline,
      ])
  }

  @Test func dedentsAtEndOfFileWithoutTrailingNewline() throws {
    #expect(
      try kinds("def f():\n    if x:\n        return 1") == [
        .name("def"), .name("f"), .punctuator(.leftParen), .punctuator(.rightParen), .punctuator(.colon), .newline,
        .indent, .name("if"), .name("x"), .punctuator(.colon), .newline,
        .indent, .name("return"), .int(1), .newline, .dedent, .dedent,
      ])
  }

  @Test func blankAndCommentLinesDoNotAffectIndentation() throws {
    let source =
      "#encoding=utf-8\n# -*- coding: utf-8 -*-\n#: title: x\nif a:\n\n      # odd comment\n  x  # trailing\n\n  \ny\n"
    #expect(
      try kinds(source) == [
        .name("if"), .name("a"), .punctuator(.colon), .newline, .indent, .name("x"), .newline,
        .dedent, .name("y"), .newline,
      ])
  }

  @Test func tabsAdvanceToTheNextMultipleOfEight() throws {
    #expect(
      try kinds("if a:\n\tif b:\n\t\tx\n\ty\n") == [
        .name("if"), .name("a"), .punctuator(.colon), .newline,
        .indent, .name("if"), .name("b"), .punctuator(.colon), .newline,
        .indent, .name("x"), .newline, .dedent, .name("y"), .newline, .dedent,
      ])
    // A tab after spaces still reaches column 8, the same as a tab alone.
    #expect(try kinds("if a:\n   \tx\n   \ty\n").contains(.indent))
  }

  @Test func mixingTabsAndSpacesAmbiguouslyIsAnError() {
    let error = lexError("if a:\n\tx\n        y\n")
    #expect(error == Diagnostic("inconsistent use of tabs and spaces in indentation", at: at(3, 9)))
  }

  @Test func unindentMustMatchAnOuterLevel() {
    #expect(
      lexError("if a:\n    x\n  y\n")
        == Diagnostic("unindent does not match any outer indentation level", at: at(3, 3)))
  }

  @Test func bracketsJoinLines() throws {
    #expect(
      try kinds("x = (1,\n     2\n)\ny = [\n  3]\n") == [
        .name("x"), .punctuator(.assign), .punctuator(.leftParen), .int(1), .punctuator(.comma), .int(2),
        .punctuator(.rightParen), .newline,
        .name("y"), .punctuator(.assign), .punctuator(.leftBracket), .int(3), .punctuator(.rightBracket), .newline,
      ])
  }

  @Test func backslashJoinsLines() throws {
    let tokens = try Lexer.tokenize("x = 1 + \\\n    2\n")
    #expect(
      tokens.map(\.kind) == [
        .name("x"), .punctuator(.assign), .int(1), .punctuator(.plus), .int(2), .newline, .endOfFile,
      ])
    #expect(tokens[4].location == at(2, 5))
    #expect(
      lexError("x = 1 \\ 2\n") == Diagnostic("unexpected character after line continuation character", at: at(1, 7)))
  }

  @Test func windowsLineEndings() throws {
    let tokens = try Lexer.tokenize("if a:\r\n  x = 'a'\r\nb\r\n")
    #expect(
      tokens.map(\.kind) == [
        .name("if"), .name("a"), .punctuator(.colon), .newline, .indent, .name("x"), .punctuator(.assign),
        .string("a"), .newline, .dedent, .name("b"), .newline, .endOfFile,
      ])
    #expect(tokens[3].location == at(1, 6))
    #expect(tokens[10].location == at(3, 1))
    #expect(try kinds("s = '''a\r\nb'''\r\n") == [.name("s"), .punctuator(.assign), .string("a\nb"), .newline])
  }

  @Test func noTrailingNewline() throws {
    let tokens = try Lexer.tokenize("x = 1")
    #expect(tokens.map(\.kind) == [.name("x"), .punctuator(.assign), .int(1), .newline, .endOfFile])
    #expect(tokens[3].location == at(1, 6))
    #expect(try kinds("") == [])
    #expect(try kinds("# only a comment") == [])
  }

  @Test func integerLiterals() throws {
    #expect(
      try kinds("0 7 1234 0x1F 0XfF 0o17 0b101 1_000 00 9223372036854775807")
        == [
          .int(0), .int(7), .int(1234), .int(31), .int(255), .int(15), .int(5), .int(1000), .int(0),
          .int(Int.max), .newline,
        ])
  }

  @Test func floatLiterals() throws {
    #expect(
      try kinds("1.5 .5 1. 1e3 1E-3 2.5e+2 1_000.000_1 00.5 0e0")
        == [
          .float(1.5), .float(0.5), .float(1), .float(1000), .float(0.001), .float(250), .float(1000.0001),
          .float(0.5), .float(0), .newline,
        ])
  }

  @Test func integerLiteralErrors() {
    #expect(
      lexError("x = 9223372036854775808") == Diagnostic("integer literal too large for the simulator", at: at(1, 5)))
    #expect(
      lexError("x = 0x10000000000000000") == Diagnostic("integer literal too large for the simulator", at: at(1, 5)))
    #expect(lexError("x = 1e") == Diagnostic("invalid decimal literal", at: at(1, 5)))
    #expect(lexError("x = 1._5") == Diagnostic("invalid decimal literal", at: at(1, 5)))
    #expect(lexError("x = 1.5x") == Diagnostic("invalid decimal literal", at: at(1, 5)))
    #expect(lexError("x = 1.5j") == Diagnostic("complex numbers are not supported by the simulator", at: at(1, 5)))
    #expect(lexError("x = 2j") == Diagnostic("complex numbers are not supported by the simulator", at: at(1, 5)))
    #expect(
      lexError("x = 10L")
        == Diagnostic("long integer literals ('L' suffix) are not supported by the simulator", at: at(1, 5)))
    #expect(lexError("x = 0x") == Diagnostic("invalid hexadecimal literal", at: at(1, 5)))
    #expect(lexError("x = 0b12") == Diagnostic("invalid binary literal", at: at(1, 5)))
    #expect(lexError("x = 1__0") == Diagnostic("invalid decimal literal", at: at(1, 5)))
    #expect(lexError("x = 12abc") == Diagnostic("invalid decimal literal", at: at(1, 5)))
    #expect(lexError("x = 0777")?.message.hasPrefix("leading zeros in decimal integer literals") == true)
  }

  @Test func stringLiterals() throws {
    #expect(
      try kinds(#"'a' "b" '''c'd''' """e"f""" u'g' b"h" r'\n' R"\d" '' """""""#)
        == [
          .string("a"), .string("b"), .string("c'd"), .string("e\"f"), .string("g"), .string("h"),
          .string("\\n"), .string("\\d"), .string(""), .string(""), .newline,
        ])
  }

  @Test func stringEscapes() throws {
    #expect(
      try kinds(#"'\n\t\\\'\"\r\0\x41\u00e9\U0001F600\101\d'"#)
        == [.string("\n\t\\'\"\r\u{0}A\u{e9}\u{1F600}A\\d"), .newline])
    #expect(try kinds("'ab\\\ncd'") == [.string("abcd"), .newline])
    #expect(try kinds("r'a\\'b'") == [.string("a\\'b"), .newline])
  }

  @Test func tripleQuotedStringsSpanLines() throws {
    let tokens = try Lexer.tokenize("x = '''a\nb'''\ny\n")
    #expect(tokens[2].kind == .string("a\nb"))
    #expect(tokens[4].location == at(3, 1))
  }

  @Test func formattedStrings() throws {
    let tokens = try Lexer.tokenize("x = f'a{{b}} {y!r:>{w}} {z=}'\n")
    #expect(
      tokens[2].kind
        == .formattedString([
          .literal("a{b} "),
          .field(
            source: "y", location: at(1, 15), conversion: "r",
            spec: [
              .literal(">"), .field(source: "w", location: at(1, 21), conversion: nil, spec: nil, debugText: nil),
            ],
            debugText: nil),
          .literal(" "),
          .field(source: "z", location: at(1, 26), conversion: nil, spec: nil, debugText: "z="),
        ]))
  }

  @Test func stringErrors() {
    #expect(lexError("x = 'abc\n") == Diagnostic("unterminated string literal", at: at(1, 5)))
    #expect(lexError("x = \"abc") == Diagnostic("unterminated string literal", at: at(1, 5)))
    #expect(lexError("x = '''abc\n\n") == Diagnostic("unterminated triple-quoted string literal", at: at(1, 5)))
    #expect(lexError("x = f'{y'") == Diagnostic("f-string: expecting '}'", at: at(1, 7)))
    #expect(lexError("x = f'a}'") == Diagnostic("f-string: single '}' is not allowed", at: at(1, 8)))
    #expect(lexError("x = f'{}'") == Diagnostic("f-string: empty expression not allowed", at: at(1, 7)))
    #expect(
      lexError("x = f'{y!z}'")
        == Diagnostic(
          "f-string: invalid conversion character: expected 's', 'r', or 'a'", at: at(1, 10)))
    #expect(lexError("x = 'a\\x4'") == Diagnostic("truncated \\xXX escape", at: at(1, 7)))
    #expect(
      lexError("x = '\\ud800'") == Diagnostic("surrogate code points are not supported by the simulator", at: at(1, 6)))
    #expect(
      lexError("x = '\\N{DASH}'") == Diagnostic("\\N{...} escapes are not supported by the simulator", at: at(1, 6)))
  }

  @Test func columnsCountUnicodeScalars() throws {
    // "é" precomposed is one scalar; "e" + combining acute is two.
    let precomposed = try Lexer.tokenize("s = '\u{e9}' + x\n")
    #expect(precomposed[4].location == at(1, 11))
    let decomposed = try Lexer.tokenize("s = 'e\u{301}' + x\n")
    #expect(decomposed[4].location == at(1, 12))
    #expect(try kinds("caf\u{e9} = 1\n").first == .name("caf\u{e9}"))
  }

  @Test func invalidCharacters() {
    #expect(lexError("x = $") == Diagnostic("invalid character '$'", at: at(1, 5)))
    #expect(
      lexError("x = `y`") == Diagnostic("backticks are not supported by the simulator (use repr())", at: at(1, 5)))
    #expect(lexError("x = \u{0}") == Diagnostic("source code cannot contain null bytes", at: at(1, 5)))
    #expect(lexError("x = \u{1B}[31m") == Diagnostic("invalid character U+001B", at: at(1, 5)))
    #expect(lexError("x = \u{1F600}") == Diagnostic("invalid character U+1F600", at: at(1, 5)))
  }

  @Test func bracketMismatches() {
    #expect(lexError("x = (1, 2\ny = 3\n") == Diagnostic("'(' was never closed", at: at(1, 5)))
    #expect(lexError("x = 1)\n") == Diagnostic("unmatched ')'", at: at(1, 6)))
    #expect(
      lexError("x = [1)\n")
        == Diagnostic("closing parenthesis ')' does not match opening parenthesis '['", at: at(1, 7)))
  }

  @Test func bracketNestingIsBounded() {
    let source = String(repeating: "(", count: 300) + String(repeating: ")", count: 300)
    #expect(lexError(source) == Diagnostic("too deeply nested", at: at(1, 201)))
  }

  @Test func indentationDepthIsBounded() {
    var source = ""
    for level in 0..<150 { source += String(repeating: " ", count: level) + "if x:\n" }
    #expect(lexError(source)?.message == "too deeply nested")
  }

  @Test func byteOrderMarkIsIgnored() throws {
    let tokens = try Lexer.tokenize("\u{FEFF}x = 1\n")
    #expect(tokens[0] == Token(.name("x"), at: at(1, 1), end: at(1, 2)))
  }

  @Test func endOfFileRepeats() throws {
    var lexer = Lexer("x")
    for _ in 0..<3 { _ = try lexer.next() }
    #expect(try lexer.next().kind == .endOfFile)
    #expect(try lexer.next().kind == .endOfFile)
  }
}
