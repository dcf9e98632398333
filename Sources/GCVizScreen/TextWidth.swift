import ScenarioSource

/// Display widths with wcwidth semantics, and text made inert for the
/// grid: scenario output and source text reach the screen, and must
/// neither break the column arithmetic nor drive the terminal or hide text.
public enum TextWidth {
  /// Columns a string takes once drawn (what `InertText` escapes counts as
  /// its escape: `\x1b` is 4).
  public static func of(_ text: String) -> Int {
    var total = 0
    for character in text { total += sanitized(character).width }
    return total
  }

  /// Columns one grapheme cluster takes once drawn.
  public static func of(_ character: Character) -> Int { sanitized(character).width }

  /// wcwidth of one scalar: -1 for what `InertText` escapes (controls,
  /// format characters such as bidi overrides and zero-width spaces), 0 for
  /// combining marks, 2 for East Asian wide/fullwidth and
  /// emoji-presentation characters, 1 otherwise.
  public static func of(scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return -1 }
    if v < 0x300 { return v == 0xAD ? -1 : 1 }
    // Box drawing, block elements and geometric shapes up to U+25FC (the
    // borders, bars and charts of every frame): narrow, neither marks nor
    // emoji presentation, so the property lookups below are skipped.
    if v >= 0x2500 && v <= 0x25FC { return 1 }
    if InertText.mustEscape(scalar) { return -1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark: return 0
    default: break
    }
    if v >= 0x1160 && v <= 0x11FF { return 0 }  // Hangul medial vowels and finals join the syllable.
    if scalar.properties.isEmojiPresentation { return 2 }
    return isWide(v) ? 2 : 1
  }

  /// The cluster as it may be put on the grid, and its width. A cluster
  /// holding anything `InertText` escapes comes back escaped (`\x1b`,
  /// `\u{202e}`: always wider than 2, so `Grid.put` knows it spans several
  /// cells); a tab becomes a space so tabulated output stays legible.
  public static func sanitized(_ character: Character) -> (text: String, width: Int) {
    if let ascii = character.asciiValue {
      if ascii >= 0x20 && ascii < 0x7F { return (String(character), 1) }
      if ascii == 0x09 { return (" ", 1) }
      let text = InertText.escaping(String(character), keep: [])
      return (text, text.utf8.count)
    }
    var width = 0
    for scalar in character.unicodeScalars {
      let w = of(scalar: scalar)
      if w < 0 {
        let text = InertText.escaping(String(character), keep: [])
        // Unchanged: a joiner inside an emoji sequence (👩‍💻), no width of its own.
        if text == String(character) { continue }
        return (text, of(text))
      }
      // VS16 asks for emoji presentation: two columns, as terminals draw it.
      if scalar.value == 0xFE0F { width = 2 }
      width = max(width, w)
    }
    return (String(character), min(width, 2))
  }

  /// The string as the grid shows it (escapes for what `InertText` escapes).
  public static func sanitize(_ text: String) -> String {
    var out = ""
    for character in text { out += sanitized(character).text }
    return out
  }

  /// The longest prefix that fits in `width` columns; when the text is cut,
  /// it ends with `ellipsis` (which must fit too).
  public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    if of(text) <= width { return text }
    let room = width - of(ellipsis)
    guard room >= 0 else { return String(ellipsis.prefix(width)) }
    var out = ""
    var used = 0
    for character in text {
      let w = sanitized(character).width
      if used + w > room { break }
      out.append(character)
      used += w
    }
    return out + ellipsis
  }

  /// The columns `offset..<offset + width` of `text` (a line panned
  /// sideways), with `ellipsis` at either end where text is cut off; a wide
  /// character split by the left edge becomes a space.
  public static func window(_ text: String, from offset: Int, width: Int, ellipsis: String = "…") -> String {
    guard offset > 0 else { return truncate(text, to: width, ellipsis: ellipsis) }
    var skipped = 0
    var hidden = false
    var rest = Substring(text)
    while skipped < offset, let character = rest.first {
      skipped += sanitized(character).width
      hidden = hidden || !character.isWhitespace
      rest = rest.dropFirst()
    }
    guard skipped >= offset else { return "" }
    var shown = Substring(String(repeating: " ", count: skipped - offset) + rest)
    if hidden && !shown.isEmpty {
      // The first columns give way to the mark that text goes on to the left.
      var covered = 0
      while covered < of(ellipsis), let character = shown.first {
        covered += sanitized(character).width
        shown = shown.dropFirst()
      }
      shown = Substring(ellipsis + String(repeating: " ", count: max(0, covered - of(ellipsis)))) + shown
    }
    return truncate(String(shown), to: width, ellipsis: ellipsis)
  }

  /// Word wrap to `width` columns; words longer than a line are cut.
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var line = ""
    var used = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      var word = String(word)
      var w = of(word)
      if used > 0 && used + 1 + w <= width {
        line += " " + word
        used += 1 + w
        continue
      }
      if used > 0 {
        lines.append(line)
        line = ""
        used = 0
      }
      while w > width {
        let head = truncate(word, to: width, ellipsis: "")
        lines.append(head)
        word = String(word.dropFirst(head.count))
        w = of(word)
      }
      line = word
      used = w
    }
    if used > 0 { lines.append(line) }
    return lines
  }

  /// Right-aligns (`width` > text) by padding on the left.
  static func padLeft(_ text: String, _ width: Int) -> String {
    let w = of(text)
    return w >= width ? text : String(repeating: " ", count: width - w) + text
  }

  /// East Asian Wide and Fullwidth ranges (Unicode 15); pictographs are
  /// left to `isEmojiPresentation`, which knows the text-style ones (🌡 is 1).
  static func isWide(_ v: UInt32) -> Bool {
    if v < 0x1100 { return false }
    for range in wideRanges where range.contains(v) { return true }
    return false
  }

  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
    0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
    0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
    0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
    0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55, 0x2E80...0x303E,
    0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
    0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
    0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
    0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
    0x1F260...0x1F265, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
}

/// Columns `text` takes on a terminal (wcwidth semantics; see `TextWidth`).
public func displayWidth(_ text: String) -> Int { TextWidth.of(text) }
