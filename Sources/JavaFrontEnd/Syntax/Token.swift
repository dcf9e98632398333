// Tokens of the Java subset. The lexer also recognises Java tokens the subset
// rejects (other literals, operators, keywords), so the parser can name them.

import ScenarioSource

/// Operators and separators, longest first where one is a prefix of another.
enum JavaPunctuator: String, Sendable, CaseIterable {
  case unsignedShiftRightAssign = ">>>="
  case shiftLeftAssign = "<<="
  case shiftRightAssign = ">>="
  case unsignedShiftRight = ">>>"
  case ellipsis = "..."
  case plusPlus = "++"
  case minusMinus = "--"
  case andAnd = "&&"
  case orOr = "||"
  case equalEqual = "=="
  case notEqual = "!="
  case lessEqual = "<="
  case greaterEqual = ">="
  case plusAssign = "+="
  case minusAssign = "-="
  case starAssign = "*="
  case slashAssign = "/="
  case percentAssign = "%="
  case andAssign = "&="
  case orAssign = "|="
  case caretAssign = "^="
  case shiftLeft = "<<"
  case shiftRight = ">>"
  case arrow = "->"
  case doubleColon = "::"
  case plus = "+"
  case minus = "-"
  case star = "*"
  case slash = "/"
  case percent = "%"
  case less = "<"
  case greater = ">"
  case assign = "="
  case bang = "!"
  case tilde = "~"
  case question = "?"
  case colon = ":"
  case ampersand = "&"
  case pipe = "|"
  case caret = "^"
  case dot = "."
  case comma = ","
  case semicolon = ";"
  case leftParen = "("
  case rightParen = ")"
  case leftBracket = "["
  case rightBracket = "]"
  case leftBrace = "{"
  case rightBrace = "}"
  case at = "@"
}

/// Every reserved word of Java 17 (and the literals true/false/null), so
/// that `class goto` or `x.switch` fail as in javac. Contextual words such
/// as `var`, `record` and `yield` are identifiers; the parser rejects them
/// where they would mean something.
enum JavaKeyword: String, Sendable, CaseIterable {
  case abstract, assert, boolean, `break`, byte, `case`, `catch`, char, `class`, const
  case `continue`, `default`, `do`, double, `else`, `enum`, extends, final, finally, float
  case `for`, goto, `if`, implements, `import`, instanceof, int, interface, long, native
  case new, package, `private`, `protected`, `public`, `return`, short, `static`, strictfp, `super`
  case `switch`, synchronized, this, `throw`, `throws`, transient, `try`, void, volatile, `while`
  case `true`, `false`, null
  case underscore = "_"
}

struct JavaToken: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    case identifier(String)
    case keyword(JavaKeyword)
    /// An int literal's 32 bits. A decimal literal may be 2147483648,
    /// valid only as the operand of unary minus; a hex, octal or binary one
    /// may use all 32 bits (0xFFFFFFFF is -1), as in Java.
    case intLiteral(bits: UInt32, decimal: Bool)
    case stringLiteral(String)
    case punctuator(JavaPunctuator)
    case endOfFile
  }

  var kind: Kind
  var location: SourceLocation

  init(_ kind: Kind, at location: SourceLocation) {
    self.kind = kind
    self.location = location
  }

}
