import GCVizScreen
import Testing

@Suite struct TextWidthTests {
  @Test func asciiIsOneColumnEach() {
    #expect(displayWidth("ClassA #41 rc=2") == 15)
  }

  @Test func cjkAndFullwidthAreTwoColumns() {
    #expect(displayWidth("对象") == 4)
    #expect(displayWidth("ｇｃ") == 4)
    #expect(displayWidth("한") == 2)
  }

  @Test func emojiAreTwoColumns() {
    #expect(displayWidth("🐍") == 2)
    #expect(displayWidth("❤️") == 2)  // VS16 asks for emoji presentation
    #expect(displayWidth("👩‍💻") == 2)  // a ZWJ sequence is one cluster
    #expect(displayWidth("🇫🇷") == 2)
  }

  @Test func combiningMarksAddNothing() {
    #expect(displayWidth("e\u{301}") == 1)
    #expect(displayWidth("a\u{20DD}") == 1)
    #expect(TextWidth.of(scalar: "\u{301}") == 0)
  }

  @Test func boxDrawingBlocksAndShapesAreOneColumn() {
    // of(scalar:) answers these without their properties: check that the
    // properties agree (no mark, format, control or emoji presentation).
    for v in UInt32(0x2500)...0x25FC {
      let scalar = Unicode.Scalar(v)!
      #expect(TextWidth.of(scalar: scalar) == 1, "U+\(String(v, radix: 16))")
      #expect(!scalar.properties.isEmojiPresentation, "U+\(String(v, radix: 16))")
      let category = scalar.properties.generalCategory
      #expect(
        category != .nonspacingMark && category != .enclosingMark && category != .format && category != .control,
        "U+\(String(v, radix: 16))")
    }
    #expect(displayWidth("\u{25FD}") == 2)  // the next one has emoji presentation
  }

  @Test func controlAndFormatCharactersAreEscaped() {
    #expect(TextWidth.of(scalar: "\u{1B}") == -1)
    #expect(TextWidth.sanitize("a\u{1B}[31mb") == "a\\x1b[31mb")
    #expect(TextWidth.sanitize("x\u{202E}y") == "x\\u{202e}y")  // bidi override
    #expect(TextWidth.sanitize("a\u{200B}b\u{FEFF}") == "a\\u{200b}b\\u{feff}")  // zero width
    #expect(TextWidth.sanitize("a\tb") == "a b")
    #expect(TextWidth.sanitize("a\r\nb") == "a\\x0d\\x0ab")
    // An escape is as wide as its text, and never cut in two.
    #expect(displayWidth("a\u{1B}") == 5)
    #expect(displayWidth("e\u{301}\u{200D}") == 9)
    #expect(TextWidth.truncate("ab\u{202E}cd", to: 9) == "ab…")
    // A joiner between emoji spells one picture and stays.
    #expect(TextWidth.sanitize("👩‍💻") == "👩‍💻")
  }

  @Test func truncateKeepsWideCharactersWhole() {
    #expect(TextWidth.truncate("对象对象", to: 5) == "对象…")
    #expect(TextWidth.truncate("short", to: 10) == "short")
    #expect(TextWidth.truncate("abcdef", to: 4, ellipsis: "~") == "abc~")
  }

  @Test func wrapBreaksAtSpaces() {
    #expect(TextWidth.wrap("no name is left here", width: 8) == ["no name", "is left", "here"])
    #expect(TextWidth.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
  }
}
