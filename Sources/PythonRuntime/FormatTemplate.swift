/// A `str.format` template split as CPython's MarkupIterator reads it
/// (Objects/stringlib/unicode_format.h in 3.x, string_format.h in 2.7):
/// literal text with `{{`/`}}` undoubled, and replacement fields.
struct FormatTemplate {
  struct Field {
    /// What names the value: empty (the next positional), digits, or a
    /// keyword, then `.attribute` and `[key]` parts.
    var name: String
    /// `r`, `s` or `a` after `!`.
    var conversion: Character?
    var spec: String
    /// The spec has `{...}` fields of its own (formatted first).
    var specHasFields: Bool
  }

  enum Piece {
    case literal(String)
    case field(Field)
  }

  var pieces: [Piece] = []

  /// Parses `text`; a malformed template gives CPython's ValueError
  /// message (as `.failure`).
  static func parse(_ text: String, dialect27: Bool) -> Result<FormatTemplate, FormatTemplateError> {
    var template = FormatTemplate()
    let chars = Array(text.unicodeScalars)
    var i = 0
    var literal = String.UnicodeScalarView()
    func flush() {
      if !literal.isEmpty { template.pieces.append(.literal(String(literal))) }
      literal = String.UnicodeScalarView()
    }
    while i < chars.count {
      let c = chars[i]
      i += 1
      guard c == "{" || c == "}" else {
        literal.append(c)
        continue
      }
      let atEnd = i >= chars.count
      if c == "}" && (atEnd || chars[i] != "}") {
        return .failure(FormatTemplateError("Single '}' encountered in format string"))
      }
      if c == "{" && atEnd { return .failure(FormatTemplateError("Single '{' encountered in format string")) }
      if chars[i] == c {
        // An escaped brace: part of the literal (CPython ends the literal
        // piece there; the pieces write the same text).
        literal.append(c)
        i += 1
        flush()
        continue
      }
      flush()
      switch dialect27 ? field27(chars, &i) : field3(chars, &i) {
      case .success(let field): template.pieces.append(.field(field))
      case .failure(let error): return .failure(error)
      }
    }
    flush()
    return .success(template)
  }

  /// 3.x parse_field: the name up to `}`, `:` or `!` (`[...]` skipped
  /// whole), a conversion, then a spec whose braces must balance.
  private static func field3(_ chars: [Unicode.Scalar], _ i: inout Int) -> Result<Field, FormatTemplateError> {
    var name = String.UnicodeScalarView()
    var c: Unicode.Scalar = "\0"
    var ended = false
    while i < chars.count {
      c = chars[i]
      i += 1
      if c == "{" { return .failure(FormatTemplateError("unexpected '{' in field name")) }
      if c == "[" {
        name.append(c)
        while i < chars.count && chars[i] != "]" {
          name.append(chars[i])
          i += 1
        }
        continue
      }
      if c == "}" || c == ":" || c == "!" {
        ended = true
        break
      }
      name.append(c)
    }
    var field = Field(name: String(name), conversion: nil, spec: "", specHasFields: false)
    guard ended else { return .failure(FormatTemplateError("expected '}' before end of string")) }
    if c == "}" { return .success(field) }
    if c == "!" {
      guard i < chars.count else {
        return .failure(FormatTemplateError("end of string while looking for conversion specifier"))
      }
      field.conversion = Character(chars[i])
      i += 1
      if i < chars.count {
        let next = chars[i]
        i += 1
        if next == "}" { return .success(field) }
        if next != ":" { return .failure(FormatTemplateError("expected ':' after conversion specifier")) }
      }
    }
    var spec = String.UnicodeScalarView()
    var depth = 1
    while i < chars.count {
      let s = chars[i]
      i += 1
      if s == "{" {
        field.specHasFields = true
        depth += 1
      } else if s == "}" {
        depth -= 1
        if depth == 0 {
          field.spec = String(spec)
          return .success(field)
        }
      }
      spec.append(s)
    }
    return .failure(FormatTemplateError("unmatched '{' in format spec"))
  }

  /// 2.7 MarkupIterator_next: the field runs to the brace that balances
  /// its `{`, then parse_field splits it.
  private static func field27(_ chars: [Unicode.Scalar], _ i: inout Int) -> Result<Field, FormatTemplateError> {
    let start = i
    var depth = 1
    var inSpec = false
    var specHasFields = false
    while i < chars.count {
      let c = chars[i]
      i += 1
      switch c {
      case ":":
        inSpec = true
      case "{":
        if inSpec { specHasFields = true }
        depth += 1
      case "}":
        depth -= 1
        if depth <= 0 {
          let body = Array(chars[start..<(i - 1)])
          var field = Field(name: "", conversion: nil, spec: "", specHasFields: specHasFields)
          var k = 0
          var name = String.UnicodeScalarView()
          while k < body.count && body[k] != ":" && body[k] != "!" {
            name.append(body[k])
            k += 1
          }
          field.name = String(name)
          if k < body.count && body[k] == "!" {
            k += 1
            guard k < body.count else {
              return .failure(FormatTemplateError("end of format while looking for conversion specifier"))
            }
            field.conversion = Character(body[k])
            k += 1
            if k < body.count {
              if body[k] != ":" { return .failure(FormatTemplateError("expected ':' after format specifier")) }
            }
          }
          if k < body.count { field.spec = String(String.UnicodeScalarView(body[(k + 1)...])) }
          return .success(field)
        }
      default: break
      }
    }
    return .failure(FormatTemplateError("expected '}' before end of string"))
  }
}

struct FormatTemplateError: Error {
  var message: String
  init(_ message: String) { self.message = message }
}
