import GCVizScreen
import Testing

@Suite struct WriterTests {
  static func tiny() -> Grid {
    var grid = Grid(width: 4, height: 2)
    grid.put("ab", x: 0, y: 0, style: Style(foreground: .red, bold: true))
    grid.put("c", x: 2, y: 0)
    grid.put("对", x: 0, y: 1, style: .fg(.green))
    grid.put("<&", x: 2, y: 1, style: Style(reverse: true))
    return grid
  }

  @Test func textWriterKeepsFullRowsAndSkipsContinuations() {
    #expect(TextWriter.write(Self.tiny()) == "abc \n对<&")
  }

  @Test func ansiWriterEmitsOneEscapePerStyleChangeAndResetsEachRow() {
    let expected =
      "\u{1B}[0;1;31mab\u{1B}[0mc \n"
      + "\u{1B}[0;32m对\u{1B}[0;7m<&\u{1B}[0m"
    #expect(ANSIWriter.write(Self.tiny()) == expected)
  }

  @Test func ansiWriterOfAPlainGridHasNoEscapes() {
    var grid = Grid(width: 3, height: 1)
    grid.put("abc", x: 0, y: 0)
    #expect(ANSIWriter.write(grid) == "abc")
  }

  @Test func svgIsStandaloneAndEscaped() {
    let svg = SVGWriter.write(Self.tiny())
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(svg.hasSuffix("</svg>\n"))
    #expect(svg.contains(">&lt;&amp;</text>"))
    #expect(!svg.contains("<&"))
    #expect(svg.contains("font-weight=\"bold\""))
    #expect(svg.contains(">对</text>"))
    // Reverse video: a background rectangle in the text colour.
    #expect(svg.contains("<rect x=\"18\" y=\"18\" width=\"18\""))
    // Every opened text element is closed.
    #expect(svg.components("<text ").count == svg.components("</text>").count)
    #expect(SVGWriter.escape("a\"b'c>") == "a&quot;b&apos;c&gt;")
  }
}

extension String {
  /// Pieces between occurrences of `separator` (Foundation-free).
  func components(_ separator: String) -> [Substring] {
    self.split(separator: separator, omittingEmptySubsequences: false)
  }
}
