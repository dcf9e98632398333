/// Text a scenario file controls (directive values, names, printed text,
/// source lines), made inert wherever gcviz shows it: a terminal, a log, a
/// screenshot. The one place that decides what must not pass through raw:
///
/// - C0 and C1 controls and DEL, as `\x1b`: they drive a terminal (escape
///   sequences, window titles, clearing the screen);
/// - format characters (general category Cf: bidi embeddings, overrides and
///   isolates, marks, zero-width spaces and joiners, the BOM, invisible
///   operators, tags), line and paragraph separators, and noncharacters, as
///   `\u{202e}`: they reorder or hide text, and some are not valid in XML.
///
/// A zero-width joiner between two emoji is kept: it is how family and
/// profession emoji are spelled, and hides nothing.
public enum InertText {
  /// Which whitespace controls a path can show as they are.
  public struct Keep: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let newlines = Keep(rawValue: 1)
    public static let tabs = Keep(rawValue: 2)
  }

  /// `text` with every character that could drive a terminal or hide text
  /// written as a visible escape; `keep` lets newlines and tabs through.
  public static func escaping(_ text: String, keep: Keep = [.newlines, .tabs]) -> String {
    // Most text has nothing to escape: no copy then.
    guard text.unicodeScalars.contains(where: { mustEscape($0, keep: keep) }) else { return text }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    for (i, scalar) in scalars.enumerated() {
      if mustEscape(scalar, keep: keep) && !isEmojiJoiner(scalars, at: i) {
        out.append(contentsOf: escape(scalar).unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// Whether `scalar` is shown as an escape (`keep` aside).
  public static func mustEscape(_ scalar: Unicode.Scalar, keep: Keep = []) -> Bool {
    let v = scalar.value
    if v < 0x20 {
      return !(v == 0x0A && keep.contains(.newlines) || v == 0x09 && keep.contains(.tabs))
    }
    if v < 0x7F { return false }
    if v < 0xA0 { return true }
    if v < 0x300 { return v == 0xAD }  // the soft hyphen is the only format character below
    // Box drawing and block elements (every frame of the screen): none.
    if v >= 0x2500 && v <= 0x25FF { return false }
    if v == 0x2028 || v == 0x2029 { return true }
    if (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE { return true }
    return scalar.properties.generalCategory == .format
  }

  /// How an escaped scalar is shown: `\x1b` for controls, `\u{202e}` above.
  public static func escape(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16)
    if scalar.value < 0xA0 { return "\\x" + (hex.count < 2 ? "0" : "") + hex }
    return "\\u{" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "}"
  }

  /// A zero-width joiner inside an emoji sequence (👨‍👩‍👧): after an emoji
  /// (or its skin tone or presentation selector) and before another.
  static func isEmojiJoiner(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
    guard scalars[i].value == 0x200D, i > 0, i + 1 < scalars.count, isPictograph(scalars[i + 1]) else { return false }
    var j = i - 1
    while j > 0, scalars[j].value == 0xFE0F || scalars[j].properties.isEmojiModifier { j -= 1 }
    return isPictograph(scalars[j])
  }

  /// An emoji that is a picture: not the digits, `#`, `*`, `©` and `®` that
  /// are emoji too.
  static func isPictograph(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value > 0xFF && scalar.properties.isEmoji
  }
}
