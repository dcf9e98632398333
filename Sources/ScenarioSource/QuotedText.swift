/// A scenario's string as a slot or a caption shows it: in `quote`s, the
/// backslash, the quote and newlines escaped, cut after `limit` characters
/// with an ellipsis inside the quotes (`'abc'`, `"a\"b…"`).
public func quotedForDisplay(_ text: String, quote: Character, limit: Int = 40) -> String {
  // Most keys and strings are short printable ASCII: no grapheme walk.
  if text.utf8.count <= limit, let q = quote.asciiValue,
    text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != q && $0 != UInt8(ascii: "\\") })
  {
    return String(quote) + text + String(quote)
  }
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
