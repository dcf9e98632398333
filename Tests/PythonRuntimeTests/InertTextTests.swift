import Foundation
import GCVizKit
import ScenarioSource
import Testing

/// What a scenario file controls is shown inert: one function decides
/// (`InertText`), and every report built from scenario text goes through it.
@Suite struct InertTextTests {
  @Test("controls and DEL become \\xNN; newlines and tabs only where kept")
  func controls() {
    #expect(InertText.escaping("a\u{1B}]0;x\u{7}\u{7F}\u{9B}b") == "a\\x1b]0;x\\x07\\x7f\\x9bb")
    #expect(InertText.escaping("a\nb\tc") == "a\nb\tc")
    #expect(InertText.escaping("a\nb\tc\r", keep: []) == "a\\x0ab\\x09c\\x0d")
    #expect(InertText.escaping("a\nb\tc", keep: .tabs) == "a\\x0ab\tc")
  }

  @Test("bidi, zero-width and other format characters become \\u{XXXX}")
  func formatCharacters() {
    let hidden: [UInt32] = [
      0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C,
      0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E, 0xE0041, 0x2028, 0x2029, 0xFFFF, 0xFDD0,
    ]
    for v in hidden {
      let scalar = Unicode.Scalar(v)!
      let hex = String(v, radix: 16)
      #expect(
        InertText.escaping("a\(scalar)b") == "a\\u{\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)}b",
        "U+\(hex)")
    }
    // Text with nothing to hide is returned as it is.
    for text in ["ClassA #41 rc=2", "对象 é e\u{301} 🐍 ❤️ 🇫🇷 ┌─┐ █", "👨‍👩‍👧 👩🏽‍💻"] {
      #expect(InertText.escaping(text) == text)
    }
    // A joiner is kept only between emoji.
    #expect(InertText.escaping("a\u{200D}b") == "a\\u{200d}b")
    #expect(InertText.escaping("🐍\u{200D}") == "🐍\\u{200d}")
  }

  @Test("a diagnostic escapes its file, message and line, and keeps the caret under the column")
  func diagnosticCaret() {
    let source = "x = 1\ns = '\u{1B}[2J\u{202E}\tab' +\r\n"
    let rendered = Diagnostic("expected \u{1B}[31man expression", at: SourceLocation(line: 2, column: 16)).rendered(
      file: "a\u{7}.py", source: source)
    #expect(
      rendered
        == "a\\x07.py:2:16: error: expected \\x1b[31man expression\ns = '\\x1b[2J\\u{202e}\tab' +\n\(String(repeating: " ", count: 20))\t    ^\n"
    )
    // The caret stands under the same character as before the escapes:
    // the `+`, the 16th scalar of the line.
    let lines = rendered.split(separator: "\n").map(String.init)
    let caret = lines[2].unicodeScalars.count - 1
    #expect(Array(lines[1].unicodeScalars)[caret] == "+")
  }

  @Test("a file that is not UTF-8 is refused at its first bad byte, line and column")
  func invalidUTF8() throws {
    let bytes: [UInt8] = Array("x = 1\ns = 'é".utf8) + [0xFF, 0x27, 0x0A]
    guard case .failure(let invalid) = SourceDecoding.decode(bytes) else {
      Issue.record("accepted invalid UTF-8")
      return
    }
    #expect(invalid.byte == 0xFF)
    #expect(invalid.diagnostic.location == SourceLocation(line: 2, column: 7))
    #expect(invalid.diagnostic.message.hasPrefix("invalid UTF-8 (byte 0xff)"))
    #expect(
      invalid.diagnostic.rendered(file: "b.py", source: invalid.replaced).hasSuffix("s = 'é\u{FFFD}'\n      ^\n"))
    // A lead byte without its continuation is named, not what follows it.
    guard case .failure(let cut) = SourceDecoding.decode(Array("a".utf8) + [0xC3, 0x28]) else {
      Issue.record("accepted a cut sequence")
      return
    }
    #expect(cut.byte == 0xC3 && cut.diagnostic.location == SourceLocation(line: 1, column: 2))
    #expect(try SourceDecoding.decode(Array("ok é 对\n".utf8)).get() == "ok é 对\n")
  }

  @Test("loading a file that is not UTF-8 fails with its report; the library lists it as broken")
  func libraryRefusesInvalidUTF8() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gcviz-utf8-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("bad.py")
    try Data(Array("print('".utf8) + [0xE9] + Array("')\n".utf8)).write(to: file)
    #expect {
      try ScenarioLibrary.load(file.path)
    } throws: { error in
      "\(error)".hasPrefix("\(file.path):1:8: error: invalid UTF-8 (byte 0xe9)")
    }
  }

  @Test("errors that echo a directive or a name are inert")
  func scenarioErrorsAreInert() {
    let errors: [ScenarioError] = [
      .unknownProfile("\u{1B}]0;owned\u{7}"), .notFound("\u{1B}[2J", known: ["x\u{202E}"]),
      .unreadable("\u{9B}31m"), .wrongLanguage(profile: "jvm-rc", file: "\u{1B}c.py", .python),
    ]
    for error in errors {
      #expect("\(error)".unicodeScalars.allSatisfy { !InertText.mustEscape($0) }, "\(error)")
    }
  }

  @Test("trace JSON escapes what InertText escapes, as \\u escapes JSON readers decode back")
  func traceJSON() throws {
    let text = "a\u{1B}\u{9B}\u{202E}\u{200B}\u{E0041}é\n"
    let line = TraceWriter.json(.output(.stdout, text), index: 0, line: 1, column: 1, frame: 0)
    #expect(line.unicodeScalars.allSatisfy { $0.value >= 0x20 && !InertText.mustEscape($0) })
    #expect(line.contains("\\u001b\\u009b\\u202e\\u200b\\udb40\\udc41é\\n"))
    let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    #expect(object?["text"] as? String == text)
  }
}
