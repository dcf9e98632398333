/// A scenario's string as a slot or a caption shows it: in `quote`s, the
/// backslash, the quote and newlines escaped, cut after `limit` characters
/// with an ellipsis inside the quotes (`'abc'`, `"a\"b…"`).
public func quotedForDisplay(_ text: String, quote: Character, limit: Int = 40) -> String {
  var result = String(quote)
  for c in text.prefix(limit) {
    switch c {
    case "\\": result += "\\\\"
    case quote: result += "\\" + String(quote)
    case "\n": result += "\\n"
    default: result.append(c)
    }
  }
  return result + (text.count > limit ? "…" : "") + String(quote)
}
