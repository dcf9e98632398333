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

@Suite struct VectorAndDotTests {
  /// Box drawing and arrowheads are SVG paths (a slide shows real lines
  /// that meet their boxes), the rest stays text.
  @Test func svgDrawsLinesAndArrowsAsVectors() {
    var grid = Grid(width: 8, height: 3)
    grid.put("┌─┐ ab", x: 0, y: 0)
    grid.put("│ ├─▶│", x: 0, y: 1, style: .fg(.red))
    grid.put("└─┘┄▷", x: 0, y: 2)
    let svg = SVGWriter.write(grid)
    #expect(!svg.contains("─"))
    #expect(!svg.contains("▶"))
    #expect(svg.contains(">ab</text>"))
    // The first row's corner and line: from the middle of the cell's right
    // side, and a full cell of line.
    #expect(svg.contains("<path d=\"M4.5 9L9 9M4.5 9L4.5 18M9 9H18"))
    // The arrowhead: a filled triangle in the line's colour, its tip half a
    // cell into the next cell (the border it points at).
    #expect(svg.contains("L49.5 27") && svg.contains("fill=\"#f38ba8\" stroke=\"#f38ba8\""))
    // Weak: dashed, and a hollow head.
    #expect(svg.contains("stroke-dasharray"))
    #expect(svg.contains("fill=\"#1e1e2e\" stroke="))
  }

  @Test func dotHasRefcountsWeakDashedAndGenerationsAsClusters() {
    let dot = DotWriter.write(state: Fixtures.f2MidCollection(), context: Fixtures.context, options: ScreenOptions())
    #expect(dot.hasPrefix("digraph \"f2\" {"))
    #expect(dot.hasSuffix("}\n"))
    #expect(dot.contains("label=\"ClassA #41\\nrc=1 gc_refs 0 unreachable\""))
    #expect(dot.contains("label=\"gen0\""))
    #expect(dot.contains("label=\"gen1\""))
    #expect(dot.contains("subgraph cluster_"))
    // The weakref's edge, dashed; an attribute edge bridged through the
    // hidden __dict__, labelled by the attribute.
    #expect(dot.contains("[label=\"ref\", style=dashed]"))
    #expect(dot.contains("[label=\"t\"]"))
    // Frames are nodes whose names point into the heap.
    #expect(dot.contains("label=\"<module>"))
    #expect(dot.contains("[label=\"c1\"]"))
    // Every edge is between declared nodes.
    let declared = Set(
      dot.split(separator: "\n").compactMap { line -> Substring? in
        let t = line.drop { $0 == " " }
        guard t.hasPrefix("n"), let space = t.firstIndex(of: " "), t[space...].hasPrefix(" [") else { return nil }
        return t[..<space]
      })
    for line in dot.split(separator: "\n") where line.contains(" -> ") {
      let parts = line.drop { $0 == " " }.split(separator: " ")
      #expect(declared.contains(parts[0]) && declared.contains(parts[2]), "\(line)")
    }
  }
}

extension String {
  /// Pieces between occurrences of `separator` (Foundation-free).
  func components(_ separator: String) -> [Substring] {
    self.split(separator: separator, omittingEmptySubsequences: false)
  }
}
