// Tokens produced by the lexer. Keywords are not a separate kind: whether a
// word is reserved depends on the dialect (`print` is a keyword only in
// Python 2), so the parser decides.

/// Operators and delimiters, including Python operators the simulator rejects:
/// the lexer recognises them so the parser can name them in its diagnostic.
public enum Punctuator: String, Sendable, CaseIterable {
  // Supported.
  case plus = "+"
  case minus = "-"
  case star = "*"
  case doubleSlash = "//"
  case percent = "%"
  case equalEqual = "=="
  case notEqual = "!="
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="
  case assign = "="
  case plusAssign = "+="
  case minusAssign = "-="
  case starAssign = "*="
  case doubleSlashAssign = "//="
  case percentAssign = "%="
  case dot = "."
  case comma = ","
  case colon = ":"
  case semicolon = ";"
  case leftParen = "("
  case rightParen = ")"
  case leftBracket = "["
  case rightBracket = "]"
  case leftBrace = "{"
  case rightBrace = "}"
  // Recognised only to be rejected with a precise message.
  case slash = "/"
  case doubleStar = "**"
  case ampersand = "&"
  case pipe = "|"
  case caret = "^"
  case tilde = "~"
  case shiftLeft = "<<"
  case shiftRight = ">>"
  case at = "@"
  case arrow = "->"
  case lessGreater = "<>"
  case walrus = ":="
  case ellipsis = "..."
  case slashAssign = "/="
  case doubleStarAssign = "**="
  case ampersandAssign = "&="
  case pipeAssign = "|="
  case caretAssign = "^="
  case shiftLeftAssign = "<<="
  case shiftRightAssign = ">>="
  case atAssign = "@="

  /// The longest spelling, for maximal-munch matching in the lexer.
  static let maximumLength = 3

  /// The augmented-assignment operators the simulator supports, with their operation.
  var augmentedOperator: BinaryOperator? {
    switch self {
    case .plusAssign: .add
    case .minusAssign: .subtract
    case .starAssign: .multiply
    case .doubleSlashAssign: .floorDivide
    case .slashAssign: .trueDivide
    case .percentAssign: .modulo
    case .doubleStarAssign: .power
    case .shiftLeftAssign: .leftShift
    case .shiftRightAssign: .rightShift
    case .ampersandAssign: .bitAnd
    case .pipeAssign: .bitOr
    case .caretAssign: .bitXor
    default: nil
    }
  }

  /// The diagnostic for a Python punctuator outside the accepted subset, or nil.
  var unsupportedMessage: String? {
    switch self {
    case .lessGreater:
      "the '<>' operator is not supported by the simulator (use '!=')"
    case .at, .atAssign:
      "the '\(rawValue)' operator is not supported by the simulator"
    case .arrow:
      "return annotations are not supported by the simulator"
    case .walrus:
      "assignment expressions (':=') are not supported by the simulator"
    case .ellipsis:
      "Ellipsis ('...') is not supported by the simulator"
    default:
      nil
    }
  }
}

/// A piece of an f-string as the lexer reads it: text (escapes decoded,
/// `{{` and `}}` made single), or a `{...}` field whose expression the
/// parser reads from its source.
public indirect enum FStringPart: Sendable, Equatable {
  case literal(String)
  /// `source` starts at `location`; `conversion` is `s`, `r` or `a`;
  /// `spec` the parts after `:`; `debugText` the `expression=` text.
  case field(source: String, location: SourceLocation, conversion: Character?, spec: [FStringPart]?, debugText: String?)
}

public struct Token: Sendable, Equatable, CustomStringConvertible {
  public enum Kind: Sendable, Equatable {
    /// An identifier or keyword.
    case name(String)
    case int(Int)
    case float(Double)
    /// A string literal's value, escapes already decoded.
    case string(String)
    /// An f-string (3.x): its literal text and its `{...}` fields.
    case formattedString([FStringPart])
    case punctuator(Punctuator)
    /// The end of a logical line.
    case newline
    case indent
    case dedent
    case endOfFile
  }

  public var kind: Kind
  /// Where the token's first character is.
  public var location: SourceLocation
  /// Just past the token's last character (exclusive; columns in Unicode
  /// scalars). A triple-quoted string may end on a later line. For NEWLINE
  /// it is one column past the line's end; INDENT, DEDENT and end of file are
  /// empty (`end == location`).
  public var end: SourceLocation

  /// `end` defaults to `location` (an empty token).
  public init(_ kind: Kind, at location: SourceLocation, end: SourceLocation? = nil) {
    self.kind = kind
    self.location = location
    self.end = end ?? location
  }

  public var description: String {
    switch kind {
    case .name(let name): "'\(name)'"
    case .int(let value): "\(value)"
    case .float(let value): "\(value)"
    case .string, .formattedString: "string literal"
    case .punctuator(let punctuator): "'\(punctuator.rawValue)'"
    case .newline: "end of line"
    case .indent: "indent"
    case .dedent: "dedent"
    case .endOfFile: "end of file"
    }
  }

  func isName(_ word: String) -> Bool {
    if case .name(let name) = kind { return name == word }
    return false
  }

  func isPunctuator(_ punctuator: Punctuator) -> Bool {
    kind == .punctuator(punctuator)
  }

  var punctuator: Punctuator? {
    if case .punctuator(let punctuator) = kind { return punctuator }
    return nil
  }
}
