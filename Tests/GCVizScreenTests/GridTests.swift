import GCVizScreen
import ScenarioSource
import Testing

@Suite struct GridTests {
  @Test func putClipsAtTheRightEdgeAndMaxWidth() {
    var grid = Grid(width: 5, height: 2)
    #expect(grid.put("abcdefg", x: 2, y: 0) == 3)
    #expect(TextWriter.write(grid) == "  abc\n     ")
    grid.put("xyz", x: 0, y: 1, maxWidth: 2)
    #expect(TextWriter.write(grid) == "  abc\nxy   ")
  }

  @Test func putOutsideRowsOrLeftIsClipped() {
    var grid = Grid(width: 4, height: 1)
    grid.put("nope", x: 0, y: 1)
    grid.put("nope", x: 0, y: -1)
    grid.put("abcd", x: -2, y: 0)
    #expect(TextWriter.write(grid) == "cd  ")
  }

  @Test func wideCharactersTakeTwoCellsWithAContinuation() {
    var grid = Grid(width: 6, height: 1)
    #expect(grid.put("对a", x: 0, y: 0) == 3)
    #expect(grid[0, 0].text == "对")
    #expect(grid[0, 0].width == 2)
    #expect(grid[1, 0].isContinuation)
    #expect(grid[2, 0].text == "a")
    #expect(TextWriter.write(grid) == "对a   ")
  }

  @Test func aWideCharacterThatDoesNotFitBecomesASpace() {
    var grid = Grid(width: 3, height: 1, fill: Cell(text: "."))
    grid.put("a对", x: 1, y: 0)
    #expect(TextWriter.write(grid) == ".a ")
    #expect(grid.cells.allSatisfy { !$0.isContinuation })
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var grid = Grid(width: 4, height: 1)
    grid.put("对象", x: 0, y: 0)
    grid.put("x", x: 1, y: 0)  // the right half of 对
    #expect(TextWriter.write(grid) == " x象")
    grid.put("y", x: 2, y: 0)  // the left half of 象
    #expect(TextWriter.write(grid) == " xy ")
    #expect(grid.cells.allSatisfy { !$0.isContinuation })
  }

  @Test func controlCharactersNeverReachTheGrid() {
    var grid = Grid(width: 16, height: 1)
    #expect(grid.put("a\u{1B}[2Jb\u{7}", x: 0, y: 0) == 13)
    #expect(
      grid.cells.allSatisfy { cell in cell.text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F } })
    #expect(TextWriter.write(grid) == "a\\x1b[2Jb\\x07   ")
  }

  @Test("bidi overrides and zero-width characters show as escapes, cut like any text")
  func invisibleCharactersAreShown() {
    var grid = Grid(width: 12, height: 1)
    #expect(grid.put("x\u{202E}y\u{200B}z", x: 0, y: 0, maxWidth: 11) == 11)
    #expect(TextWriter.write(grid) == "x\\u{202e}y\\ ")
    #expect(grid.cells.allSatisfy { $0.text.unicodeScalars.allSatisfy { !InertText.mustEscape($0) } })
  }

  @Test func combiningMarksStayWithTheirBase() {
    var grid = Grid(width: 3, height: 1)
    #expect(grid.put("e\u{301}x", x: 0, y: 0) == 2)
    #expect(grid[0, 0].text == "e\u{301}")
    #expect(grid[1, 0].text == "x")
  }
}
