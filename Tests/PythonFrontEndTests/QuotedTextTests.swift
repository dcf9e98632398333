import PythonFrontEnd
import Testing

/// How a frame slot shows a string (Python's `'...'`, Java's `"..."`).
@Suite struct QuotedTextTests {
  @Test("the backslash, its own quote and newlines escaped; the other quote left alone")
  func escapes() {
    #expect(quotedForDisplay("it's a \"b\"\\\n", quote: "'") == #"'it\'s a "b"\\\n'"#)
    #expect(quotedForDisplay("it's a \"b\"\\\n", quote: "\"") == #""it's a \"b\"\\\n""#)
  }

  @Test("cut after the limit with an ellipsis inside the quotes; at the limit, whole")
  func limit() {
    let forty = String(repeating: "x", count: 40)
    #expect(quotedForDisplay(forty, quote: "'") == "'" + forty + "'")
    #expect(quotedForDisplay(forty + "y", quote: "'") == "'" + forty + "…'")
    #expect(quotedForDisplay("abcdef", quote: "\"", limit: 3) == "\"abc…\"")
  }
}
